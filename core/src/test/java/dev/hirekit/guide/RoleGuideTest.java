package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.CountryArrangement;
import dev.hirekit.role.EmploymentArrangement;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.HeadcountKind;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleApproval;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.SeedRole;
import dev.hirekit.role.TimeZoneWindow;
import dev.hirekit.role.VisaSponsorship;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section 4 (roles and requisitions), compiled and run. */
class RoleGuideTest {

  @Test
  void aBackfillRequisitionAtL5WithTwoScheduledOpenings() {
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant monday = Instant.parse("2027-01-11T09:00:00Z");
    OpeningId first = OpeningId.of("sre-dublin-1");
    OpeningId second = OpeningId.of("sre-dublin-2");

    // An SRE team in Dublin replaces a leaver and grows by one seat, both at level L5.
    Role role = Role.draft(RoleId.of("sre-dublin"), SeedRole.posting(), recruiter, monday)
        .setPlan(recruiter, monday, SeedRole.plan())
        .addOpening(recruiter, monday, first)
        .addOpening(recruiter, monday, second)
        .setRequisition(recruiter, monday,
            Requisition.of(Level.of("L5", 5), HeadcountReason.newHeadcount()))
        .scheduleOpening(recruiter, monday, first, Optional.of(LocalDate.of(2027, 3, 1)),
            Optional.of(HeadcountReason.backfill("employee 4711")))
        .scheduleOpening(recruiter, monday, second, Optional.of(LocalDate.of(2027, 6, 1)),
            Optional.empty())
        .open(recruiter, monday);

    assertThat(role.reasonFor(first).map(HeadcountReason::kind))
        .contains(HeadcountKind.BACKFILL);
    assertThat(role.reasonFor(second).map(HeadcountReason::kind))
        .contains(HeadcountKind.NEW_HEADCOUNT);
    assertThat(role.requisition().orElseThrow().toString()).doesNotContain("4711");
    // On 2 March the backfill seat is late; the new seat is not due until June.
    assertThat(role.openingsPastTargetStart(LocalDate.of(2027, 3, 2)))
        .extracting(Opening::id).containsExactly(first);

    // A candidate is considered for the backfill seat, which must be an open opening.
    Application ada = Application.apply(ApplicationId.of("app-ada"), CandidateId.of("c-ada"),
        role, recruiter, monday.plusSeconds(3600));
    assertThat(ada.considerTargets(role, recruiter)).containsExactly(first, second);
    ada = ada.considerFor(role, recruiter, monday.plusSeconds(7200), first);
    assertThat(ada.consideredFor()).contains(first);
    assertThat(ada.considerTargets(role, recruiter)).containsExactly(second);
    Application linked = ada;
    assertThatThrownBy(() -> linked.considerFor(role, recruiter, monday.plusSeconds(7200),
        OpeningId.of("sre-dublin-9"))).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("opening sre-dublin-9 is not an open opening of role sre-dublin");
    assertThat(Application.replay(ada.history())).isEqualTo(ada);
  }

  @Test
  void aRemoteRoleInThreeStatesAndTwoCountriesWithoutACity() {
    // --- docs/modelling.md: begin remote
    RemotePolicy where = RemotePolicy.builder()
        .addAllowedRegions("US-CA", "US-OR", "US-WA")           // three states, no city
        .addAllowedCountries("CA", "PT")                        // two whole countries
        .addArrangements(
            CountryArrangement.of("US", EmploymentArrangement.EMPLOYEE),
            CountryArrangement.of("CA", EmploymentArrangement.CONTRACTOR),
            CountryArrangement.of("PT", EmploymentArrangement.EMPLOYER_OF_RECORD))
        .timeZones(TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.ofHours(1)))
        .build();
    Posting posting = Posting.builder().title("Support Engineer").department("Customer")
        .workplaceType(WorkplaceType.REMOTE).remotePolicy(where)  // no locations needed
        .visaSponsorship(VisaSponsorship.NOT_SPONSORED)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Answer hard questions from customers."))
        .build();

    assertThat(where.allowsRegion("US-OR")).isTrue();
    assertThat(where.allowsRegion("US-NY")).isFalse();
    assertThat(where.allowsCountry("PT")).isTrue();
    assertThat(where.arrangementIn("PT")).contains(EmploymentArrangement.EMPLOYER_OF_RECORD);
    assertThat(posting.locations()).isEmpty();
    // --- docs/modelling.md: end remote
  }

  @Test
  void aSeatThatFinanceThenAnExecutiveApproveBeforeItOpens() {
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant monday = Instant.parse("2027-01-11T09:00:00Z");
    Instant tuesday = monday.plusSeconds(86_400);

    // A new seat needs one of two finance partners, then the VP of engineering, to approve it.
    Requisition requisition = Requisition.builder()
        .level(Level.of("L5", 5))
        .reason(HeadcountReason.newHeadcount())
        .approvalChain(ApprovalChain.of(
            ApprovalGroup.of("finance", 1, MemberId.of("fin-1"), MemberId.of("fin-2")),
            ApprovalGroup.of("executive", 1, MemberId.of("vp-eng"))))
        .build();
    Role draft = Role.draft(RoleId.of("data-platform"), SeedRole.posting(), recruiter, monday)
        .setPlan(recruiter, monday, SeedRole.plan())
        .addOpening(recruiter, monday, OpeningId.of("data-platform-1"))
        .setRequisition(recruiter, monday, requisition);

    assertThat(draft.approval()).isEqualTo(RoleApproval.NOT_REQUESTED);
    assertThat(draft.allowedActions(recruiter)).contains(RoleAction.REQUEST_APPROVAL)
        .doesNotContain(RoleAction.OPEN);

    Role asked = draft.requestApproval(recruiter, monday)
        .approve(Actor.member(MemberId.of("fin-2"), HiringRole.APPROVER), monday);
    assertThat(asked.approvalChain().currentGroup(asked.approvals()).map(ApprovalGroup::name))
        .contains("executive");
    assertThat(asked.approvalChain().awaited(asked.approvals()))
        .containsExactly(MemberId.of("vp-eng"));

    // The VP is away: the CTO takes their place, recorded with the reason.
    Role approved = asked
        .replaceApprover(recruiter, tuesday, MemberId.of("vp-eng"), MemberId.of("cto"),
            "on leave")
        .approve(Actor.member(MemberId.of("cto"), HiringRole.APPROVER), tuesday);

    assertThat(approved.approval()).isEqualTo(RoleApproval.APPROVED);
    assertThat(approved.open(recruiter, tuesday).status()).isEqualTo(RoleStatus.OPEN);
  }
}
