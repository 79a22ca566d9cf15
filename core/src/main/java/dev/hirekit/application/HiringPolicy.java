package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Eligibility;
import dev.hirekit.actor.Policy;
import dev.hirekit.actor.TeamPolicy;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.TeamMember;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who may do what to applications and their offers: the policy an application is created,
 * replayed and acted on under. Choose it once, where applications are created or loaded; every
 * application it creates or replays carries it for all later actions.
 *
 * <ul>
 *   <li>{@link #roles()}, the default: trusts the hiring roles the caller puts in each {@link
 *       Actor} (Hirekit authorises, it does not authenticate: the caller's sign-in decides who
 *       acts and in which roles). It works for roles whose team is kept outside Hirekit.
 *   <li>{@link #team()}: the same rules, but a member must be on the hiring team the application
 *       was created under (its role's team then), acting only in roles the team gives them.
 *       Choose it whenever the role's {@link dev.hirekit.team.HiringTeam} is kept in Hirekit.
 *   <li>{@link #of(Policy, Policy)}: your own policies.
 * </ul>
 *
 * <pre>{@code
 * HiringPolicy policy = HiringPolicy.team();
 * Application app = policy.apply(ApplicationId.of("app-7"), candidateId, role, recruiter, now);
 * Application fromClient = policy.replay(untrustedHistory); // every rule and permission
 * Application fromStore = policy.load(storedHistory);       // rules, not past permissions
 * }</pre>
 */
public final class HiringPolicy {
  private static final HiringPolicy ROLES = new HiringPolicy(Application.DEFAULT_POLICY,
      Offer.DEFAULT_POLICY);
  private static final HiringPolicy TEAM = new HiringPolicy(
      TeamPolicy.of(Application.DEFAULT_POLICY), TeamPolicy.of(Offer.DEFAULT_POLICY));

  /** What a trusted load checks a stored event's actor against: that it was recorded. */
  private static final HiringPolicy RECORDED = new HiringPolicy((actor, action, subject) -> true,
      (actor, action, subject) -> true);

  private final Policy<ApplicationAction, Application> applications;
  private final Policy<OfferAction, Offer.Context> offers;

  private HiringPolicy(Policy<ApplicationAction, Application> applications,
      Policy<OfferAction, Offer.Context> offers) {
    this.applications = applications;
    this.offers = offers;
  }

  /**
   * The default: each actor's declared hiring roles decide, by the default policies of {@link
   * Application#LIFECYCLE} and {@link Offer#LIFECYCLE}.
   *
   * @return the role-based policy
   */
  public static HiringPolicy roles() {
    return ROLES;
  }

  /**
   * The default rules, with every member checked against the application's hiring team: a member
   * not on it, or acting in a role it does not give them, is refused every action (see {@link
   * TeamPolicy}).
   *
   * @return the team-checked policy
   */
  public static HiringPolicy team() {
    return TEAM;
  }

  /**
   * The team-checked policy with eligibility rules for members' hiring roles: a member acting
   * in a role whose rule they do not meet is refused every action, in applications and offers
   * alike (see {@link TeamPolicy#requiring} and {@link TeamPolicy#eligibleRoles}).
   *
   * <pre>{@code
   * HiringPolicy policy = HiringPolicy.team(
   *     Eligibility.of(HiringRole.INTERVIEWER, "trained in structured interviewing",
   *         member -> trained.contains(member.id())),
   *     Eligibility.of(HiringRole.APPROVER, "signing authority",
   *         member -> signatories.contains(member.id())));
   * }</pre>
   *
   * @param rules the eligibility rules
   * @return the team-checked policy with the rules
   * @throws dev.hirekit.InvalidValueException if a rule is missing
   */
  public static HiringPolicy team(Eligibility... rules) {
    Require.given(rules, "HiringPolicy", "rules");
    for (Eligibility rule : rules) {
      Require.given(rule, "HiringPolicy", "rules");
    }
    return new HiringPolicy(TeamPolicy.of(Application.DEFAULT_POLICY).requiring(rules),
        TeamPolicy.of(Offer.DEFAULT_POLICY).requiring(rules));
  }

  /**
   * The roles of a team member that this policy's eligibility rules let them act in: the roles
   * to build their actor with. Every role of the member when the application policy is not a
   * {@link TeamPolicy} or has no rules.
   *
   * <pre>{@code
   * Actor actor = Actor.member(member.id(), policy.eligibleRoles(member)); // if not empty
   * }</pre>
   *
   * @param member a member of the hiring team
   * @return their roles that no rule refuses, possibly none
   * @throws dev.hirekit.InvalidValueException if the member is missing
   */
  public java.util.Set<HiringRole> eligibleRoles(TeamMember member) {
    Require.given(member, "HiringPolicy", "member");
    return applications instanceof TeamPolicy<ApplicationAction, Application> team
        ? team.eligibleRoles(member) : member.roles();
  }

  /**
   * Policies of your own.
   *
   * @param applications who may perform which application action
   * @param offers who may perform which offer action
   * @return the policy
   * @throws dev.hirekit.InvalidValueException if either is missing
   */
  public static HiringPolicy of(Policy<ApplicationAction, Application> applications,
      Policy<OfferAction, Offer.Context> offers) {
    return new HiringPolicy(Require.given(applications, "HiringPolicy", "applications"),
        Require.given(offers, "HiringPolicy", "offers"));
  }

  /**
   * Who may perform which application action.
   *
   * @return the application policy
   */
  public Policy<ApplicationAction, Application> applications() {
    return applications;
  }

  /**
   * Who may perform which offer action.
   *
   * @return the offer policy
   */
  public Policy<OfferAction, Offer.Context> offers() {
    return offers;
  }

  /**
   * A candidate applies to an open role and starts at the first stage of its plan; see {@link
   * Application#apply(ApplicationId, CandidateId, Role, Actor, Instant)}.
   *
   * @param id the new application's id
   * @param candidate who applies
   * @param role the role, which must be open and have a plan
   * @param by the candidate themself, or a team member on their behalf
   * @param at when
   * @return the active application, under this policy
   * @throws IllegalTransitionException if the role is not open, or the actor may not apply for
   *     this candidate
   */
  public Application apply(ApplicationId id, CandidateId candidate, Role role, Actor by,
      Instant at) {
    return Intake.apply(this, id, candidate, role, by, at, null, null);
  }

  /**
   * A team member enters an application at a later stage of the plan (e.g. a referral straight
   * to interviews); see {@link Application#apply(ApplicationId, CandidateId, Role, Actor,
   * Instant, StageId, String)}.
   *
   * @param id the new application's id
   * @param candidate who applies
   * @param role the role, which must be open and have a plan
   * @param by a team member (a candidate enters only at the first stage)
   * @param at when
   * @param entry the entry stage, a stage of the role's plan
   * @param reason why it passes over the stages before, not blank
   * @return the active application, under this policy
   * @throws IllegalTransitionException if the role is not open or the actor may not do this
   * @throws dev.hirekit.InvalidValueException if the stage is not in the plan or the reason is
   *     blank
   */
  public Application apply(ApplicationId id, CandidateId candidate, Role role, Actor by,
      Instant at, StageId entry, String reason) {
    return Intake.apply(this, id, candidate, role, by, at,
        Objects.requireNonNull(entry, "entry"), Objects.requireNonNull(reason, "reason"));
  }

  /**
   * Records a lead for an open role; see {@link Application#prospect(ApplicationId, CandidateId,
   * Role, Actor, Instant)}.
   *
   * @param id the new application's id
   * @param candidate the lead
   * @param role the role, which must be open and have a plan
   * @param by who sources them
   * @param at when
   * @return the prospect, under this policy
   * @throws IllegalTransitionException if the role is not open or the actor may not prospect
   */
  public Application prospect(ApplicationId id, CandidateId candidate, Role role, Actor by,
      Instant at) {
    return Intake.prospect(this, id, candidate, role, by, at);
  }

  /**
   * Rebuilds an application from its history under this policy, checking every event, the
   * first one and its actor included; see {@link Application#replay(List)}.
   *
   * @param history the events, oldest first
   * @return the application, under this policy
   * @throws IllegalTransitionException if an event is not legal where it stands
   * @throws dev.hirekit.InvalidValueException if the history is empty, does not start with a
   *     creating event or holds a bad value
   */
  public Application replay(List<ApplicationEvent> history) {
    return Intake.replay(this, history);
  }

  /**
   * Loads an application from your own store: rebuilds it from its history checking every
   * structural and lifecycle rule (order and time of events, stages, exit rules, offers, a
   * candidate acting only for themself, approvals by the awaited approvers) but not who was
   * permitted, then carries this policy for every later action. A permission is a fact of the
   * moment it was used: a history recorded under an earlier, looser policy still loads after the
   * policy is tightened. Use {@link #replay} instead for a history from anywhere else, such as a
   * document a client sends: it checks the permissions too.
   *
   * <pre>{@code
   * Application app = HiringPolicy.team().load(eventStore.events(applicationId));
   * }</pre>
   *
   * @param history the events, oldest first
   * @return the application, under this policy
   * @throws IllegalTransitionException if an event breaks a rule where it stands
   * @throws dev.hirekit.InvalidValueException if the history is empty, does not start with a
   *     creating event or holds a bad value
   */
  public Application load(List<ApplicationEvent> history) {
    return Intake.replay(RECORDED, history).withPolicy(applications)
        .withOfferPolicy(offers);
  }

  /** For example {@code HiringPolicy[team]}. */
  @Override
  public String toString() {
    return "HiringPolicy[" + (this == ROLES ? "roles" : this == TEAM ? "team" : "custom") + "]";
  }
}
