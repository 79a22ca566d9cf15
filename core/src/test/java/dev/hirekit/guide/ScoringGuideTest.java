package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.DebriefOutcome;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Roles;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section "2. Scoring", compiled and run. */
class ScoringGuideTest {

  @Test
  void aFacultySearchScoresOnAOneToFourRubricAndDebriefsAnyNoOnCollegiality() {
    Instant t0 = Instant.parse("2026-09-01T09:00:00Z");
    ScoringScale rubric = ScoringScale.builder().name("Search committee rubric")
        .addLabels(ScaleLabel.of("1 - Not qualified", Recommendation.DEFINITELY_NOT),
            ScaleLabel.of("2 - Below the bar", Recommendation.NO),
            ScaleLabel.of("3 - Meets the bar", Recommendation.YES),
            ScaleLabel.of("4 - Outstanding", Recommendation.STRONG_YES))
        .abstain("Conflict of interest")
        .build();
    MemberId chair = MemberId.of("chair");
    MemberId dean = MemberId.of("dean-office");
    MemberId colleague = MemberId.of("colleague");
    Stage campusVisit = Stage.builder().id(StageId.of("campus-visit")).name("Campus visit")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.ON_SITE)
        .addInterview(Interview.builder().id(InterviewId.of("job-talk")).name("Job talk")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(60))
            .addInterviewers(chair, dean).build())
        .addInterview(Interview.builder().id(InterviewId.of("collegiality"))
            .name("Meeting with the department").focus(InterviewFocus.NON_TECHNICAL)
            .duration(Duration.ofMinutes(45)).addInterviewer(colleague).build())
        .scale(rubric)
        .addDecisionRules(DecisionRule.everyInterviewCovered(),
            DecisionRule.atLeastOne(Recommendation.STRONG_YES),
            DecisionRule.debriefOnNo(InterviewFocus.NON_TECHNICAL))
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Role search = Role.draft(RoleId.of("assistant-professor-history"), Roles.seedPosting(),
            Actor.system(), t0)
        .setPlan(Actor.system(), t0, InterviewPlan.of(campusVisit, offer))
        .addOpening(Actor.system(), t0, OpeningId.of("history-line-1"))
        .open(Actor.system(), t0);
    Actor hiringManager = Actor.member(chair, HiringRole.HIRING_MANAGER,
        HiringRole.INTERVIEWER);
    Application app = Application.apply(ApplicationId.of("app-h-1"), CandidateId.of("c-1"),
        search, Actor.candidate(CandidateId.of("c-1")), t0);

    app = app.submitScorecard(hiringManager, t0.plusSeconds(60), Scorecard.builder()
        .interview(InterviewId.of("job-talk")).interviewer(chair)
        .answer(rubric, "4 - Outstanding").build());
    // feedback stays independent: the dean sees only their own card until theirs is in
    assertThat(app.visibleScorecards(dean, campusVisit.id())).isEmpty();
    app = app.submitScorecard(Actor.member(dean, HiringRole.INTERVIEWER), t0.plusSeconds(120),
        Scorecard.builder().interview(InterviewId.of("job-talk")).interviewer(dean)
            .answer(rubric, "Conflict of interest").build()); // an abstention, never a vote
    assertThat(app.visibleScorecards(dean, campusVisit.id())).hasSize(2);
    app = app.submitScorecard(Actor.member(colleague, HiringRole.INTERVIEWER),
        t0.plusSeconds(180), Scorecard.builder().interview(InterviewId.of("collegiality"))
            .interviewer(colleague).answer(rubric, "2 - Below the bar").build());

    Application beforeDebrief = app;
    assertThat(app.allowedActions(hiringManager)).doesNotContain(ApplicationAction.ADVANCE)
        .contains(ApplicationAction.DEBRIEF, ApplicationAction.OVERRIDE_DECISION);
    assertThatThrownBy(() -> beforeDebrief.advance(hiringManager, t0.plusSeconds(240)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("a debrief with outcome ADVANCE");

    app = app.debrief(hiringManager, t0.plusSeconds(300), DebriefOutcome.ADVANCE);
    assertThat(app.allowedActions(hiringManager)).contains(ApplicationAction.ADVANCE);
    app = app.advance(hiringManager, t0.plusSeconds(360));
    assertThat(app.stage()).contains(StageId.of("offer"));
    assertThat(app.history().get(4).type()).isEqualTo("application.debriefed");
  }
}
