package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidacy.CandidacyRefusal;
import dev.hirekit.candidacy.CandidacyRule;
import dev.hirekit.candidacy.CandidacyRules;
import dev.hirekit.candidacy.CandidacyVerdict;
import dev.hirekit.candidacy.CandidateMerges;
import dev.hirekit.candidacy.Cooldown;
import dev.hirekit.candidacy.CooldownScope;
import dev.hirekit.candidacy.Proposal;
import dev.hirekit.candidacy.RoleFamily;
import dev.hirekit.candidacy.StageCredit;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Plans;
import dev.hirekit.testing.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidacy example of docs/modelling.md, section 7, compiled and run. */
class CandidacyGuideTest {

  @Test
  void aTakeHomePassedInMarchCountsInMayAndARejectionWaitsSixMonths() {
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant march = Instant.parse("2027-03-01T09:00:00Z");
    Role sf = Role.draft(RoleId.of("fde-sf"), Roles.seedPosting(), recruiter, march)
        .setPlan(recruiter, march, Plans.seed())
        .addOpening(recruiter, march, OpeningId.of("fde-sf-1")).open(recruiter, march);
    Role nyc = Role.draft(RoleId.of("fde-nyc"), Roles.seedPosting(), recruiter, march)
        .setPlan(recruiter, march, Plans.seed())
        .addOpening(recruiter, march, OpeningId.of("fde-nyc-1")).open(recruiter, march);
    RoleFamily fde = RoleFamily.of("forward-deployed");
    Map<RoleId, RoleFamily> families = Map.of(sf.id(), fde, nyc.id(), fde);
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY))
        .addCredit(StageCredit.of(StageKind.APPLICATION_REVIEW, Duration.ofDays(365)))
        .addCredit(StageCredit.of(StageKind.SCREEN, Duration.ofDays(365)))
        .addCredit(StageCredit.of(StageKind.ASSESSMENT, Duration.ofDays(180)))
        .maxInProcess(2)
        .build();

    // Ada passes review, the call and the take-home for San Francisco, then takes another job.
    CandidateId ada = CandidateId.of("c-ada");
    Application sfAda = Application.apply(ApplicationId.of("a-1"), ada, sf,
            Actor.candidate(ada), march)
        .advance(recruiter, march.plus(Duration.ofDays(2)))
        .advance(recruiter, march.plus(Duration.ofDays(5)))
        .advance(recruiter, march.plus(Duration.ofDays(9)))
        .withdraw(Actor.candidate(ada), march.plus(Duration.ofDays(10)), "accepted elsewhere");
    // In May she asks about New York: she may enter at the interviews.
    Instant may = Instant.parse("2027-05-10T09:00:00Z");
    Proposal atInterviews = Proposal.apply(nyc.id(), nyc.plan().orElseThrow(),
        StageId.of("interviews"), may);
    assertThat(rules.check(List.of(sfAda), families, atInterviews).allowed()).isTrue();

    // Grace was rejected after her interviews for San Francisco in March.
    CandidateId grace = CandidateId.of("c-grace");
    Application sfGrace = Application.apply(ApplicationId.of("g-1"), grace, sf,
            Actor.candidate(grace), march)
        .advance(recruiter, march.plus(Duration.ofDays(1)))
        .reject(recruiter, march.plus(Duration.ofDays(3)),
            RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    CandidacyVerdict verdict = rules.check(List.of(sfGrace), families,
        Proposal.apply(nyc.id(), may));
    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.refusals()).extracting(CandidacyRefusal::rule)
        .containsExactly(CandidacyRule.COOLDOWN);
    assertThat(verdict.allowedFrom())
        .contains(march.plus(Duration.ofDays(3)).plus(Duration.ofDays(180)));

    // Duplicate records of one person (the section's second example).
    // A referral for Ada made a second record, with a prospect for San Francisco.
    CandidateId adaReferred = CandidateId.of("c-ada-referred");
    Application referredAda = Application.prospect(ApplicationId.of("a-2"), adaReferred, sf,
        recruiter, may);
    CandidateMerges merges = CandidateMerges.none()
        .merge(adaReferred, ada, recruiter, may, "same email on both");
    List<Application> hers = merges.applicationsOf(ada, List.of(sfAda, sfGrace, referredAda));
    assertThat(hers).containsExactly(sfAda, referredAda); // each with every event it had
    // The prospect counts for her: no second application to San Francisco.
    assertThat(rules.check(hers, families, Proposal.apply(sf.id(), may), merges)
        .refusals())
        .extracting(CandidacyRefusal::rule).contains(CandidacyRule.ALREADY_IN_PROCESS);

    // Transferring an application to another role of its family (the section's third example).
    // Linus applies for San Francisco in May and passes review and the call, then asks to move
    // to New York: the same family, and his own passes let him enter at the take-home there.
    CandidateId linus = CandidateId.of("c-linus");
    Application sfLinus = Application.apply(ApplicationId.of("l-1"), linus, sf,
            Actor.candidate(linus), may)
        .advance(recruiter, may.plus(Duration.ofDays(1)))
        .advance(recruiter, may.plus(Duration.ofDays(2)));
    Instant asked = may.plus(Duration.ofDays(3));
    assertThat(rules.check(List.of(sfLinus), families, Proposal.transfer(sfLinus.id(), nyc.id(),
        nyc.plan().orElseThrow(), StageId.of("take-home"), asked)).allowed()).isTrue();
    Application nycLinus = sfLinus.transfer(nyc, recruiter, asked, StageId.of("take-home"),
        "prefers the New York team");
    assertThat(nycLinus.id()).isEqualTo(sfLinus.id());
    assertThat(nycLinus.roleId()).isEqualTo(nyc.id());
    assertThat(nycLinus.history()).startsWith(sfLinus.history().toArray(ApplicationEvent[]::new));
    assertThat(nycLinus.history().get(0).at()).isEqualTo(may); // the date he applied stays
  }
}
