package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.AccommodationOutcome;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Applications;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section 5, "Choices, opt-ins and accommodation". */
class ChoiceGuideTest {
  @Test
  void aResearchInstitutesAnalystLoop() {
    // --- docs/modelling.md: begin
    StageId screen = StageId.of("screen");
    StageId caseDay = StageId.of("case-day");
    StageId offer = StageId.of("offer");
    InterviewPlan plan = InterviewPlan.of(
        Stage.builder().id(screen).name("Call with the lab lead").kind(StageKind.SCREEN)
            .addFormat(StageFormat.VIDEO).build(),
        Stage.builder().id(caseDay).name("Case day").kind(StageKind.ASSESSMENT)
            .addFormats(StageFormat.ON_SITE, StageFormat.VIDEO)
            .addChoices(
                StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.VIDEO),
                StageChoice.of("exercise", "live-case-study", "take-home-analysis"))
            .addOptIns("recording", "meet-the-team")
            .build(),
        Stage.builder().id(offer).name("Offer").kind(StageKind.OFFER)
            .addFormat(StageFormat.ASYNC).build());
    Role role = Applications.role(plan);      // hirekit-testing: an open role with this plan

    CandidateId ada = CandidateId.of("cand-ada");
    Actor candidate = Actor.candidate(ada);
    Actor coordinator = Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR);
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant t0 = Instant.parse("2026-09-07T08:00:00Z");

    Application app = Application.apply(ApplicationId.of("app-31"), ada, role, candidate, t0);
    app = app.advance(recruiter, t0.plusSeconds(3_600));              // at the case day

    // Both choices are required: the stage is not left before they are made.
    assertThat(app.allowedActions(recruiter)).doesNotContain(ApplicationAction.ADVANCE);
    assertThat(app.choiceTargets(candidate)).containsExactly(caseDay);

    app = app.choose(candidate, t0.plusSeconds(7_200), caseDay, "format", "VIDEO")
        .choose(candidate, t0.plusSeconds(7_260), caseDay, "exercise", "take-home-analysis")
        .optOut(candidate, t0.plusSeconds(7_320), caseDay, "recording")
        .optIn(candidate, t0.plusSeconds(7_380), caseDay, "meet-the-team")
        .requestAccommodation(candidate, t0.plusSeconds(7_440), caseDay,
            "Dyslexia: please allow 50% extra time for the written analysis");
    long request = app.version();                       // the request's event number
    app = app.arrangeAccommodation(coordinator, t0.plusSeconds(10_800), request,
        AccommodationOutcome.ARRANGED);

    assertThat(app.choicesAt(caseDay)).isEqualTo(Map.of("format", "VIDEO",
        "exercise", "take-home-analysis"));
    assertThat(app.optInsAt(caseDay)).isEqualTo(Map.of("recording", false,
        "meet-the-team", true));
    assertThat(app.accommodations().get(0).outcome()).contains(AccommodationOutcome.ARRANGED);
    assertThat(app.accommodations().get(0).toString()).doesNotContain("Dyslexia");

    // An option the stage does not offer is refused, and changes nothing.
    Application before = app;
    assertThatThrownBy(() -> before.choose(candidate, t0.plusSeconds(10_900), caseDay,
        "format", "PHONE")).isInstanceOf(IllegalTransitionException.class);

    app = app.advance(recruiter, t0.plusSeconds(86_400));             // to the offer stage

    // Erasure: the need is gone from the state and from every event.
    Application erased = app.anonymize();
    assertThat(erased.accommodations().get(0).need()).isEqualTo(Application.ERASED);
    assertThat(erased.history().toString()).doesNotContain("Dyslexia");
    assertThat(erased.choicesAt(caseDay)).isEqualTo(app.choicesAt(caseDay));
    // --- docs/modelling.md: end
    assertThat(app.stage()).contains(offer);
  }
}
