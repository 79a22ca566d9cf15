package dev.hirekit.actor;

import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link Policy} that checks members against the hiring team of the subject before asking a
 * base policy: a member who is not on the team, or who acts in a hiring role the team does not
 * give them, is refused every action. The candidate and the system are left to the base policy.
 *
 * <p>Unbound (before {@link #within(HiringTeam)}) it knows no team and refuses every member:
 * it fails closed. Applications, offers and roles bind it to their own team for every check; an
 * application uses the team of its role as it was when the application was created.
 *
 * <pre>{@code
 * Policy<ApplicationAction, Application> checked = TeamPolicy.of(Application.DEFAULT_POLICY);
 * HiringPolicy.team();                                     // the same for applications and offers
 * checked.within(app.hiringTeam()).allows(recruiter, ApplicationAction.ADVANCE, app);
 * }</pre>
 *
 * @param <A> the action type
 * @param <C> the subject type
 */
public final class TeamPolicy<A extends Enum<A>, C> implements Policy<A, C> {
  private final Policy<A, C> base;
  private final HiringTeam team;

  private TeamPolicy(Policy<A, C> base, HiringTeam team) {
    this.base = base;
    this.team = team;
  }

  /**
   * The base policy, restricted to members of the subject's hiring team acting in roles the team
   * gives them.
   *
   * @param base the policy that decides what each hiring role may do, e.g. the default one of a
   *     lifecycle
   * @param <A> the action type
   * @param <C> the subject type
   * @return the team-checked policy, unbound
   */
  public static <A extends Enum<A>, C> TeamPolicy<A, C> of(Policy<A, C> base) {
    return new TeamPolicy<>(Objects.requireNonNull(base, "base"), null);
  }

  /**
   * The base policy this one restricts.
   *
   * @return the base policy
   */
  public Policy<A, C> base() {
    return base;
  }

  /**
   * The team this policy is bound to.
   *
   * @return the team, or empty while unbound
   */
  public Optional<HiringTeam> team() {
    return Optional.ofNullable(team);
  }

  @Override
  public boolean allows(Actor actor, A action, C subject) {
    if (actor.kind() == Actor.Kind.MEMBER && !onTeam(actor)) {
      return false;
    }
    return base.allows(actor, action, subject);
  }

  @Override
  public String reason(Actor actor, A action, C subject) {
    if (actor.kind() == Actor.Kind.MEMBER && !onTeam(actor)) {
      MemberId id = actor.memberId().orElseThrow();
      boolean member = team != null && team.member(id).isPresent();
      return actor + " may not " + action + ": " + (member
          ? "the hiring team gives " + id + " only " + team.member(id).orElseThrow().roles()
          : id + " is not on the hiring team");
    }
    return base.reason(actor, action, subject);
  }

  private boolean onTeam(Actor actor) {
    if (team == null) {
      return false;
    }
    Optional<TeamMember> member = team.member(actor.memberId().orElseThrow());
    return member.isPresent() && member.get().roles().containsAll(actor.roles());
  }

  @Override
  public Policy<A, C> within(HiringTeam subjectTeam) {
    return new TeamPolicy<>(base, Objects.requireNonNull(subjectTeam, "team"));
  }

  /** Team policies are equal when their base policies and teams are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TeamPolicy<?, ?> that && base.equals(that.base)
        && Objects.equals(team, that.team);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, team);
  }

  /** For example {@code TeamPolicy[bound to 3 members]}; no ids. */
  @Override
  public String toString() {
    return "TeamPolicy[" + (team == null ? "unbound" : "bound to " + team.members().size()
        + " members") + "]";
  }
}
