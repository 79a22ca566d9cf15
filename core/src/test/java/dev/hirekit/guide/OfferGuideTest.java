package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section 3, "Offers". */
class OfferGuideTest {
  @Test
  void aHospitalOfferWithGroupsAConditionalApproverAndChecks() {
    Role role = SeedRole.role().open(Actor.system(), SeedRole.DRAFTED.plusSeconds(60));
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant t0 = Instant.parse("2026-09-01T09:00:00Z");
    Application app = Application.apply(ApplicationId.of("app-1"), CandidateId.of("cand-1"),
        role, Actor.candidate(CandidateId.of("cand-1")), t0);
    for (int i = 1; i <= 5; i++) {
      app = app.advance(recruiter, t0.plus(Duration.ofHours(i)));
    }
    // --- docs/modelling.md: begin
    MemberId wardLead = MemberId.of("ward-lead");
    MemberId hr1 = MemberId.of("hr-1");
    MemberId hr2 = MemberId.of("hr-2");
    MemberId hr3 = MemberId.of("hr-3");
    MemberId hr4 = MemberId.of("hr-4");
    MemberId financeDirector = MemberId.of("finance-director");
    ApprovalChain chain = ApprovalChain.of(
        ApprovalGroup.of("ward", 1, wardLead),
        ApprovalGroup.builder().name("people team").required(2).mode(ApprovalMode.PARALLEL)
            .addMembers(hr1, hr2, hr3).build());
    ApprovalRule overBand = ApprovalRule.baseAbove(
        PayRange.of(Money.of("52000", "GBP"), Money.of("61000", "GBP"), PayPeriod.YEARLY),
        ApprovalGroup.of("finance", 1, financeDirector));
    Compensation terms = Compensation.builder()
        .base(PayRate.of(Money.of("64000", "GBP"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 11, 2)).employmentType(EmploymentType.FULL_TIME)
        .build();
    OfferDetails details = OfferDetails.builder()
        .justification("Night-shift lead; the band has not moved in two years")
        .addContingency(Contingency.of(ContingencyKind.REFERENCES))
        .addContingency(Contingency.of(ContingencyKind.RIGHT_TO_WORK))
        .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK, "enhanced check"))
        .build();
    Instant t = Instant.parse("2026-09-10T09:00:00Z");
    app = app.draftOffer(recruiter, t, OfferId.of("offer-1"), terms, t.plus(Duration.ofDays(14)),
            chain, details)
        .submitOfferForApproval(recruiter, t.plusSeconds(60), List.of(overBand));
    // the base is above the band: finance joins after the people team
    app = app.approveOffer(Actor.member(wardLead, HiringRole.APPROVER), t.plusSeconds(120))
        .approveOffer(Actor.member(hr1, HiringRole.APPROVER), t.plusSeconds(180))
        .replaceOfferApprover(recruiter, t.plusSeconds(240), hr2, hr4, "on leave")
        .approveOffer(Actor.member(hr4, HiringRole.APPROVER), t.plusSeconds(300))
        .approveOffer(Actor.member(financeDirector, HiringRole.APPROVER), t.plusSeconds(360))
        .extendOffer(recruiter, t.plusSeconds(420))
        .acceptOffer(recruiter, t.plus(Duration.ofDays(2)));
    // accepted, but the hire waits for the checks
    assertThat(app.allowedActions(recruiter)).doesNotContain(ApplicationAction.HIRE);
    assertThat(app.hireTargets(role, recruiter)).isEmpty();
    app = app.clearOfferContingency(recruiter, t.plus(Duration.ofDays(3)),
            ContingencyKind.REFERENCES)
        .clearOfferContingency(recruiter, t.plus(Duration.ofDays(4)),
            ContingencyKind.RIGHT_TO_WORK)
        .clearOfferContingency(recruiter, t.plus(Duration.ofDays(9)),
            ContingencyKind.BACKGROUND_CHECK);
    Staffing.Staffed staffed = Staffing.hire(role, app, recruiter, t.plus(Duration.ofDays(9)),
        SeedRole.OPENING);
    // --- docs/modelling.md: end
    assertThat(staffed.application().currentOffer().orElseThrow().status())
        .isEqualTo(OfferStatus.ACCEPTED);
    assertThat(staffed.application().currentOffer().orElseThrow().approvalChain().groups())
        .extracting(ApprovalGroup::name).containsExactly("ward", "people team", "finance");
    Application early = app;
    assertThatThrownBy(() -> early.failOfferContingency(recruiter, t.plus(Duration.ofDays(9)),
            ContingencyKind.MEDICAL))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(app.allowedOfferActions(recruiter, t.plus(Duration.ofDays(9))))
        .doesNotContain(OfferAction.CLEAR_CONTINGENCY);
  }
}
