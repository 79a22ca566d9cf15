package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.plan.StageId;
import dev.hirekit.pool.PoolDue;
import dev.hirekit.pool.PoolDueKind;
import dev.hirekit.pool.PoolId;
import dev.hirekit.pool.PoolMove;
import dev.hirekit.pool.PoolRemoval;
import dev.hirekit.pool.TalentPool;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The talent pool example of docs/modelling.md, section 9, compiled and run. */
class PoolGuideTest {

  @Test
  void aRunnerUpWaitsInAReserveListAndMovesToANewOpeningWithHerDateOfInterest() {
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Actor headOfTalent = Actor.member(MemberId.of("hot-1"), HiringRole.APPROVER);
    Instant june = Instant.parse("2027-06-01T09:00:00Z");
    CandidateId runnerUp = CandidateId.of("c-runner-up");

    // Extensions need an approver: keeping data longer than promised is a decision.
    TalentPool reserve = TalentPool.create(PoolId.of("fde-reserve"), "FDE reserve list",
            List.of("silver-medalist", "contacted", "ready"), true, recruiter, june)
        .add(recruiter, june, runnerUp, "silver-medalist", "strong onsite, one opening only",
            Optional.of(Consent.of(june, june.plus(Duration.ofDays(365)))),
            june.plus(Duration.ofDays(180)));

    Instant november = june.plus(Duration.ofDays(170));
    reserve = reserve.extend(headOfTalent, november, runnerUp, june.plus(Duration.ofDays(270)));
    assertThat(reserve.due(june.plus(Duration.ofDays(200)))).isEmpty();

    // A second opening in New York: she skips what she already passed, dated from June.
    Role nyc = Role.draft(RoleId.of("fde-nyc"), Roles.seedPosting(), recruiter, november)
        .setPlan(recruiter, november, Plans.seed())
        .addOpening(recruiter, november, OpeningId.of("fde-nyc-1"))
        .open(recruiter, november);
    PoolMove move = reserve.moveToRole(recruiter, november.plus(Duration.ofDays(5)), runnerUp,
        nyc, ApplicationId.of("a-nyc-1"), StageId.of("interviews"), "second opening", true);
    Application application = move.application();
    assertThat(application.stage()).contains(StageId.of("interviews"));
    assertThat(application.history().get(0).at()).isEqualTo(june);
    assertThat(move.pool().entry(runnerUp)).isEmpty();

    // Another entry that runs out is listed as due, and removed by an event.
    CandidateId other = CandidateId.of("c-other");
    Instant december = november.plus(Duration.ofDays(10));
    TalentPool withOther = move.pool().add(recruiter, december, other, "silver-medalist",
        "good screen", Optional.empty(), december.plus(Duration.ofDays(30)));
    Instant later = december.plus(Duration.ofDays(31));
    assertThat(withOther.due(later)).containsExactly(new PoolDue(other,
        PoolDueKind.ENTRY_EXPIRED, december.plus(Duration.ofDays(30))));
    TalentPool cleaned = withOther.remove(Actor.system(), later, other, PoolRemoval.EXPIRED);
    assertThat(cleaned.entries()).isEmpty();
  }
}
