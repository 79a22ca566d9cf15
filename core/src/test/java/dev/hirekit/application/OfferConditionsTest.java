package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.APPROVER_CEO;
import static dev.hirekit.application.Fixtures.APPROVER_FINANCE;
import static dev.hirekit.application.Fixtures.CEO;
import static dev.hirekit.application.Fixtures.FINANCE;
import static dev.hirekit.application.Fixtures.OFFER;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.atOffer;
import static dev.hirekit.application.Fixtures.openRole;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.OfferSubmittedForApproval;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contingencies gate the hire; conditional approvers join at submission, once. */
class OfferConditionsTest {
  private static final MemberId CFO = MemberId.of("appr-cfo");
  private static final Actor APPROVER_CFO = Actor.member(CFO, HiringRole.APPROVER);
  private static final OfferDetails CHECKS = OfferDetails.builder()
      .justification("matches a competing offer")
      .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK))
      .addContingency(Contingency.of(ContingencyKind.RIGHT_TO_WORK, "visa"))
      .build();

  static Application acceptedWithChecks() {
    return atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(24 * 14),
            ApprovalChain.none(), CHECKS)
        .extendOffer(RECRUITER, t(7)).acceptOffer(RECRUITER, t(8));
  }

  @Test
  void aHireWaitsUntilEveryContingencyIsCleared() {
    Role role = openRole();
    Application app = acceptedWithChecks();

    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.HIRE);
    assertThat(app.hireTargets(role, RECRUITER)).isEmpty();
    assertThat(app.allowedOfferActions(RECRUITER, t(9)))
        .contains(OfferAction.CLEAR_CONTINGENCY, OfferAction.FAIL_CONTINGENCY);
    assertThatThrownBy(() -> app.hire(role, RECRUITER, t(9), SeedRole.OPENING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("HIRE");

    Application half = app.clearOfferContingency(RECRUITER, t(9),
        ContingencyKind.BACKGROUND_CHECK);
    assertThat(half.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.HIRE);
    Application cleared = half.clearOfferContingency(RECRUITER, t(10),
        ContingencyKind.RIGHT_TO_WORK);

    assertThat(cleared.allowedActions(RECRUITER)).contains(ApplicationAction.HIRE);
    assertThat(cleared.hireTargets(role, RECRUITER)).containsExactly(SeedRole.OPENING);
    assertThat(cleared.allowedOfferActions(RECRUITER, t(11)))
        .doesNotContain(OfferAction.CLEAR_CONTINGENCY, OfferAction.FAIL_CONTINGENCY);
    assertThat(cleared.hire(role, RECRUITER, t(11), SeedRole.OPENING).status())
        .isEqualTo(ApplicationStatus.HIRED);
    assertThat(Application.replay(cleared.history()).equals(cleared)).isTrue();
  }

  @Test
  void aFailedContingencyBlocksTheHireAndLetsTheOfferBeRescindedWithItsReason() {
    Role role = openRole();
    Application failed = acceptedWithChecks().failOfferContingency(RECRUITER, t(9),
        ContingencyKind.BACKGROUND_CHECK);

    assertThat(failed.hireTargets(role, RECRUITER)).isEmpty();
    assertThat(failed.currentOffer().orElseThrow().failedContingencies())
        .containsExactly(ContingencyKind.BACKGROUND_CHECK);
    Application rescinded = failed.rescindOffer(RECRUITER, t(10),
        Offer.failureReason(ContingencyKind.BACKGROUND_CHECK));
    assertThat(rescinded.currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.RESCINDED);
    assertThat(rescinded.currentOffer().orElseThrow().reason())
        .contains("contingency failed: BACKGROUND_CHECK");
  }

  @Test
  void aContingencyIsSettledOnceAndOnlyAfterAcceptance() {
    Application app = acceptedWithChecks().clearOfferContingency(RECRUITER, t(9),
        ContingencyKind.BACKGROUND_CHECK);

    assertThatThrownBy(() -> app.failOfferContingency(RECRUITER, t(10),
            ContingencyKind.BACKGROUND_CHECK))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("BACKGROUND_CHECK is not a pending contingency");
    assertThatThrownBy(() -> app.clearOfferContingency(RECRUITER, t(10),
            ContingencyKind.MEDICAL))
        .isInstanceOf(IllegalTransitionException.class);
    Application extended = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
        t(24 * 14), ApprovalChain.none(), CHECKS).extendOffer(RECRUITER, t(7));
    assertThatThrownBy(() -> extended.clearOfferContingency(RECRUITER, t(8),
            ContingencyKind.BACKGROUND_CHECK))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("EXTENDED");
  }

  @Test
  void theJustificationStaysOutOfToString() {
    assertThat(CHECKS.toString()).doesNotContain("competing");
    assertThat(acceptedWithChecks().currentOffer().orElseThrow().toString())
        .doesNotContain("competing").doesNotContain("visa");
  }

  @Test
  void aConditionalGroupJoinsTheChainAtSubmissionAndIsRecorded() {
    PayRange band = PayRange.of(Money.of("150000", "USD"), Money.of("180000", "USD"),
        PayPeriod.YEARLY);
    ApprovalRule overBand = ApprovalRule.baseAbove(band,
        ApprovalGroup.of("compensation", 1, CFO));
    ApprovalRule bigSignOn = ApprovalRule.signOnAbove(Money.of("50000", "USD"),
        ApprovalGroup.of("sign-on", 1, CEO));
    Application drafted = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
        t(24 * 14), ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE));

    Application submitted = drafted.submitOfferForApproval(RECRUITER, t(7),
        List.of(overBand, bigSignOn));

    Offer offer = submitted.currentOffer().orElseThrow();
    assertThat(offer.approvalChain().groups()).extracting(ApprovalGroup::name)
        .containsExactly(ApprovalChain.DEFAULT_GROUP, "compensation");
    OfferSubmittedForApproval event =
        (OfferSubmittedForApproval) submitted.history().get(submitted.history().size() - 1);
    assertThat(event.conditionalApprovers().orElseThrow().groups()).extracting(
        ApprovalGroup::name).containsExactly("compensation");
    // the CFO waits for finance: groups approve in order, never early
    assertThat(submitted.allowedOfferActions(APPROVER_CFO, t(8)))
        .doesNotContain(OfferAction.APPROVE);
    Application afterFinance = submitted.approveOffer(APPROVER_FINANCE, t(8));
    assertThat(afterFinance.currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.PENDING_APPROVAL);
    assertThat(afterFinance.approveOffer(APPROVER_CFO, t(9)).currentOffer().orElseThrow()
        .status()).isEqualTo(OfferStatus.APPROVED);
    // a replay applies the recorded groups, whatever rules exist later
    assertThat(Application.replay(submitted.history())).isEqualTo(submitted);
    // terms inside the band add nobody
    Application inBand = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("170000"),
        t(24 * 14), ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE))
        .submitOfferForApproval(RECRUITER, t(7), List.of(overBand, bigSignOn));
    assertThat(inBand.currentOffer().orElseThrow().approvalChain().groups()).hasSize(1);
    assertThat(((OfferSubmittedForApproval) inBand.history().get(inBand.history().size() - 1))
        .conditionalApprovers()).isEmpty();
  }

  @Test
  void anAwayApproverIsReplacedAndTheCountStays() {
    Application submitted = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
            t(24 * 14), ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CEO))
        .submitOfferForApproval(RECRUITER, t(7)).approveOffer(APPROVER_FINANCE, t(8));

    Application replaced = submitted.replaceOfferApprover(RECRUITER, t(9), CEO, CFO, "on leave");

    assertThat(replaced.history().get(replaced.history().size() - 1))
        .isInstanceOf(ApplicationEvent.OfferApproverReplaced.class);
    assertThat(replaced.history().get(replaced.history().size() - 1).toString())
        .doesNotContain("on leave");
    Offer offer = replaced.currentOffer().orElseThrow();
    assertThat(offer.approvalChain().required()).isEqualTo(2);
    assertThat(offer.approvals()).containsExactly(FINANCE);
    assertThat(replaced.allowedOfferActions(APPROVER_CEO, t(10)))
        .doesNotContain(OfferAction.APPROVE);
    assertThat(replaced.approveOffer(APPROVER_CFO, t(10)).currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.APPROVED);
    assertThatThrownBy(() -> submitted.replaceOfferApprover(RECRUITER, t(9), FINANCE, CFO,
            "on leave"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("not a pending approver");
  }
}
