package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.History;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an application comes to be: applying or being sourced for an open role, or a history
 * replayed or loaded from its creating event on. The creating event is checked as its action:
 * the actor may create it (the policy, bound to the team the event records), a candidate only
 * for themself, and only a team member enters past the first stage.
 */
final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private Intake() {}

  static Application apply(HiringPolicy policy, ApplicationId id, CandidateId candidate,
      Role role, Actor by, Instant at, StageId entry, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    InterviewPlan plan = requireOpen(id, role, ApplicationAction.APPLY, by);
    return start(new Applied(id, 1, candidate, role.id(), plan, role.hiringTeam(),
        entry == null ? plan.first().id() : entry, Optional.ofNullable(reason), at, by), policy);
  }

  static Application prospect(HiringPolicy policy, ApplicationId id, CandidateId candidate,
      Role role, Actor by, Instant at) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(candidate, "candidate");
    InterviewPlan plan = requireOpen(id, role, ApplicationAction.PROSPECT, by);
    return start(new Prospected(id, 1, candidate, role.id(), plan, role.hiringTeam(), at, by),
        policy);
  }

  private static InterviewPlan requireOpen(ApplicationId id, Role role,
      ApplicationAction action, Actor by) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(by, "by");
    // An open role has a plan: the role's lifecycle opens only a role with one.
    if (role.status() != RoleStatus.OPEN) {
      String refusal = "role " + role.id() + " is " + role.status() + ", not OPEN";
      LOG.trace("application {} refused: NEW, {} by {}: {}", id, action, by, refusal);
      throw new IllegalTransitionException("Application", id.value(), "NEW", action.name(),
          refusal, List.of());
    }
    return role.plan().orElseThrow();
  }

  /** Every event of a history, the first as its creating action, the rest as recorded. */
  static Application replay(HiringPolicy policy, List<ApplicationEvent> history) {
    Objects.requireNonNull(history, "history");
    Require.nonEmpty("Application", "history", history,
        "give the events, starting with Applied or Prospected");
    Application application = start(history.get(0), policy);
    for (ApplicationEvent event : history.subList(1, history.size())) {
      application = Recording.record(application, event);
    }
    return application;
  }

  private static Application start(ApplicationEvent event, HiringPolicy policy) {
    Objects.requireNonNull(event, "event");
    EventRules.Rule<?> rule = EventRules.of(event);
    Optional<ApplicationAction> creating = rule.applicationAction()
        .filter(Application.LIFECYCLE.starts()::containsKey);
    if (creating.isEmpty()) {
      throw new InvalidValueException("Application", "history", "starts with " + rule.name()
          + "; an application starts with application.applied or application.prospected");
    }
    ApplicationAction action = creating.get();
    Require.that(event.sequence() == 1, "Application", "history", "starts with event number "
        + event.sequence() + "; the creating event is number 1");
    ImmutableApplication.Builder built = ImmutableApplication.builder()
        .policy(policy.applications()).offerPolicy(policy.offers())
        .status(Application.LIFECYCLE.starts().get(action))
        .log(History.<ApplicationEvent>empty().append(event));
    rule.apply(null, built, event);
    Application application = built.build();
    StageId entry = application.stage().orElse(null);
    Optional<String> refusal = startRefusal(application, action, entry, event.by());
    if (refusal.isPresent()) {
      Policy<ApplicationAction, Application> bound =
          application.policy().within(application.hiringTeam());
      List<String> allowed = Application.LIFECYCLE.starts().keySet().stream()
          .filter(a -> bound.allows(event.by(), a, application)).map(Enum::name)
          .collect(Collectors.toList());
      LOG.trace("application {} refused: NEW, {} by {}: {}", application.id(), action,
          event.by(), refusal.get());
      throw new IllegalTransitionException("Application", application.id().value(), "NEW",
          action.name(), refusal.get(), allowed);
    }
    if (LOG.isDebugEnabled()) {
      LOG.debug("application {} {} for role {} by {}", application.id(), action,
          application.roleId(), event.by());
    }
    return application;
  }

  private static Optional<String> startRefusal(Application application,
      ApplicationAction action, StageId entry, Actor by) {
    Policy<ApplicationAction, Application> bound =
        application.policy().within(application.hiringTeam());
    if (!bound.allows(by, action, application)) {
      return Optional.of(bound.reason(by, action, application));
    }
    if (application.foreignCandidate(by)) {
      return Optional.of(by + " may not " + action + " for another candidate");
    }
    if (entry != null && by.kind() == Actor.Kind.CANDIDATE
        && !entry.equals(application.plan().first().id())) {
      return Optional.of("a candidate enters at the first stage, "
          + application.plan().first().id() + "; entry at " + entry + " is a team decision");
    }
    return Optional.empty();
  }

  static void requireEntryReason(InterviewPlan plan, StageId entry, Optional<String> reason) {
    if (!plan.first().id().equals(entry)) {
      Require.that(reason.isPresent(), "Application", "reason", "is missing for entry at "
          + entry + "; say why the stages before it are passed over");
    }
    reason.ifPresent(r -> Require.nonBlank("Application", "reason", r));
  }
}
