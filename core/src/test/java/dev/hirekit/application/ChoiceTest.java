package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.testing.Applications;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChoiceTest {
  static final StageId SCREEN = StageId.of("screen");
  static final StageId ONSITE = StageId.of("onsite");
  static final StageId OFFER = StageId.of("offer");
  static final String NEED = "Screen reader; 30 minutes extra for the exercise";

  static InterviewPlan plan() {
    return InterviewPlan.of(
        Stage.builder().id(SCREEN).name("Screen").kind(StageKind.SCREEN)
            .addFormat(StageFormat.PHONE).build(),
        Stage.builder().id(ONSITE).name("On-site day").kind(StageKind.INTERVIEW)
            .addFormats(StageFormat.ON_SITE, StageFormat.VIDEO)
            .addChoices(StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.VIDEO),
                StageChoice.builder().name("exercise").addOptions("pairing", "take-home")
                    .required(false).build())
            .addOptIns("recording", "extra-conversation").build(),
        Stage.builder().id(OFFER).name("Offer").kind(StageKind.OFFER)
            .addFormat(StageFormat.ASYNC).build());
  }

  static Application applied() {
    return Application.apply(Fixtures.APP, CANDIDATE_ID, Applications.role(plan()), CANDIDATE,
        t(0));
  }

  @Test
  void theCandidateChoosesAheadAndALaterChoiceReplacesTheEarlierOne() {
    Application app = applied();
    assertThat(app.allowedActions(CANDIDATE)).contains(ApplicationAction.CHOOSE);
    assertThat(app.choiceTargets(CANDIDATE)).containsExactly(ONSITE);

    app = app.choose(CANDIDATE, t(1), ONSITE, "format", "ON_SITE")
        .choose(CANDIDATE, t(2), ONSITE, "format", "VIDEO")
        .choose(COORDINATOR, t(3), ONSITE, "exercise", "take-home");

    assertThat(app.choicesAt(ONSITE)).isEqualTo(Map.of("format", "VIDEO",
        "exercise", "take-home"));
    assertThat(app.choicesAt(SCREEN)).isEmpty();
    assertThat(app.history()).filteredOn(e -> e instanceof ApplicationEvent.ChoiceMade)
        .hasSize(3);
    assertThat(app.history().get(1).type()).isEqualTo("application.choice_made");
    assertThat(Application.replay(app.history())).isEqualTo(app);
  }

  @Test
  void aChoiceOutsideTheOptionsIsRefusedAndChangesNothing() {
    Application app = applied();
    assertThatThrownBy(() -> app.choose(CANDIDATE, t(1), ONSITE, "format", "PHONE"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CHOOSE")
        .hasMessageContaining("'PHONE' is not an option of choice format at stage onsite")
        .hasMessageContaining("[ON_SITE, VIDEO]");
    assertThatThrownBy(() -> app.choose(CANDIDATE, t(1), ONSITE, "lunch", "pizza"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("offers no choice 'lunch'; its choices are [format, exercise]");
    assertThatThrownBy(() -> app.choose(CANDIDATE, t(1), SCREEN, "format", "VIDEO"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("offers no choice");
    assertThat(app.version()).isEqualTo(1);
  }

  @Test
  void aStageBehindTakesNoChoiceAndAnInterviewerOrAnotherCandidateChoosesNothing() {
    Application atOffer = applied().choose(CANDIDATE, t(1), ONSITE, "format", "VIDEO")
        .advance(RECRUITER, t(2)).advance(RECRUITER, t(3));
    assertThat(atOffer.allowedActions(CANDIDATE)).doesNotContain(ApplicationAction.CHOOSE);
    assertThat(atOffer.choiceTargets(CANDIDATE)).isEmpty();
    assertThatThrownBy(() -> atOffer.choose(CANDIDATE, t(4), ONSITE, "format", "ON_SITE"))
        .isInstanceOf(IllegalTransitionException.class);

    Application app = applied();
    assertThat(app.allowedActions(INTERVIEWER_ALICE)).doesNotContain(ApplicationAction.CHOOSE,
        ApplicationAction.OPT_IN, ApplicationAction.REQUEST_ACCOMMODATION);
    assertThatThrownBy(() -> app.choose(INTERVIEWER_ALICE, t(1), ONSITE, "format", "VIDEO"))
        .isInstanceOf(IllegalTransitionException.class);
    Actor stranger = Actor.candidate(CandidateId.of("cand-other"));
    assertThatThrownBy(() -> app.choose(stranger, t(1), ONSITE, "format", "VIDEO"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("is not the candidate of this application");
  }

  @Test
  void aRequiredChoiceNotMadeHoldsTheStage() {
    Application atOnsite = applied().advance(RECRUITER, t(1));
    assertThat(atOnsite.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    assertThatThrownBy(() -> atOnsite.advance(RECRUITER, t(2)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage onsite needs the candidate's choice of format"
            + " (one of [ON_SITE, VIDEO]) before it is left");

    // The optional exercise choice may stay open.
    Application chosen = atOnsite.choose(CANDIDATE, t(2), ONSITE, "format", "ON_SITE");
    assertThat(chosen.allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
    assertThat(chosen.advance(RECRUITER, t(3)).stage()).contains(OFFER);
  }

  @Test
  void theLatestOptInAnswerCounts() {
    Application app = applied();
    assertThat(app.optInTargets(CANDIDATE)).containsExactly(ONSITE);
    app = app.optIn(CANDIDATE, t(1), ONSITE, "recording")
        .optOut(CANDIDATE, t(2), ONSITE, "recording")
        .optIn(RECRUITER, t(3), ONSITE, "extra-conversation");
    assertThat(app.optInsAt(ONSITE)).isEqualTo(Map.of("recording", false,
        "extra-conversation", true));
    assertThat(app.history().get(2).type()).isEqualTo("application.opted_out");
    Application answered = app;
    assertThatThrownBy(() -> answered.optIn(CANDIDATE, t(4), ONSITE, "catering"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("declares no opt-in 'catering'");
    assertThatThrownBy(() -> answered.optIn(CANDIDATE, t(4), SCREEN, "recording"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void anAccommodationIsKeptNeverShownAndErased() {
    Application app = applied().requestAccommodation(CANDIDATE, t(1), ONSITE, NEED);
    long request = app.version();
    assertThat(app.accommodations()).containsExactly(new Accommodation(request, ONSITE, NEED,
        t(1), Optional.empty()));
    assertThat(app.accommodationsToArrange(RECRUITER)).containsExactly(request);
    assertThat(app.accommodationsToArrange(CANDIDATE)).isEmpty();
    assertThat(app.allowedActions(CANDIDATE))
        .doesNotContain(ApplicationAction.ARRANGE_ACCOMMODATION);
    assertThat(app.history().get(1).toString()).doesNotContain("Screen reader")
        .contains("need=<redacted>");
    assertThat(app.accommodations().get(0).toString()).doesNotContain("Screen reader");

    app = app.arrangeAccommodation(RECRUITER, t(2), request,
        AccommodationOutcome.PARTLY_ARRANGED);
    assertThat(app.accommodations().get(0).outcome())
        .contains(AccommodationOutcome.PARTLY_ARRANGED);
    assertThat(app.allowedActions(RECRUITER))
        .doesNotContain(ApplicationAction.ARRANGE_ACCOMMODATION);
    Application arranged = app;
    assertThatThrownBy(() -> arranged.arrangeAccommodation(RECRUITER, t(3), request,
        AccommodationOutcome.ARRANGED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageNotContaining("Screen reader");

    Application anon = app.anonymize();
    assertThat(anon.accommodations().get(0).need()).isEqualTo(Application.ERASED);
    assertThat(anon.accommodations().get(0).outcome())
        .contains(AccommodationOutcome.PARTLY_ARRANGED);
    assertThat(anon.history()).allSatisfy(e ->
        assertThat(e.toString()).doesNotContain("Screen reader"));
    assertThat(((ApplicationEvent.AccommodationRequested) anon.history().get(1)).need())
        .isEqualTo(Application.ERASED);
    assertThat(anon.anonymize()).isEqualTo(anon);
  }

  @Test
  void aBlankNeedIsInvalidAndNotEchoed() {
    assertThatThrownBy(() -> applied().requestAccommodation(CANDIDATE, t(1), ONSITE, " \t"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("need");
  }

  @Test
  void aMigrationCarriesChoicesToTheMappedStage() {
    Application app = applied().choose(CANDIDATE, t(1), ONSITE, "format", "VIDEO")
        .optIn(CANDIDATE, t(1), ONSITE, "recording");
    StageId day = StageId.of("interview-day");
    InterviewPlan next = plan().withVersion(2).withStages(List.of(plan().stages().get(0),
        plan().stages().get(1).withId(day), plan().stages().get(2)));
    Application migrated = app.migrate(RECRUITER, t(2), next, Map.of(SCREEN, SCREEN,
        ONSITE, day, OFFER, OFFER));
    assertThat(migrated.choicesAt(day)).isEqualTo(Map.of("format", "VIDEO"));
    assertThat(migrated.optInsAt(day)).isEqualTo(Map.of("recording", true));
    assertThat(migrated.choicesAt(ONSITE)).isEmpty();
  }

  @Test
  void aStageChoiceHasTwoOrMoreDistinctIdentifiersAndAFormatChoiceOffersTheStagesFormats() {
    assertThatThrownBy(() -> StageChoice.of("exercise", "pairing"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> StageChoice.of("exercise", "pairing", "pairing"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("repeats pairing");
    assertThatThrownBy(() -> StageChoice.of("exercise", "pairing", "take home"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> StageChoice.of("exercise", (String[]) null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> StageChoice.of("exercise", "pairing", null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> StageChoice.ofFormats(StageFormat.VIDEO, null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Stage.builder().id(ONSITE).name("Day").kind(StageKind.INTERVIEW)
        .addFormats(StageFormat.ON_SITE, StageFormat.VIDEO)
        .addChoices(StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.PHONE)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("offers PHONE, which is not a format of stage onsite");
    assertThatThrownBy(() -> Stage.builder().id(ONSITE).name("Day").kind(StageKind.INTERVIEW)
        .addFormat(StageFormat.VIDEO).addChoices(StageChoice.of("exercise", "a", "b"),
            StageChoice.of("exercise", "c", "d")).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("repeats exercise");
    assertThatThrownBy(() -> Stage.builder().id(ONSITE).name("Day").kind(StageKind.INTERVIEW)
        .addFormat(StageFormat.VIDEO).addOptIns("be recorded").build())
        .isInstanceOf(InvalidValueException.class);
    assertThat(StageChoice.of("exercise", "a", "b").required()).isTrue();
  }
}
