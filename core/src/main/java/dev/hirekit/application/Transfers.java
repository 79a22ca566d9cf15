package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.ApplicationEvent.Transferred;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Moving an application to another role: who may, to which roles, and what it leaves behind.
 *
 * <p>A transfer keeps the application's id, candidate, history and date, and its references
 * (they speak of the person, not of a role). What belongs to the old role's plan and openings
 * starts afresh on the new role: scorecards, offers, debriefs, choices and opt-ins,
 * accommodations, artifacts, schedules, requirement checks and the opening considered. The
 * history keeps all of it, and {@link #onRole} is where the readers of that state start.
 */
final class Transfers {
  private Transfers() {}

  /**
   * The events since the application came to its current role: from its last transfer on, or
   * the whole history if it never moved.
   */
  static List<ApplicationEvent> onRole(List<ApplicationEvent> history) {
    for (int i = history.size() - 1; i > 0; i--) {
      if (history.get(i) instanceof Transferred) {
        return history.subList(i, history.size());
      }
    }
    return history;
  }

  /** The event a transfer to a role records, after the checks only the live role allows. */
  static Transferred event(Application before, Role to, Actor by, Instant at,
      Optional<StageId> entry, String reason) {
    Require.given(to, "Application", "role");
    Require.given(by, "Application", "by");
    if (to.status() != RoleStatus.OPEN) {
      throw before.refused(ApplicationAction.TRANSFER, by, "role " + to.id() + " is "
          + to.status() + "; an application transfers only to an OPEN role");
    }
    // An open role has a plan: the role's lifecycle opens only a role with one.
    InterviewPlan plan = to.plan().orElseThrow();
    return new Transferred(before.id(), before.version() + 1, before.roleId(), to.id(), plan,
        to.hiringTeam(), entry.orElse(plan.first().id()), reason, at, by);
  }

  /**
   * The application on its new role: the event must leave the application's own role for
   * another, enter at a stage of the new plan with a reason, and be by someone the policy lets
   * transfer into the new role's team as well as out of the old one's.
   */
  static void transferred(Application before, ImmutableApplication.Builder next,
      Transferred e) {
    Require.nonBlank("Application", "reason", e.reason());
    if (!e.from().equals(before.roleId())) {
      throw before.refused(ApplicationAction.TRANSFER, e.by(), "the event leaves role "
          + e.from() + " but the application is on role " + before.roleId());
    }
    if (e.role().equals(before.roleId())) {
      throw before.refused(ApplicationAction.TRANSFER, e.by(), "the application is already on"
          + " role " + e.role() + "; transfer it to another role, or move it within this one");
    }
    if (!e.plan().contains(e.stage())) {
      throw before.refused(ApplicationAction.TRANSFER, e.by(), e.stage() + " is not a stage of"
          + " role " + e.role() + "'s plan; enter at one of "
          + e.plan().stages().stream().map(s -> s.id().value()).collect(Collectors.toList()));
    }
    Policy<ApplicationAction, Application> into = before.policy().within(e.team());
    if (!into.allows(e.by(), ApplicationAction.TRANSFER, before)) {
      throw before.refused(ApplicationAction.TRANSFER, e.by(), "on role " + e.role() + "'s"
          + " hiring team, " + into.reason(e.by(), ApplicationAction.TRANSFER, before));
    }
    next.roleId(e.role()).plan(e.plan()).hiringTeam(e.team()).stage(e.stage())
        .scorecards(List.of()).offers(List.of());
  }

  /**
   * The roles among {@code roles} this actor may transfer the application to now: open roles
   * other than its own, whose hiring team the policy lets the actor transfer into.
   */
  static List<RoleId> targets(Application application, Collection<Role> roles, Actor actor) {
    Require.given(roles, "Application", "roles");
    Require.given(actor, "Application", "actor");
    if (!application.allowedActions(actor).contains(ApplicationAction.TRANSFER)) {
      return List.of();
    }
    return roles.stream().map(r -> Require.given(r, "Application", "roles"))
        .filter(r -> r.status() == RoleStatus.OPEN && !r.id().equals(application.roleId()))
        .filter(r -> application.policy().within(r.hiringTeam())
            .allows(actor, ApplicationAction.TRANSFER, application))
        .map(Role::id).distinct().collect(Collectors.toList());
  }
}
