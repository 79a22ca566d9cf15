package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.team.HiringRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Examples of how a guided intent's number picks its arguments among what the application
 * allows: the stage by the number modulo the stages, then the ask, choice, option or verdict by
 * the number divided, so that different numbers reach every combination.
 */
class GuidedPicksTest {
  private static final Actor CANDIDATE = Actor.candidate(Applications.CANDIDATE);
  private static final Actor COORDINATOR = Applications.ACTORS.get(1);
  private static final InterviewId TALK = InterviewId.of("talk");

  private static Stage stage(String id) {
    return Stage.builder().id(StageId.of(id)).name(id).kind(StageKind.SCREEN)
        .addFormat(StageFormat.VIDEO).addFormat(StageFormat.PHONE)
        .addAsks(ArtifactAsk.optional("cv", ArtifactKind.CV),
            ArtifactAsk.optional("portfolio", ArtifactKind.PORTFOLIO))
        .addChoices(StageChoice.builder().name("exercise").options(List.of("pairing",
                "take-home", "review")).required(false).build(),
            StageChoice.builder().name("slot").options(List.of("am", "pm")).required(false)
                .build())
        .addInterview(Interview.builder().id(InterviewId.of(id.equals("one") ? "talk" : "code"))
            .name("Talk").focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(30))
            .build())
        .build();
  }

  private static Application app() {
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    return Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(InterviewPlan.of(stage("one"), stage("two"), offer)), CANDIDATE,
        Applications.START);
  }

  @Test
  void aSubmissionPicksTheStageByTheRestAndTheAskByASeventhOfIt() {
    Application app = app();
    assertThat(app.artifactTargets(CANDIDATE)).containsExactly(StageId.of("one"),
        StageId.of("two"));
    for (int rest : new int[] {0, 1, 7, 8, 14, 15}) {
      ArtifactSteps.Submit step = (ArtifactSteps.Submit) ArtifactSteps.guided(app,
          ApplicationAction.SUBMIT_ARTIFACT, rest, CANDIDATE, Duration.ZERO);
      assertThat(step.stage()).as("rest %d", rest)
          .isEqualTo(StageId.of(rest % 2 == 0 ? "one" : "two"));
      assertThat(step.ask()).as("rest %d", rest).isEqualTo(rest / 7 % 2 == 0 ? "cv" : "portfolio");
    }
  }

  @Test
  void anAmendmentPicksTheVerdictByAThirdOfTheRestAndACoordinatorAmendsForTheInterviewer() {
    Actor alice = Actor.member(Applications.ALICE, HiringRole.INTERVIEWER);
    Application app = app().submitScorecard(alice, Applications.START, Scorecard.builder()
        .interview(TALK).interviewer(Applications.ALICE).recommendation(Recommendation.NO)
        .build());
    for (int rest : new int[] {0, 3, 6, 9, 12}) {
      ApplicationSteps.AmendScorecard step = (ApplicationSteps.AmendScorecard)
          ArtifactSteps.guided(app, ApplicationAction.AMEND_SCORECARD, rest, COORDINATOR,
              Duration.ZERO);
      assertThat(step.interview()).isEqualTo(TALK);
      assertThat(step.interviewer()).isEqualTo(Applications.ALICE);
      assertThat(step.rec()).as("rest %d", rest)
          .isEqualTo(rest / 3 % 4 == 0 ? Recommendation.YES : Recommendation.STRONG_YES);
    }
    ApplicationSteps.AmendScorecard own = (ApplicationSteps.AmendScorecard)
        ArtifactSteps.guided(app, ApplicationAction.AMEND_SCORECARD, 0, alice, Duration.ZERO);
    assertThat(own.interviewer()).isEqualTo(Applications.ALICE);
  }

  @Test
  void aChoicePicksTheChoiceByASeventhAndTheOptionByAThirdOfTheRest() {
    Application app = app();
    for (int rest : new int[] {0, 1, 3, 6, 7, 9, 14, 21}) {
      ChoiceSteps.Choose step = (ChoiceSteps.Choose) ChoiceSteps.guided(app,
          ApplicationAction.CHOOSE, rest, CANDIDATE, Duration.ZERO);
      assertThat(step.stage()).as("rest %d", rest)
          .isEqualTo(StageId.of(rest % 2 == 0 ? "one" : "two"));
      String choice = rest / 7 % 2 == 0 ? "exercise" : "slot";
      List<String> options = choice.equals("exercise") ? List.of("pairing", "take-home",
          "review") : List.of("am", "pm");
      assertThat(step.choice()).as("rest %d", rest).isEqualTo(choice);
      assertThat(step.option()).as("rest %d", rest)
          .isEqualTo(options.get(rest / 3 % options.size()));
    }
  }
}
