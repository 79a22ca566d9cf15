package dev.hirekit.actor;

import dev.hirekit.internal.Require;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.TeamMember;
import java.util.function.Predicate;

/**
 * A rule, supplied by the user, that a team member must meet to act in a hiring role: only
 * interviewers trained in structured interviewing interview, only approvers with signing
 * authority approve. A {@link TeamPolicy} {@link TeamPolicy#requiring requiring} it refuses
 * every action of a member acting in that role without meeting it, naming the rule, as it
 * refuses a role the team does not give them; {@code allowedActions} is then empty. Build the
 * actor from {@link TeamPolicy#eligibleRoles} to act in the member's other roles.
 *
 * <p>The test is code (it may look the member up in the user's own training or authority
 * records); the description names the rule in refusals and must not name a person.
 *
 * <pre>{@code
 * Set<MemberId> trained = trainingRecords.trainedInterviewers();
 * Eligibility interviewers = Eligibility.of(HiringRole.INTERVIEWER,
 *     "trained in structured interviewing", member -> trained.contains(member.id()));
 * HiringPolicy policy = HiringPolicy.team(interviewers);
 * }</pre>
 */
public final class Eligibility {
  private final HiringRole role;
  private final String description;
  private final Predicate<? super TeamMember> test;

  private Eligibility(HiringRole role, String description, Predicate<? super TeamMember> test) {
    this.role = role;
    this.description = description;
    this.test = test;
  }

  /**
   * A rule for the members acting in a hiring role.
   *
   * @param role the role the rule is for
   * @param description what the rule asks, such as {@code "trained in structured
   *     interviewing"}; shown in refusals, not blank
   * @param test whether a member of the team meets it
   * @return the rule
   * @throws dev.hirekit.InvalidValueException if an argument is missing or the description blank
   */
  public static Eligibility of(HiringRole role, String description,
      Predicate<? super TeamMember> test) {
    Require.given(role, "Eligibility", "role");
    Require.given(description, "Eligibility", "description");
    Require.nonBlank("Eligibility", "description", description);
    Require.given(test, "Eligibility", "test");
    return new Eligibility(role, description, test);
  }

  /**
   * The role the rule is for.
   *
   * @return the role
   */
  public HiringRole role() {
    return role;
  }

  /**
   * What the rule asks.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether a member meets the rule.
   *
   * @param member a member of the team
   * @return true if they may act in the rule's role as far as this rule goes
   */
  public boolean admits(TeamMember member) {
    return test.test(Require.given(member, "Eligibility", "member"));
  }

  /** For example {@code Eligibility[INTERVIEWER: trained in structured interviewing]}. */
  @Override
  public String toString() {
    return "Eligibility[" + role + ": " + description + "]";
  }
}
