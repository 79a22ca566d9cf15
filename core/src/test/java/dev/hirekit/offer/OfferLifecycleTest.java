package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.Transition;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferLifecycleTest {
  private static final OfferId ID = OfferId.of("offer-1");
  private static final Instant EXPIRY = Instant.parse("2026-06-01T00:00:00Z");
  private static final Instant BEFORE = EXPIRY.minus(Duration.ofDays(7));
  private static final Instant JUST_BEFORE = EXPIRY.minusSeconds(1);
  private static final Instant AFTER = EXPIRY.plus(Duration.ofDays(1));

  private static final Compensation TERMS = Compensation.builder()
      .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
      .signOn(Money.of("10000", "USD"))
      .startDate(LocalDate.of(2026, 7, 1))
      .employmentType(EmploymentType.FULL_TIME)
      .build();
  private static final Compensation BETTER_TERMS =
      TERMS.withBase(PayRate.of(Money.of("195000", "USD"), PayPeriod.YEARLY));

  private static final MemberId FINANCE = MemberId.of("finance");
  private static final MemberId CTO = MemberId.of("cto");
  private static final MemberId CEO = MemberId.of("ceo");

  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final Actor MANAGER =
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER);
  private static final Actor INTERVIEWER =
      Actor.member(MemberId.of("int-1"), HiringRole.INTERVIEWER);
  private static final Actor CANDIDATE = Actor.candidate(CandidateId.of("cand-1"));
  private static final Actor SYSTEM = Actor.system();

  private static Actor approver(MemberId id) {
    return Actor.member(id, HiringRole.APPROVER);
  }

  private static Offer draft(ApprovalChain chain) {
    return Offer.draft(ID, TERMS, EXPIRY, chain);
  }

  private static Offer pending(ApprovalChain chain) {
    return draft(chain).submitForApproval(RECRUITER, BEFORE);
  }

  private static Offer extendedWithoutChain() {
    return draft(ApprovalChain.none()).extend(RECRUITER, BEFORE);
  }

  private static Offer accepted() {
    return extendedWithoutChain().accept(CANDIDATE, BEFORE);
  }

  private static Offer approved() {
    return pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE))
        .approve(approver(FINANCE), BEFORE);
  }

  // The table itself

  @Test
  void theTableHoldsExactlyTheseRows() {
    assertThat(Offer.LIFECYCLE.transitions()).map(Transition::toString).containsExactly(
        "DRAFT --SUBMIT_FOR_APPROVAL--> PENDING_APPROVAL [an approval chain]",
        "PENDING_APPROVAL --APPROVE--> APPROVED [an awaited approver and the last approval"
            + " needed]",
        "PENDING_APPROVAL --APPROVE--> PENDING_APPROVAL [an awaited approver]",
        "PENDING_APPROVAL --DECLINE_APPROVAL--> DRAFT [an awaited approver]",
        "DRAFT --EXTEND--> EXTENDED [no approval chain and before expiry]",
        "APPROVED --EXTEND--> EXTENDED [before expiry]",
        "EXTENDED --ACCEPT--> ACCEPTED [before expiry]",
        "EXTENDED --DECLINE--> DECLINED",
        "ACCEPTED --DECLINE--> DECLINED",
        "EXTENDED --EXPIRE--> EXPIRED [expiry passed]",
        "DRAFT --RESCIND--> RESCINDED",
        "PENDING_APPROVAL --RESCIND--> RESCINDED",
        "APPROVED --RESCIND--> RESCINDED",
        "EXTENDED --RESCIND--> RESCINDED",
        "ACCEPTED --RESCIND--> RESCINDED",
        "DRAFT --REVISE--> SUPERSEDED",
        "PENDING_APPROVAL --REVISE--> SUPERSEDED",
        "APPROVED --REVISE--> SUPERSEDED",
        "EXTENDED --REVISE--> SUPERSEDED",
        "DECLINED --REVISE--> SUPERSEDED",
        "EXPIRED --REVISE--> SUPERSEDED",
        "RESCINDED --REVISE--> SUPERSEDED",
        "PENDING_APPROVAL --REPLACE_APPROVER--> PENDING_APPROVAL",
        "ACCEPTED --CLEAR_CONTINGENCY--> ACCEPTED [a pending contingency]",
        "ACCEPTED --FAIL_CONTINGENCY--> ACCEPTED [a pending contingency]");
    assertThat(Offer.LIFECYCLE.entity()).isEqualTo("Offer");
    assertThat(Offer.LIFECYCLE).hasToString("TransitionTable[Offer: 25 transitions]");
  }

  @Test
  void mermaidShowsEveryRow() {
    String mermaid = Offer.LIFECYCLE.toMermaid();

    assertThat(mermaid).isEqualTo("stateDiagram-v2\n"
        + "  DRAFT --> PENDING_APPROVAL : SUBMIT_FOR_APPROVAL [an approval chain]\n"
        + "  PENDING_APPROVAL --> APPROVED : APPROVE [an awaited approver and the last approval"
        + " needed]\n"
        + "  PENDING_APPROVAL --> PENDING_APPROVAL : APPROVE [an awaited approver],"
        + " REPLACE_APPROVER\n"
        + "  PENDING_APPROVAL --> DRAFT : DECLINE_APPROVAL [an awaited approver]\n"
        + "  DRAFT --> EXTENDED : EXTEND [no approval chain and before expiry]\n"
        + "  APPROVED --> EXTENDED : EXTEND [before expiry]\n"
        + "  EXTENDED --> ACCEPTED : ACCEPT [before expiry]\n"
        + "  EXTENDED --> DECLINED : DECLINE\n"
        + "  ACCEPTED --> DECLINED : DECLINE\n"
        + "  EXTENDED --> EXPIRED : EXPIRE [expiry passed]\n"
        + "  DRAFT --> RESCINDED : RESCIND\n"
        + "  PENDING_APPROVAL --> RESCINDED : RESCIND\n"
        + "  APPROVED --> RESCINDED : RESCIND\n"
        + "  EXTENDED --> RESCINDED : RESCIND\n"
        + "  ACCEPTED --> RESCINDED : RESCIND\n"
        + "  DRAFT --> SUPERSEDED : REVISE\n"
        + "  PENDING_APPROVAL --> SUPERSEDED : REVISE\n"
        + "  APPROVED --> SUPERSEDED : REVISE\n"
        + "  EXTENDED --> SUPERSEDED : REVISE\n"
        + "  DECLINED --> SUPERSEDED : REVISE\n"
        + "  EXPIRED --> SUPERSEDED : REVISE\n"
        + "  RESCINDED --> SUPERSEDED : REVISE\n"
        + "  ACCEPTED --> ACCEPTED : CLEAR_CONTINGENCY [a pending contingency],"
        + " FAIL_CONTINGENCY [a pending contingency]\n");
    for (Transition<OfferStatus, OfferAction, Offer.Context, Actor> row :
        Offer.LIFECYCLE.transitions()) {
      assertThat(mermaid.lines().filter(l -> l.startsWith("  " + row.from() + " --> "
          + row.to() + " : ")).filter(l -> l.contains(row.action().name())))
          .as("a line for %s", row).hasSize(1);
    }
  }

  // Draft

  @Test
  void aDraftStartsAtVersionOneWithoutApprovalsOrReason() {
    Offer offer = draft(ApprovalChain.none());

    assertThat(offer.id()).isEqualTo(ID);
    assertThat(offer.version()).isEqualTo(1);
    assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(offer.compensation()).isEqualTo(TERMS);
    assertThat(offer.expiresAt()).isEqualTo(EXPIRY);
    assertThat(offer.approvals()).isEmpty();
    assertThat(offer.reason()).isEmpty();
  }

  @Test
  void submittingNeedsAChain() {
    Offer offer = draft(ApprovalChain.none());

    assertThatThrownBy(() -> offer.submitForApproval(RECRUITER, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot SUBMIT_FOR_APPROVAL (requires an approval"
            + " chain); allowed now: [EXTEND, RESCIND, REVISE]");
  }

  @Test
  void submittingSendsTheDraftToItsChain() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO);

    Offer offer = draft(chain).submitForApproval(MANAGER, BEFORE);

    assertThat(offer.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
    assertThat(offer.approvals()).isEmpty();
    assertThat(offer.approvalChain()).isEqualTo(chain);
  }

  @Test
  void aDraftWithAChainCannotBeExtendedDirectly() {
    Offer offer = draft(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    assertThatThrownBy(() -> offer.extend(RECRUITER, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot EXTEND (requires no approval chain);"
            + " allowed now: [SUBMIT_FOR_APPROVAL, RESCIND, REVISE]");
  }

  @Test
  void aDraftWithAnEmptyChainExtendsDirectly() {
    Offer offer = draft(ApprovalChain.none()).extend(MANAGER, BEFORE);

    assertThat(offer.status()).isEqualTo(OfferStatus.EXTENDED);
    assertThat(offer.approvals()).isEmpty();
  }

  @Test
  void aDraftCannotBeExtendedAtOrAfterItsExpiry() {
    Offer offer = draft(ApprovalChain.none());

    assertThatThrownBy(() -> offer.extend(RECRUITER, EXPIRY))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot EXTEND (the offer expired at"
            + " 2026-06-01T00:00:00Z); allowed now: [RESCIND, REVISE]");
    assertThat(offer.extend(RECRUITER, JUST_BEFORE).status()).isEqualTo(OfferStatus.EXTENDED);
  }

  // Approval

  @Test
  void parallelTwoOfThreeApprovesOnTheSecondApprovalInAnyOrder() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO, CEO));

    Offer once = offer.approve(approver(CEO), BEFORE);
    assertThat(once.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
    assertThat(once.approvals()).containsExactly(CEO);

    Offer twice = once.approve(approver(FINANCE), BEFORE);
    assertThat(twice.status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(twice.approvals()).containsExactly(CEO, FINANCE);
  }

  @Test
  void sequentialApprovalFollowsTheOrderOfTheChain() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CTO, CEO));

    Offer once = offer.approve(approver(FINANCE), BEFORE);
    assertThat(once.status()).isEqualTo(OfferStatus.PENDING_APPROVAL);
    Offer twice = once.approve(approver(CTO), BEFORE);
    assertThat(twice.status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(twice.approvals()).containsExactly(FINANCE, CTO);
  }

  @Test
  void sequentialApprovalOutOfOrderIsRefused() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CTO, CEO));

    assertThatThrownBy(() -> offer.approve(approver(CTO), BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (member cto [APPROVER]"
            + " is not an approver the chain awaits now); allowed now: []");
    assertThat(offer.allowedActions(approver(FINANCE), BEFORE))
        .containsExactly(OfferAction.APPROVE, OfferAction.DECLINE_APPROVAL);
    assertThat(offer.allowedActions(approver(CTO), BEFORE)).isEmpty();
  }

  @Test
  void anApproverOutsideTheChainIsRefused() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE, CTO));

    assertThatThrownBy(() -> offer.approve(approver(CEO), BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (member ceo [APPROVER]"
            + " is not an approver the chain awaits now); allowed now: []");
  }

  @Test
  void anApproverCannotApproveTwice() {
    Offer once = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO))
        .approve(approver(FINANCE), BEFORE);

    assertThatThrownBy(() -> once.approve(approver(FINANCE), BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (member finance"
            + " [APPROVER] is not an approver the chain awaits now); allowed now: []");
    assertThat(once.approvals()).containsExactly(FINANCE);
  }

  @Test
  void aChainMemberWithoutTheApproverRoleIsRefusedByPolicy() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    assertThatThrownBy(() -> offer.approve(Actor.member(FINANCE, HiringRole.RECRUITER), BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (member finance"
            + " [RECRUITER] may not APPROVE); allowed now: [RESCIND, REVISE,"
            + " REPLACE_APPROVER]");
  }

  @Test
  void theSystemAndTheCandidateCannotApprove() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    assertThatThrownBy(() -> offer.approve(SYSTEM, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (system is not an"
            + " approver the chain awaits now); allowed now: [RESCIND, REVISE,"
            + " REPLACE_APPROVER]");
    assertThatThrownBy(() -> offer.approve(CANDIDATE, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot APPROVE (candidate cand-1 may"
            + " not APPROVE); allowed now: []");
  }

  @Test
  void approvingADraftIsRefused() {
    Offer offer = draft(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    assertThatThrownBy(() -> offer.approve(approver(FINANCE), BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot APPROVE (no APPROVE from DRAFT);"
            + " allowed now: []");
  }

  @Test
  void decliningApprovalReturnsToDraftWithTheReasonAndClearsApprovals() {
    Offer once = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO, CEO))
        .approve(approver(FINANCE), BEFORE);

    Offer declined = once.declineApproval(approver(CTO), BEFORE, "over band");

    assertThat(declined.status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(declined.reason()).contains("over band");
    assertThat(declined.approvals()).isEmpty();
    assertThat(declined.version()).isEqualTo(1);
    assertThat(declined.submitForApproval(RECRUITER, BEFORE).approve(approver(FINANCE), BEFORE)
        .approvals()).containsExactly(FINANCE);
  }

  @Test
  void onlyAnAwaitedApproverMayDeclineApproval() {
    Offer once = pending(ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CTO))
        .approve(approver(FINANCE), BEFORE);

    assertThatThrownBy(() -> once.declineApproval(approver(FINANCE), BEFORE, "changed my mind"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot DECLINE_APPROVAL (member"
            + " finance [APPROVER] is not an approver the chain awaits now); allowed now: []");
    assertThatThrownBy(() -> once.declineApproval(RECRUITER, BEFORE, "no"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot DECLINE_APPROVAL (member"
            + " rec-1 [RECRUITER] may not DECLINE_APPROVAL); allowed now: [RESCIND, REVISE,"
            + " REPLACE_APPROVER]");
  }

  // Extend, accept, decline, expire

  @Test
  void anApprovedOfferExtendsBeforeExpiryOnly() {
    Offer offer = approved();

    assertThat(offer.status()).isEqualTo(OfferStatus.APPROVED);
    assertThat(offer.extend(RECRUITER, JUST_BEFORE).status()).isEqualTo(OfferStatus.EXTENDED);
    assertThatThrownBy(() -> offer.extend(RECRUITER, AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is APPROVED: cannot EXTEND (the offer expired at"
            + " 2026-06-01T00:00:00Z); allowed now: [RESCIND, REVISE]");
    assertThatThrownBy(() -> offer.extend(RECRUITER, EXPIRY))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is APPROVED: cannot EXTEND (the offer expired at"
            + " 2026-06-01T00:00:00Z); allowed now: [RESCIND, REVISE]");
  }

  @Test
  void aPendingOfferCannotBeExtended() {
    Offer offer = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    assertThatThrownBy(() -> offer.extend(RECRUITER, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is PENDING_APPROVAL: cannot EXTEND (no EXTEND from"
            + " PENDING_APPROVAL); allowed now: [RESCIND, REVISE, REPLACE_APPROVER]");
  }

  @Test
  void theCandidateAcceptsBeforeExpiry() {
    Offer offer = extendedWithoutChain().accept(CANDIDATE, JUST_BEFORE);

    assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void aRecruiterMayRecordTheAcceptance() {
    assertThat(extendedWithoutChain().accept(RECRUITER, BEFORE).status())
        .isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void acceptingAtOrAfterExpiryIsRefused() {
    Offer offer = extendedWithoutChain();

    assertThatThrownBy(() -> offer.accept(CANDIDATE, EXPIRY))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot ACCEPT (the offer expired at"
            + " 2026-06-01T00:00:00Z); allowed now: [DECLINE]");
    assertThatThrownBy(() -> offer.accept(RECRUITER, AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot ACCEPT (the offer expired at"
            + " 2026-06-01T00:00:00Z); allowed now: [DECLINE, RESCIND, EXPIRE, REVISE]");
  }

  @Test
  void theCandidateDeclinesWithAReason() {
    Offer offer = extendedWithoutChain().decline(CANDIDATE, BEFORE, "took another offer");

    assertThat(offer.status()).isEqualTo(OfferStatus.DECLINED);
    assertThat(offer.reason()).contains("took another offer");
  }

  @Test
  void theCandidateMayRenegeAfterAccepting() {
    Offer offer = accepted().decline(CANDIDATE, AFTER, "counter-offer");

    assertThat(offer.status()).isEqualTo(OfferStatus.DECLINED);
    assertThat(offer.reason()).contains("counter-offer");
  }

  @Test
  void theCandidateMayAcceptOrDeclineButNotExtendOrRescind() {
    Offer draft = draft(ApprovalChain.none());
    Offer extended = extendedWithoutChain();

    assertThat(draft.allowedActions(CANDIDATE, BEFORE)).isEmpty();
    assertThat(extended.allowedActions(CANDIDATE, BEFORE))
        .containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE);
    assertThatThrownBy(() -> draft.extend(CANDIDATE, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DRAFT: cannot EXTEND (candidate cand-1 may not EXTEND);"
            + " allowed now: []");
    assertThatThrownBy(() -> extended.rescind(CANDIDATE, BEFORE, "oops"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot RESCIND (candidate cand-1 may not"
            + " RESCIND); allowed now: [ACCEPT, DECLINE]");
  }

  @Test
  void anInterviewerMayDoNothingWithAnOffer() {
    assertThat(extendedWithoutChain().allowedActions(INTERVIEWER, BEFORE)).isEmpty();
    assertThatThrownBy(() -> extendedWithoutChain().accept(INTERVIEWER, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot ACCEPT (member int-1 [INTERVIEWER] may"
            + " not ACCEPT); allowed now: []");
  }

  @Test
  void expiringWorksOnlyAtOrAfterTheExpiry() {
    Offer offer = extendedWithoutChain();

    assertThatThrownBy(() -> offer.expire(SYSTEM, JUST_BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot EXPIRE (the offer expires only at"
            + " 2026-06-01T00:00:00Z); allowed now: [ACCEPT, DECLINE, RESCIND, REVISE]");
    assertThat(offer.expire(SYSTEM, EXPIRY).status()).isEqualTo(OfferStatus.EXPIRED);
    assertThat(offer.expire(RECRUITER, AFTER).status()).isEqualTo(OfferStatus.EXPIRED);
    assertThat(offer.isExpiredAt(JUST_BEFORE)).isFalse();
    assertThat(offer.isExpiredAt(EXPIRY)).isTrue();
  }

  @Test
  void onlyAnExtendedOfferExpires() {
    Offer offer = approved();

    assertThatThrownBy(() -> offer.expire(SYSTEM, AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is APPROVED: cannot EXPIRE (no EXPIRE from APPROVED);"
            + " allowed now: [RESCIND, REVISE]");
  }

  @Test
  void anExpiredOfferCanOnlyBeRevised() {
    Offer offer = extendedWithoutChain().expire(SYSTEM, AFTER);

    assertThat(offer.allowedActions(SYSTEM, AFTER)).containsExactly(OfferAction.REVISE);
    assertThatThrownBy(() -> offer.accept(CANDIDATE, BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXPIRED: cannot ACCEPT (no ACCEPT from EXPIRED);"
            + " allowed now: []");
  }

  // Rescind

  @Test
  void everyLiveOrAcceptedOfferCanBeRescinded() {
    List<Offer> offers = List.of(
        draft(ApprovalChain.none()),
        pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE)),
        approved(),
        extendedWithoutChain(),
        accepted());

    for (Offer offer : offers) {
      Offer rescinded = offer.rescind(MANAGER, AFTER, "role cancelled");
      assertThat(rescinded.status()).as("from %s", offer.status())
          .isEqualTo(OfferStatus.RESCINDED);
      assertThat(rescinded.reason()).contains("role cancelled");
    }
  }

  @Test
  void aClosedOfferCannotBeRescinded() {
    Offer declined = extendedWithoutChain().decline(CANDIDATE, BEFORE, "no");
    Offer rescinded = extendedWithoutChain().rescind(RECRUITER, BEFORE, "budget");

    assertThatThrownBy(() -> declined.rescind(RECRUITER, BEFORE, "too late"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is DECLINED: cannot RESCIND (no RESCIND from DECLINED);"
            + " allowed now: [REVISE]");
    assertThatThrownBy(() -> rescinded.rescind(RECRUITER, BEFORE, "again"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is RESCINDED: cannot RESCIND (no RESCIND from RESCINDED);"
            + " allowed now: [REVISE]");
  }

  // Reasons

  @Test
  void blankReasonsAreRejected() {
    Offer extended = extendedWithoutChain();
    Offer pending = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));
    String message = "Offer.reason: must not be blank; give some text";

    assertThatThrownBy(() -> extended.decline(CANDIDATE, BEFORE, " "))
        .isInstanceOf(InvalidValueException.class).hasMessage(message);
    assertThatThrownBy(() -> extended.rescind(RECRUITER, BEFORE, ""))
        .isInstanceOf(InvalidValueException.class).hasMessage(message);
    assertThatThrownBy(() -> extended.rescind(RECRUITER, BEFORE, null))
        .isInstanceOf(InvalidValueException.class).hasMessage(message);
    assertThatThrownBy(() -> pending.declineApproval(approver(FINANCE), BEFORE, "\t\n"))
        .isInstanceOf(InvalidValueException.class).hasMessage(message);
    assertThatThrownBy(() -> extended.closeWithApplication(OfferStatus.RESCINDED, " "))
        .isInstanceOf(InvalidValueException.class).hasMessage(message);
    assertThat(extended.status()).isEqualTo(OfferStatus.EXTENDED);
    assertThat(extended.reason()).isEmpty();
  }

  // Revise

  @Test
  void revisingMakesTheNextVersionAsADraftWithNewTerms() {
    Offer once = pending(ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO))
        .approve(approver(FINANCE), BEFORE);
    Instant newExpiry = AFTER.plus(Duration.ofDays(14));

    Offer.Revision revision = once.revise(RECRUITER, AFTER, BETTER_TERMS, newExpiry);

    assertThat(revision.superseded().status()).isEqualTo(OfferStatus.SUPERSEDED);
    assertThat(revision.superseded().version()).isEqualTo(1);
    assertThat(revision.superseded().compensation()).isEqualTo(TERMS);
    assertThat(revision.superseded().expiresAt()).isEqualTo(EXPIRY);
    Offer next = revision.next();
    assertThat(next.id()).isEqualTo(ID);
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(next.approvals()).isEmpty();
    assertThat(next.reason()).isEmpty();
    assertThat(next.compensation()).isEqualTo(BETTER_TERMS);
    assertThat(next.expiresAt()).isEqualTo(newExpiry);
    assertThat(next.approvalChain()).isEqualTo(once.approvalChain());
    assertThat(next.revise(RECRUITER, AFTER, TERMS, newExpiry).next().version()).isEqualTo(3);
  }

  @Test
  void everyRevisableStatusCanBeRevised() {
    Instant newExpiry = AFTER.plus(Duration.ofDays(14));
    List<Offer> offers = List.of(
        draft(ApprovalChain.none()),
        pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE)),
        approved(),
        extendedWithoutChain(),
        extendedWithoutChain().decline(CANDIDATE, BEFORE, "no"),
        extendedWithoutChain().expire(SYSTEM, AFTER),
        extendedWithoutChain().rescind(RECRUITER, BEFORE, "budget"));

    for (Offer offer : offers) {
      Offer.Revision revision = offer.revise(MANAGER, AFTER, BETTER_TERMS, newExpiry);
      assertThat(revision.superseded()).as("from %s", offer.status())
          .isEqualTo(
              ImmutableOffer.builder().from(offer).status(OfferStatus.SUPERSEDED).build());
      assertThat(revision.next()).isEqualTo(ImmutableOffer.builder()
          .from(Offer.draft(ID, BETTER_TERMS, newExpiry, offer.approvalChain()))
          .version(offer.version() + 1).build());
    }
  }

  @Test
  void anAcceptedOrSupersededOfferCannotBeRevised() {
    Offer accepted = accepted();
    Offer superseded = draft(ApprovalChain.none())
        .revise(RECRUITER, BEFORE, BETTER_TERMS, AFTER).superseded();

    assertThatThrownBy(() -> accepted.revise(RECRUITER, BEFORE, BETTER_TERMS, AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is ACCEPTED: cannot REVISE (no REVISE from ACCEPTED);"
            + " allowed now: [DECLINE, RESCIND]");
    assertThatThrownBy(() -> superseded.revise(RECRUITER, BEFORE, BETTER_TERMS, AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is SUPERSEDED: cannot REVISE (no REVISE from SUPERSEDED);"
            + " allowed now: []");
  }

  @Test
  void theNewExpiryMustBeAfterTheRevision() {
    Offer offer = draft(ApprovalChain.none());

    assertThatThrownBy(() -> offer.revise(RECRUITER, AFTER, BETTER_TERMS, AFTER))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.expiresAt: 2026-06-02T00:00:00Z is not after 2026-06-02T00:00:00Z;"
            + " give an expiry in the future");
    assertThatThrownBy(() -> offer.revise(RECRUITER, AFTER, BETTER_TERMS, BEFORE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.expiresAt: 2026-05-25T00:00:00Z is not after 2026-06-02T00:00:00Z;"
            + " give an expiry in the future");
    assertThat(offer.revise(RECRUITER, AFTER, BETTER_TERMS, AFTER.plusSeconds(1)).next()
        .expiresAt()).isEqualTo(AFTER.plusSeconds(1));
  }

  @Test
  void theCandidateCannotRevise() {
    assertThatThrownBy(() -> extendedWithoutChain().revise(CANDIDATE, BEFORE, BETTER_TERMS,
        AFTER))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Offer offer-1 v1 is EXTENDED: cannot REVISE (candidate cand-1 may not"
            + " REVISE); allowed now: [ACCEPT, DECLINE]");
  }

  // Closing with the application

  @Test
  void aLiveOrAcceptedOfferClosesWithItsApplication() {
    List<Offer> offers = List.of(
        draft(ApprovalChain.none()),
        pending(ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE)),
        approved(),
        extendedWithoutChain(),
        accepted());

    for (Offer offer : offers) {
      Offer rescinded = offer.closeWithApplication(OfferStatus.RESCINDED, "application rejected");
      Offer declined = offer.closeWithApplication(OfferStatus.DECLINED, "candidate withdrew");
      assertThat(rescinded.status()).as("from %s", offer.status())
          .isEqualTo(OfferStatus.RESCINDED);
      assertThat(rescinded.reason()).contains("application rejected");
      assertThat(declined.status()).isEqualTo(OfferStatus.DECLINED);
      assertThat(declined.reason()).contains("candidate withdrew");
      assertThat(declined.version()).isEqualTo(offer.version());
    }
  }

  @Test
  void closingWithTheApplicationTakesOnlyRescindedOrDeclined() {
    Offer offer = extendedWithoutChain();

    for (OfferStatus outcome : OfferStatus.values()) {
      if (outcome == OfferStatus.RESCINDED || outcome == OfferStatus.DECLINED) {
        continue;
      }
      assertThatThrownBy(() -> offer.closeWithApplication(outcome, "closed"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Offer.status: " + outcome + " does not close an offer with its"
              + " application; use RESCINDED or DECLINED");
    }
  }

  @Test
  void aClosedOfferDoesNotCloseWithItsApplication() {
    List<Offer> closed = List.of(
        extendedWithoutChain().decline(CANDIDATE, BEFORE, "no"),
        extendedWithoutChain().rescind(RECRUITER, BEFORE, "budget"),
        extendedWithoutChain().expire(SYSTEM, AFTER),
        draft(ApprovalChain.none()).revise(RECRUITER, BEFORE, BETTER_TERMS, AFTER).superseded());

    for (Offer offer : closed) {
      assertThatThrownBy(() -> offer.closeWithApplication(OfferStatus.RESCINDED, "closed"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("Offer.status: offer offer-1 v1 is " + offer.status() + "; only a live or"
              + " accepted offer closes with its application");
    }
  }

  // Introspection

  @Test
  void allowedActionsDependOnStatusActorAndTime() {
    Offer draftWithChain = draft(ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1, FINANCE, CTO));
    Offer extended = extendedWithoutChain();
    Offer accepted = accepted();

    assertThat(draft(ApprovalChain.none()).allowedActions(RECRUITER, BEFORE))
        .containsExactly(OfferAction.EXTEND, OfferAction.RESCIND, OfferAction.REVISE);
    assertThat(draftWithChain.allowedActions(MANAGER, BEFORE))
        .containsExactly(OfferAction.SUBMIT_FOR_APPROVAL, OfferAction.RESCIND,
            OfferAction.REVISE);
    assertThat(draftWithChain.submitForApproval(RECRUITER, BEFORE)
        .allowedActions(Actor.member(FINANCE, HiringRole.APPROVER, HiringRole.RECRUITER),
            BEFORE))
        .containsExactly(OfferAction.APPROVE, OfferAction.DECLINE_APPROVAL, OfferAction.RESCIND,
            OfferAction.REVISE, OfferAction.REPLACE_APPROVER);
    assertThat(extended.allowedActions(RECRUITER, BEFORE))
        .containsExactly(OfferAction.ACCEPT, OfferAction.DECLINE, OfferAction.RESCIND,
            OfferAction.REVISE);
    assertThat(extended.allowedActions(MANAGER, BEFORE))
        .containsExactly(OfferAction.RESCIND, OfferAction.REVISE);
    assertThat(extended.allowedActions(SYSTEM, EXPIRY))
        .containsExactly(OfferAction.DECLINE, OfferAction.RESCIND, OfferAction.EXPIRE,
            OfferAction.REVISE);
    assertThat(accepted.allowedActions(RECRUITER, AFTER))
        .containsExactly(OfferAction.DECLINE, OfferAction.RESCIND);
    assertThat(accepted.allowedActions(CANDIDATE, AFTER)).containsExactly(OfferAction.DECLINE);
  }

  @Test
  void refusalExplainsWhyAndIsEmptyWhenLegal() {
    Offer extended = extendedWithoutChain();

    assertThat(extended.refusal(OfferAction.ACCEPT, CANDIDATE, BEFORE)).isEmpty();
    assertThat(extended.refusal(OfferAction.ACCEPT, CANDIDATE, EXPIRY))
        .contains("the offer expired at 2026-06-01T00:00:00Z");
    assertThat(extended.refusal(OfferAction.APPROVE, SYSTEM, BEFORE))
        .contains("no APPROVE from EXTENDED");
  }

  @Test
  void aRefusedActionReportsStateActionAndAlternatives() {
    Offer extended = extendedWithoutChain();

    assertThatThrownBy(() -> extended.expire(SYSTEM, BEFORE))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.entity()).isEqualTo("Offer");
          assertThat(e.entityId()).isEqualTo("offer-1 v1");
          assertThat(e.state()).isEqualTo("EXTENDED");
          assertThat(e.action()).isEqualTo("EXPIRE");
          assertThat(e.reason()).isEqualTo("the offer expires only at 2026-06-01T00:00:00Z");
          assertThat(e.allowed()).containsExactly("ACCEPT", "DECLINE", "RESCIND", "REVISE");
        });
  }

  @Test
  void toStringShowsIdVersionAndStatusButNoTerms() {
    Offer offer = draft(ApprovalChain.none());
    Offer next = offer.revise(RECRUITER, BEFORE, BETTER_TERMS, AFTER).next().extend(RECRUITER,
        BEFORE);

    assertThat(offer).hasToString("Offer{offer-1 v1 DRAFT}");
    assertThat(next).hasToString("Offer{offer-1 v2 EXTENDED}");
    assertThat(next.toString()).doesNotContain("195000", "195,000", "10000", "USD");
  }

  @Test
  void offersAreValuesEqualByAllTheirFields() {
    Offer a = draft(ApprovalChain.none());

    assertThat(a).isEqualTo(draft(ApprovalChain.none()))
        .hasSameHashCodeAs(draft(ApprovalChain.none()));
    assertThat(a).isNotEqualTo(Offer.draft(ID, BETTER_TERMS, EXPIRY, ApprovalChain.none()));
    assertThat(a).isNotEqualTo(a.rescind(RECRUITER, BEFORE, "budget")
        .revise(RECRUITER, BEFORE, TERMS, EXPIRY).next());
  }
}
