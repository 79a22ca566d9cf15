package dev.hirekit.actor;

import dev.hirekit.internal.Require;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Policy} that checks members against the hiring team of the subject before asking a
 * base policy: a member who is not on the team, or who acts in a hiring role the team does not
 * give them, is refused every action. The candidate and the system are left to the base policy.
 *
 * <p>{@link #requiring(Eligibility...) Eligibility rules} narrow it further: a member acting in
 * a role whose rule they do not meet is refused every action, as for a role the team does not
 * give them; {@link #eligibleRoles} says which of a member's roles they may act in.
 *
 * <p>Unbound (before {@link #within(HiringTeam)}) it knows no team and refuses every member:
 * it fails closed. Applications, offers and roles bind it to their own team for every check; an
 * application uses the team of its role as it was when the application was created.
 *
 * <pre>{@code
 * Policy<ApplicationAction, Application> checked = TeamPolicy.of(Application.DEFAULT_POLICY);
 * HiringPolicy.team();                                     // the same for applications and offers
 * checked.within(app.hiringTeam()).allows(recruiter, ApplicationAction.ADVANCE, app);
 * TeamPolicy.of(Offer.DEFAULT_POLICY).requiring(Eligibility.of(HiringRole.APPROVER,
 *     "signing authority", member -> authority.contains(member.id())));
 * }</pre>
 *
 * @param <A> the action type
 * @param <C> the subject type
 */
public final class TeamPolicy<A extends Enum<A>, C> implements Policy<A, C> {
  private final Policy<A, C> base;
  private final HiringTeam team;
  private final List<Eligibility> rules;

  private TeamPolicy(Policy<A, C> base, HiringTeam team, List<Eligibility> rules) {
    this.base = base;
    this.team = team;
    this.rules = rules;
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
    return new TeamPolicy<>(Objects.requireNonNull(base, "base"), null, List.of());
  }

  /**
   * This policy with eligibility rules added: a member acting in a role whose rule they do not
   * meet is refused every action.
   *
   * @param more the rules to add
   * @return the policy with the rules, bound to the same team if any
   * @throws dev.hirekit.InvalidValueException if a rule is missing
   */
  public TeamPolicy<A, C> requiring(Eligibility... more) {
    Require.given(more, "TeamPolicy", "rules");
    List<Eligibility> all = new ArrayList<>(rules);
    for (Eligibility rule : more) {
      all.add(Require.given(rule, "TeamPolicy", "rules"));
    }
    return new TeamPolicy<>(base, team, List.copyOf(all));
  }

  /**
   * The eligibility rules, in the order added.
   *
   * @return the rules, possibly none
   */
  public List<Eligibility> eligibility() {
    return rules;
  }

  /**
   * The roles of a member that meet every eligibility rule: the roles to build their {@link
   * Actor} with.
   *
   * <pre>{@code
   * Set<HiringRole> roles = policy.eligibleRoles(member);
   * Actor actor = Actor.member(member.id(), roles);   // if roles is not empty
   * }</pre>
   *
   * @param member a member of the team
   * @return their roles that no rule refuses, possibly none
   */
  public Set<HiringRole> eligibleRoles(TeamMember member) {
    Require.given(member, "TeamPolicy", "member");
    Set<HiringRole> roles = EnumSet.noneOf(HiringRole.class);
    for (HiringRole role : member.roles()) {
      if (rules.stream().noneMatch(r -> r.role() == role && !r.admits(member))) {
        roles.add(role);
      }
    }
    return Collections.unmodifiableSet(roles);
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
    if (actor.kind() != Actor.Kind.MEMBER) {
      return base.allows(actor, action, subject);
    }
    return onTeam(actor) && unmet(actor).isEmpty() && base.allows(actor, action, subject);
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
    if (actor.kind() == Actor.Kind.MEMBER && !unmet(actor).isEmpty()) {
      TeamMember member = team.member(actor.memberId().orElseThrow()).orElseThrow();
      Set<HiringRole> eligible = EnumSet.noneOf(HiringRole.class);
      eligible.addAll(actor.roles());
      eligible.retainAll(eligibleRoles(member));
      return actor + " may not " + action + ": not eligible as "
          + String.join(" nor as ", unmet(actor).stream()
              .map(r -> r.role() + " (" + r.description() + ")").toList())
          + (eligible.isEmpty() ? "" : "; act in the roles they are eligible for: " + eligible);
    }
    return base.reason(actor, action, subject);
  }

  /** The rules of the actor's roles that the member does not meet. */
  private List<Eligibility> unmet(Actor actor) {
    if (rules.isEmpty()) {
      return List.of();
    }
    TeamMember member = team.member(actor.memberId().orElseThrow()).orElseThrow();
    return rules.stream().filter(r -> actor.roles().contains(r.role()) && !r.admits(member))
        .toList();
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
    return new TeamPolicy<>(base, Objects.requireNonNull(subjectTeam, "team"), rules);
  }

  /** Team policies are equal when their base policies, teams and eligibility rules are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TeamPolicy<?, ?> that && base.equals(that.base)
        && Objects.equals(team, that.team) && rules.equals(that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, team, rules);
  }

  /**
   * For example {@code TeamPolicy[bound to 3 members]} or {@code TeamPolicy[unbound, 1
   * eligibility rule]}; no ids.
   */
  @Override
  public String toString() {
    return "TeamPolicy[" + (team == null ? "unbound" : "bound to " + team.members().size()
        + " members") + (rules.isEmpty() ? "" : ", " + rules.size() + " eligibility rule"
        + (rules.size() == 1 ? "" : "s")) + "]";
  }
}
