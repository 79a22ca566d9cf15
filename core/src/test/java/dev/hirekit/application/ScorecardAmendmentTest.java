package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.ALICE;
import static dev.hirekit.application.Fixtures.BOB;
import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.INTERVIEWER_BOB;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.card;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.role.SeedRole.NON_TECHNICAL_INTERVIEW;
import static dev.hirekit.role.SeedRole.TECHNICAL_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.SeedRole;
import dev.hirekit.testing.Applications;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScorecardAmendmentTest {
  static Application scored() {
    return Fixtures.atInterviews()
        .submitScorecard(INTERVIEWER_ALICE, t(4), card(TECHNICAL_INTERVIEW, ALICE,
            Recommendation.YES));
  }

  @Test
  void anAmendmentReplacesTheCardAndTheHistoryKeepsTheOriginal() {
    Application app = scored();
    Scorecard original = app.scorecards().get(0);
    Scorecard amended = original.withRecommendation(Recommendation.NO).withNotes("On reflection");
    app = app.amendScorecard(INTERVIEWER_ALICE, t(5), amended);

    assertThat(app.scorecards()).containsExactly(amended);
    assertThat(app.scorecardVersions(TECHNICAL_INTERVIEW, ALICE))
        .containsExactly(original, amended);
    assertThat(app.scorecardVersions(NON_TECHNICAL_INTERVIEW, ALICE)).isEmpty();
    assertThat(app.history().get(app.history().size() - 1).type())
        .isEqualTo("application.scorecard_amended");
    assertThat(app.history()).filteredOn(e -> e instanceof ApplicationEvent.ScorecardSubmitted)
        .singleElement().satisfies(e -> assertThat(
            ((ApplicationEvent.ScorecardSubmitted) e).scorecard()).isEqualTo(original));
    assertThat(Application.replay(app.history())).isEqualTo(app);
    assertThat(app.anonymize().scorecardVersions(TECHNICAL_INTERVIEW, ALICE)).hasSize(2)
        .allSatisfy(c -> assertThat(c.notes()).isEmpty());
  }

  @Test
  void onlyTheInterviewerOrACoordinatorAmendsAndOnlyACardThatIsIn() {
    Application app = scored();
    assertThat(app.allowedActions(INTERVIEWER_ALICE)).contains(ApplicationAction.AMEND_SCORECARD);
    assertThat(app.amendableInterviews(INTERVIEWER_ALICE)).containsExactly(TECHNICAL_INTERVIEW);
    assertThat(app.allowedActions(INTERVIEWER_BOB))
        .doesNotContain(ApplicationAction.AMEND_SCORECARD);
    assertThat(app.amendableInterviews(INTERVIEWER_BOB)).isEmpty();
    assertThat(app.allowedActions(COORDINATOR)).contains(ApplicationAction.AMEND_SCORECARD);
    assertThat(app.allowedActions(CANDIDATE)).doesNotContain(ApplicationAction.AMEND_SCORECARD);
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.AMEND_SCORECARD);

    Application before = app;
    assertThatThrownBy(() -> before.amendScorecard(INTERVIEWER_BOB, t(5),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot AMEND_SCORECARD (int-bob has no submitted scorecard of"
            + " stage interviews to amend; an interviewer amends only their own card)");
    Application bobScored = app.submitScorecard(INTERVIEWER_BOB, t(5),
        card(NON_TECHNICAL_INTERVIEW, BOB, Recommendation.YES));
    assertThatThrownBy(() -> bobScored.amendScorecard(INTERVIEWER_BOB, t(6),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("a member amends only their own scorecard, not int-alice's");
    assertThatThrownBy(() -> bobScored.amendScorecard(INTERVIEWER_BOB, t(6),
        card(TECHNICAL_INTERVIEW, BOB, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("int-bob has no submitted scorecard for interviews-technical to"
            + " amend; submit one first");
    assertThatThrownBy(() -> bobScored.amendScorecard(INTERVIEWER_BOB, t(6),
        card(dev.hirekit.plan.InterviewId.of("elsewhere"), BOB, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("interview elsewhere is not held in stage interviews");
    assertThat(bobScored.version()).isEqualTo(before.version() + 1);

    Application byCoordinator = app.amendScorecard(COORDINATOR, t(6),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.STRONG_YES));
    assertThat(byCoordinator.scorecards()).extracting(Scorecard::recommendation)
        .containsExactly(Recommendation.STRONG_YES);
    assertThat(Fixtures.atInterviews().allowedActions(COORDINATOR))
        .doesNotContain(ApplicationAction.AMEND_SCORECARD);
  }

  @Test
  void onceTheStageIsLeftItsCardsAreNoLongerAmended() {
    Application app = scored().submitScorecard(INTERVIEWER_BOB, t(5),
        card(NON_TECHNICAL_INTERVIEW, BOB, Recommendation.YES)).advance(RECRUITER, t(6));
    assertThat(app.allowedActions(INTERVIEWER_ALICE))
        .doesNotContain(ApplicationAction.AMEND_SCORECARD);
    assertThatThrownBy(() -> app.amendScorecard(INTERVIEWER_ALICE, t(7),
        card(TECHNICAL_INTERVIEW, ALICE, Recommendation.NO)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void theExitAndDecisionRulesCountTheAmendedCard() {
    InterviewPlan seed = SeedRole.plan();
    InterviewPlan plan = seed.withStages(seed.stages().stream()
        .map(s -> s.id().equals(SeedRole.INTERVIEWS)
            ? s.withRequiredScorecards(2).withMinimumRecommendation(Recommendation.YES)
                .withDecisionRules(List.of(DecisionRule.atLeastOne(Recommendation.STRONG_YES)))
            : s)
        .collect(Collectors.toList()));
    Application app = Application.apply(Fixtures.APP, Fixtures.CANDIDATE_ID,
            Applications.role(plan), CANDIDATE, t(0))
        .advance(RECRUITER, t(1)).advance(RECRUITER, t(2)).advance(RECRUITER, t(3))
        .submitScorecard(INTERVIEWER_ALICE, t(4), card(TECHNICAL_INTERVIEW, ALICE,
            Recommendation.YES))
        .submitScorecard(INTERVIEWER_BOB, t(5), card(NON_TECHNICAL_INTERVIEW, BOB,
            Recommendation.NO));
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    app = app.amendScorecard(INTERVIEWER_BOB, t(6), card(NON_TECHNICAL_INTERVIEW, BOB,
        Recommendation.YES));
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    app = app.amendScorecard(INTERVIEWER_ALICE, t(7), card(TECHNICAL_INTERVIEW, ALICE,
        Recommendation.STRONG_YES));
    assertThat(app.allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
    app = app.amendScorecard(INTERVIEWER_ALICE, t(8), card(TECHNICAL_INTERVIEW, ALICE,
        Recommendation.YES));
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    assertThat(app.scorecards()).hasSize(2);
  }
}
