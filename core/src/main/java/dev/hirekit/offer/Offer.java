package dev.hirekit.offer;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of an offer: its terms, expiry, approval chain, status and approvals so far.
 *
 * <p>An offer changes only through its actions, each checked against {@link #LIFECYCLE} and
 * returning a new offer; a refused action throws {@link IllegalTransitionException} and changes
 * nothing. Revising makes the next version (same id, version + 1, back to draft) and supersedes
 * this one. An application holds its offers and records every offer action as an event; use the
 * application's offer methods to act on an offer in a pipeline.
 *
 * <pre>{@code
 * Offer offer = Offer.draft(OfferId.of("offer-1"), terms, expiresAt, ApprovalChain.none());
 * offer = offer.extend(recruiter, now);
 * offer = offer.accept(Actor.candidate(candidateId), now.plusSeconds(3600));
 * offer.status(); // ACCEPTED
 * }</pre>
 */
@Value.Immutable
public abstract class Offer {

  /**
   * What the guards of an offer read: the offer, who acts and when.
   *
   * @param offer the offer acted on
   * @param actor who acts
   * @param at when
   */
  public record Context(Offer offer, Actor actor, Instant at) {}

  private static final Guard<Context, Actor> HAS_CHAIN =
      Guard.when("an approval chain", c -> !c.offer().approvalChain().isEmpty());
  private static final Guard<Context, Actor> NO_CHAIN =
      Guard.when("no approval chain", c -> c.offer().approvalChain().isEmpty());
  private static final Guard<Context, Actor> AWAITED_APPROVER = Guard.of("an awaited approver",
      c -> c.actor().memberId()
          .filter(m -> c.offer().approvalChain().awaits(m, c.offer().approvals()))
          .isPresent()
          ? Optional.empty()
          : Optional.of(c.actor() + " is not an approver the chain awaits now"));
  private static final Guard<Context, Actor> LAST_APPROVAL = Guard.when("the last approval needed",
      c -> c.offer().approvals().size() + 1 >= c.offer().approvalChain().required());
  private static final Guard<Context, Actor> PENDING_CONTINGENCY = Guard.when(
      "a pending contingency", c -> !c.offer().pendingContingencies().isEmpty());
  private static final Guard<Context, Actor> BEFORE_EXPIRY = Guard.of("before expiry",
      c -> c.at().isBefore(c.offer().expiresAt()) ? Optional.empty()
          : Optional.of("the offer expired at " + c.offer().expiresAt()));
  private static final Guard<Context, Actor> AFTER_EXPIRY = Guard.of("expiry passed",
      c -> c.at().isBefore(c.offer().expiresAt())
          ? Optional.of("the offer expires only at " + c.offer().expiresAt())
          : Optional.empty());

  /**
   * Who may perform which offer action by default: recruiters and hiring managers run the offer,
   * approvers approve, the candidate (or a recruiter recording it) accepts or declines.
   */
  public static final Policy<OfferAction, Context> DEFAULT_POLICY =
      RolePolicy.builder(OfferAction.class)
      .allow(OfferAction.SUBMIT_FOR_APPROVAL, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.APPROVE, HiringRole.APPROVER)
      .allow(OfferAction.DECLINE_APPROVAL, HiringRole.APPROVER)
      .allow(OfferAction.EXTEND, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.ACCEPT, HiringRole.RECRUITER)
      .allow(OfferAction.DECLINE, HiringRole.RECRUITER)
      .allow(OfferAction.RESCIND, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.EXPIRE, HiringRole.RECRUITER)
      .allow(OfferAction.REVISE, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.REPLACE_APPROVER, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.CLEAR_CONTINGENCY, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allow(OfferAction.FAIL_CONTINGENCY, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER)
      .allowCandidate(OfferAction.ACCEPT, OfferAction.DECLINE)
      .build();

  /** The rules of every offer: statuses, actions, guards and the default policy. */
  public static final TransitionTable<OfferStatus, OfferAction, Context, Actor> LIFECYCLE =
      TransitionTable.<OfferStatus, OfferAction, Context, Actor>builder(
              "Offer", OfferStatus.class, OfferAction.class)
          .on(OfferStatus.DRAFT, OfferAction.SUBMIT_FOR_APPROVAL, OfferStatus.PENDING_APPROVAL,
              HAS_CHAIN)
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.APPROVE, OfferStatus.APPROVED,
              AWAITED_APPROVER.and(LAST_APPROVAL))
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.APPROVE, OfferStatus.PENDING_APPROVAL,
              AWAITED_APPROVER)
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.DECLINE_APPROVAL, OfferStatus.DRAFT,
              AWAITED_APPROVER)
          .on(OfferStatus.DRAFT, OfferAction.EXTEND, OfferStatus.EXTENDED,
              NO_CHAIN.and(BEFORE_EXPIRY))
          .on(OfferStatus.APPROVED, OfferAction.EXTEND, OfferStatus.EXTENDED, BEFORE_EXPIRY)
          .on(OfferStatus.EXTENDED, OfferAction.ACCEPT, OfferStatus.ACCEPTED, BEFORE_EXPIRY)
          .on(OfferStatus.EXTENDED, OfferAction.DECLINE, OfferStatus.DECLINED)
          .on(OfferStatus.ACCEPTED, OfferAction.DECLINE, OfferStatus.DECLINED)
          .on(OfferStatus.EXTENDED, OfferAction.EXPIRE, OfferStatus.EXPIRED, AFTER_EXPIRY)
          .on(OfferStatus.DRAFT, OfferAction.RESCIND, OfferStatus.RESCINDED)
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.RESCIND, OfferStatus.RESCINDED)
          .on(OfferStatus.APPROVED, OfferAction.RESCIND, OfferStatus.RESCINDED)
          .on(OfferStatus.EXTENDED, OfferAction.RESCIND, OfferStatus.RESCINDED)
          .on(OfferStatus.ACCEPTED, OfferAction.RESCIND, OfferStatus.RESCINDED)
          .on(OfferStatus.DRAFT, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.APPROVED, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.EXTENDED, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.DECLINED, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.EXPIRED, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.RESCINDED, OfferAction.REVISE, OfferStatus.SUPERSEDED)
          .on(OfferStatus.PENDING_APPROVAL, OfferAction.REPLACE_APPROVER,
              OfferStatus.PENDING_APPROVAL)
          .on(OfferStatus.ACCEPTED, OfferAction.CLEAR_CONTINGENCY, OfferStatus.ACCEPTED,
              PENDING_CONTINGENCY)
          .on(OfferStatus.ACCEPTED, OfferAction.FAIL_CONTINGENCY, OfferStatus.ACCEPTED,
              PENDING_CONTINGENCY)
          .policy(DEFAULT_POLICY)
          .build();

  Offer() {}

  /**
   * The offer's id, shared by all its versions.
   *
   * @return the id
   */
  public abstract OfferId id();

  /**
   * The version, from 1; each revision adds one.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The terms.
   *
   * @return the compensation offered
   */
  public abstract Compensation compensation();

  /**
   * When an extended offer lapses if not answered.
   *
   * @return the expiry
   */
  public abstract Instant expiresAt();

  /**
   * Who must approve before the offer is extended.
   *
   * @return the chain, possibly empty
   */
  public abstract ApprovalChain approvalChain();

  /**
   * Where the offer stands.
   *
   * @return the status
   */
  public abstract OfferStatus status();

  /**
   * The approvals of the current round, in the order given; cleared when an approval is
   * declined.
   *
   * @return the approvers who approved
   */
  public abstract List<MemberId> approvals();

  /**
   * Why the offer last went back to draft or was closed (approval declined, declined by the
   * candidate, rescinded), if a reason was given.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * The justification of the terms and the contingencies; none by default.
   *
   * @return the details
   */
  @Value.Default
  public OfferDetails details() {
    return OfferDetails.none();
  }

  /**
   * The kinds of the contingencies cleared so far, in the order cleared.
   *
   * @return the cleared contingencies
   */
  public abstract List<ContingencyKind> clearedContingencies();

  /**
   * The kinds of the contingencies that failed, in the order failed.
   *
   * @return the failed contingencies
   */
  public abstract List<ContingencyKind> failedContingencies();

  /**
   * The kinds of the contingencies neither cleared nor failed, in the order of the details.
   *
   * @return the pending contingencies
   */
  public List<ContingencyKind> pendingContingencies() {
    return details().contingencies().stream().map(Contingency::kind)
        .filter(k -> !clearedContingencies().contains(k) && !failedContingencies().contains(k))
        .toList();
  }

  /**
   * Whether every contingency is cleared (true for an offer without contingencies): what a hire
   * on this offer waits for.
   *
   * @return true if none is pending or failed
   */
  public boolean contingenciesCleared() {
    return clearedContingencies().size() == details().contingencies().size();
  }

  /**
   * A new draft, version 1.
   *
   * @param id the offer's id
   * @param compensation the terms
   * @param expiresAt when it lapses once extended
   * @param approvalChain who must approve it
   * @return the draft
   */
  public static Offer draft(OfferId id, Compensation compensation, Instant expiresAt,
      ApprovalChain approvalChain) {
    return draft(id, compensation, expiresAt, approvalChain, OfferDetails.none());
  }

  /**
   * A new draft, version 1, with a justification and contingencies.
   *
   * @param id the offer's id
   * @param compensation the terms
   * @param expiresAt when it lapses once extended
   * @param approvalChain who must approve it
   * @param details its justification and contingencies
   * @return the draft
   */
  public static Offer draft(OfferId id, Compensation compensation, Instant expiresAt,
      ApprovalChain approvalChain, OfferDetails details) {
    return ImmutableOffer.builder().id(id).version(1).compensation(compensation)
        .expiresAt(expiresAt).approvalChain(approvalChain).details(details)
        .status(OfferStatus.DRAFT).build();
  }

  /**
   * Who may perform which action on this offer: the default policy of {@link #LIFECYCLE}
   * unless replaced with {@link #withPolicy}. Not part of equality, hashing or {@code
   * toString()}, and not recorded in the history.
   *
   * @return the policy
   */
  @Value.Default
  @Value.Auxiliary
  public Policy<OfferAction, Context> policy() {
    return DEFAULT_POLICY;
  }

  /**
   * A copy whose later actions are checked against another policy, e.g. one that lets only
   * hiring managers extend offers. The states, actions and guards stay those of {@link
   * #LIFECYCLE}.
   *
   * @param value the policy
   * @return the copy
   */
  public abstract Offer withPolicy(Policy<OfferAction, Context> value);

  /** The table with this offer's policy; computed once per instance. */
  @Value.Lazy
  TransitionTable<OfferStatus, OfferAction, Context, Actor> rules() {
    return policy() == DEFAULT_POLICY ? LIFECYCLE : LIFECYCLE.withPolicy(policy());
  }

  @Value.Check
  void check() {
    Require.that(version() >= 1, "Offer", "version", version() + " is below 1; versions start"
        + " at 1");
    Require.that(approvals().size() <= approvalChain().required(), "Offer", "approvals",
        "has more approvals than approvers; approvals come from the chain only");
    reason().ifPresent(r -> Require.nonBlank("Offer", "reason", r));
    List<ContingencyKind> kinds = details().contingencies().stream().map(Contingency::kind)
        .toList();
    List<ContingencyKind> settled = new ArrayList<>(clearedContingencies());
    settled.addAll(failedContingencies());
    Require.distinct("Offer", "contingencies", settled, k -> k);
    Require.that(kinds.containsAll(settled), "Offer", "contingencies", "settles " + settled
        + " but the offer has only " + kinds + "; clear or fail the offer's own contingencies");
  }

  /**
   * The actions this actor may perform now.
   *
   * @param actor who would act
   * @param at when
   * @return the legal actions
   */
  public Set<OfferAction> allowedActions(Actor actor, Instant at) {
    return rules().allowedActions(status(), actor, new Context(this, actor, at));
  }

  /**
   * Why an action is not legal now, if it is not.
   *
   * @param action the action
   * @param actor who would act
   * @param at when
   * @return empty if legal, otherwise the reason
   */
  public Optional<String> refusal(OfferAction action, Actor actor, Instant at) {
    return rules().refusal(status(), action, actor, new Context(this, actor, at));
  }

  /**
   * Whether the offer has lapsed at a time.
   *
   * @param at the time
   * @return true if {@code at} is at or after the expiry
   */
  public boolean isExpiredAt(Instant at) {
    return !at.isBefore(expiresAt());
  }

  /**
   * Sends the draft to its approval chain.
   *
   * @param by who acts
   * @param at when
   * @return the offer pending approval
   * @throws IllegalTransitionException if not legal now
   */
  public Offer submitForApproval(Actor by, Instant at) {
    return moved(OfferAction.SUBMIT_FOR_APPROVAL, by, at).build();
  }

  /**
   * Sends the draft to its approval chain with groups appended to the chain, such as those that
   * {@link ApprovalRule#groupsFor conditional approval rules} add; they approve after the
   * chain's own groups.
   *
   * @param by who acts
   * @param at when
   * @param added the groups to append, in order, possibly none
   * @return the offer pending approval
   * @throws IllegalTransitionException if not legal now, or a group's name is already in the
   *     chain
   */
  public Offer submitForApproval(Actor by, Instant at, List<ApprovalGroup> added) {
    ImmutableOffer.Builder next = moved(OfferAction.SUBMIT_FOR_APPROVAL, by, at);
    List<ApprovalGroup> groups = new ArrayList<>(approvalChain().groups());
    groups.addAll(Require.given(added, "Offer", "added"));
    try {
      return next.approvalChain(ApprovalChain.ofGroups(groups)).build();
    } catch (InvalidValueException e) {
      throw refused(OfferAction.SUBMIT_FOR_APPROVAL, by, at, e.getMessage());
    }
  }

  /**
   * Records the approval of an awaited approver; the last approval needed approves the offer.
   *
   * @param by the approver
   * @param at when
   * @return the offer, pending or approved
   * @throws IllegalTransitionException if the actor is not awaited or the offer is not pending
   */
  public Offer approve(Actor by, Instant at) {
    List<MemberId> approvals = new ArrayList<>(approvals());
    ImmutableOffer.Builder next = moved(OfferAction.APPROVE, by, at);
    approvals.add(by.memberId().orElseThrow());
    return next.approvals(approvals).build();
  }

  /**
   * An awaited approver declines: the offer returns to draft with the reason, its approvals
   * cleared.
   *
   * @param by the approver
   * @param at when
   * @param reason why, not blank
   * @return the draft
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if the reason is blank
   */
  public Offer declineApproval(Actor by, Instant at, String reason) {
    return moved(OfferAction.DECLINE_APPROVAL, by, at).approvals(List.of())
        .reason(reason(reason)).build();
  }

  /**
   * Another member takes the place of a pending approver of the current group (who is away, say);
   * recorded with who replaced whom, by whom and why.
   *
   * @param by who acts
   * @param at when
   * @param replaced a member of the current group who has not approved yet
   * @param replacement who takes their place, not already a member of that group
   * @param reason why, not blank
   * @return the offer, still pending, with the changed chain
   * @throws IllegalTransitionException if not pending approval, or the members do not fit
   * @throws InvalidValueException if the reason is blank
   */
  public Offer replaceApprover(Actor by, Instant at, MemberId replaced, MemberId replacement,
      String reason) {
    ImmutableOffer.Builder next = moved(OfferAction.REPLACE_APPROVER, by, at);
    reason(reason);
    ApprovalChain chain;
    try {
      chain = approvalChain().replace(approvals(), replaced, replacement);
    } catch (InvalidValueException e) {
      throw refused(OfferAction.REPLACE_APPROVER, by, at, e.getMessage());
    }
    return next.approvalChain(chain).build();
  }

  /**
   * Clears a pending contingency of the accepted offer.
   *
   * @param by who acts
   * @param at when
   * @param kind the contingency's kind
   * @return the offer, still accepted
   * @throws IllegalTransitionException if not accepted, or that contingency is not pending
   */
  public Offer clearContingency(Actor by, Instant at, ContingencyKind kind) {
    ImmutableOffer.Builder next = moved(OfferAction.CLEAR_CONTINGENCY, by, at);
    return next.addClearedContingency(pending(OfferAction.CLEAR_CONTINGENCY, by, at, kind))
        .build();
  }

  /**
   * Records that a pending contingency of the accepted offer failed; the offer may then be
   * rescinded, e.g. with {@link #failureReason(ContingencyKind)} as the reason.
   *
   * @param by who acts
   * @param at when
   * @param kind the contingency's kind
   * @return the offer, still accepted
   * @throws IllegalTransitionException if not accepted, or that contingency is not pending
   */
  public Offer failContingency(Actor by, Instant at, ContingencyKind kind) {
    ImmutableOffer.Builder next = moved(OfferAction.FAIL_CONTINGENCY, by, at);
    return next.addFailedContingency(pending(OfferAction.FAIL_CONTINGENCY, by, at, kind))
        .build();
  }

  /**
   * The reason to rescind an offer with when a contingency of this kind failed.
   *
   * @param kind the failed contingency's kind
   * @return the reason, such as {@code "contingency failed: BACKGROUND_CHECK"}
   */
  public static String failureReason(ContingencyKind kind) {
    return "contingency failed: " + Require.given(kind, "Offer", "contingency");
  }

  private ContingencyKind pending(OfferAction action, Actor by, Instant at,
      ContingencyKind kind) {
    if (kind == null || !pendingContingencies().contains(kind)) {
      throw refused(action, by, at, kind + " is not a pending contingency of the offer; pending: "
          + pendingContingencies());
    }
    return kind;
  }

  private IllegalTransitionException refused(OfferAction action, Actor by, Instant at,
      String reason) {
    return new IllegalTransitionException("Offer", id() + " v" + version(), status().name(),
        action.name(), reason, allowedActions(by, at).stream().map(Enum::name).toList());
  }

  /**
   * Makes the offer to the candidate: from draft when the chain is empty, otherwise once
   * approved; never after its expiry.
   *
   * @param by who acts
   * @param at when
   * @return the extended offer
   * @throws IllegalTransitionException if not legal now
   */
  public Offer extend(Actor by, Instant at) {
    return moved(OfferAction.EXTEND, by, at).build();
  }

  /**
   * The candidate accepts, before expiry.
   *
   * @param by the candidate, or a recruiter recording it
   * @param at when
   * @return the accepted offer
   * @throws IllegalTransitionException if not extended or expired
   */
  public Offer accept(Actor by, Instant at) {
    return moved(OfferAction.ACCEPT, by, at).build();
  }

  /**
   * The candidate declines an extended offer, or reneges on an accepted one.
   *
   * @param by the candidate, or a recruiter recording it
   * @param at when
   * @param reason why, not blank
   * @return the declined offer
   * @throws IllegalTransitionException if not legal now
   */
  public Offer decline(Actor by, Instant at, String reason) {
    return moved(OfferAction.DECLINE, by, at).reason(reason(reason)).build();
  }

  /**
   * The company withdraws the offer.
   *
   * @param by who acts
   * @param at when
   * @param reason why, not blank
   * @return the rescinded offer
   * @throws IllegalTransitionException if not legal now
   */
  public Offer rescind(Actor by, Instant at, String reason) {
    return moved(OfferAction.RESCIND, by, at).reason(reason(reason)).build();
  }

  /**
   * Marks an extended offer expired once its expiry has passed.
   *
   * @param by who acts, usually the system
   * @param at the current time, given by the caller
   * @return the expired offer
   * @throws IllegalTransitionException if not extended or not yet expired
   */
  public Offer expire(Actor by, Instant at) {
    return moved(OfferAction.EXPIRE, by, at).build();
  }

  /**
   * Supersedes this offer by its next version with new terms; approval starts again from draft.
   * An accepted offer cannot be revised: rescind it first.
   *
   * @param by who acts
   * @param at when
   * @param compensation the new terms
   * @param expiresAt the new expiry, after {@code at}
   * @return the superseded offer and its next version
   * @throws IllegalTransitionException if not legal now
   * @throws InvalidValueException if the new expiry is not after {@code at}
   */
  public Revision revise(Actor by, Instant at, Compensation compensation, Instant expiresAt) {
    Offer superseded = moved(OfferAction.REVISE, by, at).build();
    requireExpiryAfter(expiresAt, at);
    Offer next = ImmutableOffer.builder().id(id()).version(version() + 1)
        .compensation(compensation).expiresAt(expiresAt).approvalChain(approvalChain())
        .details(details()).status(OfferStatus.DRAFT).build();
    return new Revision(superseded, next);
  }

  /**
   * Closes a live or accepted offer because its application closed (rejected, withdrawn or a
   * hire undone), in the same step as the application's own change; not an offer action of its
   * own, so the offer policy is not consulted.
   *
   * @param outcome {@link OfferStatus#RESCINDED} or {@link OfferStatus#DECLINED}
   * @param reason why, not blank
   * @return the closed offer
   * @throws InvalidValueException if the outcome is another status, the reason is blank, or the
   *     offer is neither live nor accepted
   */
  public Offer closeWithApplication(OfferStatus outcome, String reason) {
    Require.that(outcome == OfferStatus.RESCINDED || outcome == OfferStatus.DECLINED, "Offer",
        "status", outcome + " does not close an offer with its application; use RESCINDED or"
        + " DECLINED");
    Require.that(status().isLive() || status() == OfferStatus.ACCEPTED, "Offer", "status",
        "offer " + id() + " v" + version() + " is " + status() + "; only a live or accepted offer"
        + " closes with its application");
    return ImmutableOffer.builder().from(this).status(outcome).reason(reason(reason)).build();
  }

  /**
   * The two offers a revision yields.
   *
   * @param superseded this offer, now superseded
   * @param next the next version, a draft
   */
  public record Revision(Offer superseded, Offer next) {}

  /**
   * Checks that an expiry lies after a time.
   *
   * @param expiresAt the expiry
   * @param at the time
   * @throws InvalidValueException if the expiry is not after the time
   */
  private static void requireExpiryAfter(Instant expiresAt, Instant at) {
    if (!expiresAt.isAfter(at)) {
      throw new InvalidValueException("Offer", "expiresAt", expiresAt + " is not after " + at
          + "; give an expiry in the future");
    }
  }

  private static String reason(String reason) {
    return Require.nonBlank("Offer", "reason", reason);
  }

  private ImmutableOffer.Builder moved(OfferAction action, Actor by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    OfferStatus target = rules().fire(id() + " v" + version(), status(), action, by,
        new Context(this, by, at));
    return ImmutableOffer.builder().from(this).status(target);
  }

  /** Id, version and status; terms are left out. */
  @Override
  public String toString() {
    return "Offer{" + id() + " v" + version() + " " + status() + "}";
  }
}
