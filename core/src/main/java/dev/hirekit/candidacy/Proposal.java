package dev.hirekit.candidacy;

import dev.hirekit.application.ApplicationId;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.Optional;

/**
 * An action on one person's candidacy that {@link CandidacyRules#check} weighs against their
 * other applications: apply to a role (at its first stage, or at a later entry stage), convert
 * a prospect, reopen an application, or transfer one to another role.
 *
 * <pre>{@code
 * Proposal first = Proposal.apply(RoleId.of("fde-sf"), now);
 * Proposal pastTakeHome = Proposal.apply(RoleId.of("fde-nyc"), plan, StageId.of("onsite"), now);
 * Proposal again = Proposal.reopen(ApplicationId.of("a-17"), now);
 * Proposal toNyc = Proposal.transfer(ApplicationId.of("a-17"), RoleId.of("fde-nyc"), now);
 * }</pre>
 *
 * @param kind what it would do
 * @param role the role applied to (for {@link ProposalKind#APPLY}) or transferred to (for {@link
 *     ProposalKind#TRANSFER})
 * @param application the application converted, reopened or transferred (for the other kinds)
 * @param plan the role's plan, when applying or transferring at an entry stage
 * @param entry the entry stage of that plan, when applying or transferring past its first stage
 * @param at when
 */
public record Proposal(ProposalKind kind, Optional<RoleId> role,
    Optional<ApplicationId> application, Optional<InterviewPlan> plan, Optional<StageId> entry,
    Instant at) {
  /**
   * Checks that the components fit the kind: a role for an application, an application id for
   * a conversion or a reopening, both for a transfer, and an entry stage only with the plan that
   * holds it.
   *
   * @param kind what it would do
   * @param role the role applied or transferred to
   * @param application the application converted, reopened or transferred
   * @param plan the role's plan, when applying at an entry stage
   * @param entry the entry stage of that plan
   * @param at when
   * @throws dev.hirekit.InvalidValueException if a component is missing or does not fit
   */
  public Proposal {
    Require.given(kind, "Proposal", "kind");
    Require.given(role, "Proposal", "role");
    Require.given(application, "Proposal", "application");
    Require.given(plan, "Proposal", "plan");
    Require.given(entry, "Proposal", "entry");
    Require.given(at, "Proposal", "at");
    boolean applies = kind == ProposalKind.APPLY;
    boolean names = applies || kind == ProposalKind.TRANSFER;
    Require.that(role.isPresent() == names, "Proposal", "role", names
        ? "is missing; " + kind + " names the role it leads to" : "is given for " + kind
        + "; the role is the application's own");
    Require.that(application.isPresent() != applies, "Proposal", "application", applies
        ? "is given for APPLY; a new application has no id yet" : "is missing; " + kind
        + " names the application");
    Require.that(plan.isPresent() == entry.isPresent(), "Proposal", "entry",
        "must come with the plan that holds it, and the plan only with an entry");
    Require.that(names || entry.isEmpty(), "Proposal", "entry", "is given for " + kind
        + "; only a new application or a transfer chooses its entry stage");
    if (entry.isPresent()) {
      Require.that(plan.orElseThrow().contains(entry.orElseThrow()), "Proposal", "entry",
          "stage " + entry.orElseThrow() + " is not in the plan; name one of its stages");
    }
  }

  /**
   * A new application to a role, at its first stage.
   *
   * @param role the role
   * @param at when
   * @return the proposal
   */
  public static Proposal apply(RoleId role, Instant at) {
    return new Proposal(ProposalKind.APPLY, Optional.ofNullable(role), Optional.empty(),
        Optional.empty(), Optional.empty(), at);
  }

  /**
   * A new application to a role, entering at a stage of its plan; every stage before it must
   * be covered by a valid {@link StageCredit}.
   *
   * @param role the role
   * @param plan the role's plan
   * @param entry the entry stage, a stage of the plan
   * @param at when
   * @return the proposal
   * @throws dev.hirekit.InvalidValueException if the stage is not in the plan
   */
  public static Proposal apply(RoleId role, InterviewPlan plan, StageId entry, Instant at) {
    return new Proposal(ProposalKind.APPLY, Optional.ofNullable(role), Optional.empty(),
        Optional.ofNullable(plan), Optional.ofNullable(entry), at);
  }

  /**
   * A prospect becomes active.
   *
   * @param prospect the prospect's application id
   * @param at when
   * @return the proposal
   */
  public static Proposal convert(ApplicationId prospect, Instant at) {
    return new Proposal(ProposalKind.CONVERT, Optional.empty(), Optional.ofNullable(prospect),
        Optional.empty(), Optional.empty(), at);
  }

  /**
   * A rejected or withdrawn application becomes active again.
   *
   * @param application the application's id
   * @param at when
   * @return the proposal
   */
  public static Proposal reopen(ApplicationId application, Instant at) {
    return new Proposal(ProposalKind.REOPEN, Optional.empty(), Optional.ofNullable(application),
        Optional.empty(), Optional.empty(), at);
  }

  /**
   * An active application moves to another role, at the first stage of its plan.
   *
   * @param application the application's id
   * @param role the role it would move to
   * @param at when
   * @return the proposal
   */
  public static Proposal transfer(ApplicationId application, RoleId role, Instant at) {
    return new Proposal(ProposalKind.TRANSFER, Optional.ofNullable(role),
        Optional.ofNullable(application), Optional.empty(), Optional.empty(), at);
  }

  /**
   * An active application moves to another role, entering at a stage of its plan; every stage
   * before it must be covered by a valid {@link StageCredit} (the application's own passes
   * count).
   *
   * @param application the application's id
   * @param role the role it would move to
   * @param plan that role's plan
   * @param entry the entry stage, a stage of the plan
   * @param at when
   * @return the proposal
   * @throws dev.hirekit.InvalidValueException if the stage is not in the plan
   */
  public static Proposal transfer(ApplicationId application, RoleId role, InterviewPlan plan,
      StageId entry, Instant at) {
    return new Proposal(ProposalKind.TRANSFER, Optional.ofNullable(role),
        Optional.ofNullable(application), Optional.ofNullable(plan), Optional.ofNullable(entry),
        at);
  }
}
