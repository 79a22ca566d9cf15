package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RequirementOutcome;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requirements example of docs/modelling.md, section 4, compiled and run. */
class RequirementGuideTest {

  @Test
  void aFederalPostAsksForCitizenshipBeforeTheInterviewsAndAClearanceBeforeTheHire() {
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant now = Instant.parse("2027-04-05T09:00:00Z");
    CandidateId candidate = CandidateId.of("c-17");

    Requirement citizen = Requirement.builder().name("us-citizen")
        .kind(RequirementKind.CITIZENSHIP).description("United States citizenship").build();
    Requirement secret = Requirement.of("secret-clearance", RequirementKind.SECURITY_CLEARANCE);
    InterviewPlan plan = InterviewPlan.builder()
        .addStages(
            Stage.builder().id(StageId.of("review")).name("Application review")
                .kind(StageKind.APPLICATION_REVIEW).addFormat(StageFormat.ASYNC)
                .addRequires("us-citizen").build(),
            Stage.builder().id(StageId.of("panel")).name("Panel interview")
                .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO).build(),
            Stage.builder().id(StageId.of("offer")).name("Tentative offer")
                .kind(StageKind.OFFER).addFormat(StageFormat.ASYNC)
                .addRequires("secret-clearance").build())
        .addRequirements(citizen, secret)
        .build();
    Role role = Role.draft(RoleId.of("analyst-dc"), SeedRole.posting(), recruiter, now)
        .setPlan(recruiter, now, plan).addOpening(recruiter, now, OpeningId.of("analyst-1"))
        .open(recruiter, now);

    Application app = Application.apply(ApplicationId.of("app-17"), candidate, role, recruiter,
        now);
    assertThat(app.allowedActions(recruiter)).contains(ApplicationAction.CHECK_REQUIREMENT)
        .doesNotContain(ApplicationAction.ADVANCE);
    app = app.checkRequirement(recruiter, now, "us-citizen", RequirementOutcome.MET)
        .advance(recruiter, now);

    assertThat(app.stage()).contains(StageId.of("panel"));
    assertThat(app.requirementOutcomes())
        .containsExactly(Map.entry("us-citizen", RequirementOutcome.MET));
  }
}
