package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.card;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Applications;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Regression: a debrief or an override of an earlier visit of a stage held its decision rules
 * when the application came back to the stage; each now belongs to the visit it was held in.
 */
class DecisionVisitTest {
  private static final MemberId LEAD = MemberId.of("hm-1");
  private static final Actor HIRING_MANAGER = Actor.member(LEAD, HiringRole.HIRING_MANAGER,
      HiringRole.INTERVIEWER);

  /** The seed plan whose interviews allow no "no", and hold for a debrief on a technical no. */
  private static Application atInterviewsWithANo(List<DecisionRule> rules) {
    InterviewPlan seed = SeedRole.plan();
    InterviewPlan plan = seed.withStages(seed.stages().stream()
        .map(s -> s.id().equals(SeedRole.INTERVIEWS) ? s.withDecisionRules(rules) : s)
        .collect(Collectors.toList()));
    Application app = Application.apply(Fixtures.APP, CANDIDATE_ID, Applications.role(plan),
        CANDIDATE, t(0));
    for (int i = 1; i <= 3; i++) {
      app = app.advance(RECRUITER, t(i));
    }
    return app.submitScorecard(Actor.member(LEAD, HiringRole.INTERVIEWER), t(4),
        card(SeedRole.TECHNICAL_INTERVIEW, LEAD, Recommendation.NO));
  }

  @Test
  void anOverrideOfAnEarlierVisitDoesNotHoldTheStageWhenTheApplicationComesBack() {
    Application overridden = atInterviewsWithANo(
        List.of(DecisionRule.noneAtOrBelow(Recommendation.NO)))
        .overrideDecision(HIRING_MANAGER, t(5), "strong referral, one bad hour");
    Application back = overridden.advance(RECRUITER, t(6))
        .moveTo(RECRUITER, t(7), SeedRole.INTERVIEWS);

    assertThat(overridden.allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
    assertThat(back.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    assertThat(back.allowedActions(HIRING_MANAGER))
        .contains(ApplicationAction.OVERRIDE_DECISION);
    assertThatThrownBy(() -> back.advance(RECRUITER, t(8)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("decision rule is not met");
    assertThat(back.overrideDecision(HIRING_MANAGER, t(8), "again, after the second round")
        .advance(RECRUITER, t(9)).stage()).contains(SeedRole.REFERENCES);
  }

  @Test
  void aDebriefOfAnEarlierVisitDoesNotCountWhenTheApplicationComesBack() {
    Application debriefed = atInterviewsWithANo(
        List.of(DecisionRule.debriefOnNo(InterviewFocus.TECHNICAL)))
        .debrief(HIRING_MANAGER, t(5), DebriefOutcome.ADVANCE);
    Application back = debriefed.advance(RECRUITER, t(6))
        .moveTo(RECRUITER, t(7), SeedRole.INTERVIEWS);

    assertThat(debriefed.allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
    assertThat(back.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    assertThat(back.debrief(HIRING_MANAGER, t(8), DebriefOutcome.ADVANCE)
        .allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
  }
}
