package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Applications;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section "2. Scoring", "Amending a scorecard". */
class AmendmentGuideTest {
  @Test
  void anInterviewerCorrectsTheirCardAfterTheCalibration() {
    // --- docs/modelling.md: begin
    MemberId priya = MemberId.of("m-priya");
    InterviewId design = InterviewId.of("system-design");
    Stage loop = Stage.builder().id(StageId.of("loop")).name("Interview loop")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO)
        .addInterview(Interview.builder().id(design).name("System design")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(60))
            .addInterviewers(priya).build())
        .decisionRules(List.of(DecisionRule.noneAtOrBelow(Recommendation.NO)))
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer")
        .kind(StageKind.OFFER).addFormat(StageFormat.ASYNC).build();
    Instant t0 = Instant.parse("2026-11-02T15:00:00Z");
    Actor interviewer = Actor.member(priya, HiringRole.INTERVIEWER);
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);

    Application app = Application.apply(ApplicationId.of("app-77"), CandidateId.of("c-77"),
        Applications.role(InterviewPlan.of(loop, offer)), recruiter, t0);
    Scorecard first = Scorecard.builder().interview(design).interviewer(priya)
        .recommendation(Recommendation.NO).notes("Missed the caching layer").build();
    app = app.submitScorecard(interviewer, t0.plusSeconds(3_600), first);
    assertThat(app.allowedActions(recruiter)).doesNotContain(ApplicationAction.ADVANCE);

    // After the calibration Priya finds she misread her notes: a new event, same interview.
    Scorecard corrected = first.withRecommendation(Recommendation.YES)
        .withNotes("Covered caching in the follow-up; I had missed it in my notes");
    app = app.amendScorecard(interviewer, t0.plusSeconds(7_200), corrected);

    assertThat(app.scorecards()).containsExactly(corrected);           // the latest version
    assertThat(app.scorecardVersions(design, priya)).containsExactly(first, corrected);
    assertThat(app.history().get(2).type()).isEqualTo("application.scorecard_amended");
    assertThat(app.allowedActions(recruiter)).contains(ApplicationAction.ADVANCE);
    // --- docs/modelling.md: end
  }
}
