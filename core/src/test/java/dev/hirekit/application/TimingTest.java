package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Roles;
import dev.hirekit.time.Due;
import dev.hirekit.time.WorkCalendar;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimingTest {
  private static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec"), HiringRole.RECRUITER);
  private static final Actor CANDIDATE = Actor.candidate(CandidateId.of("c-1"));
  private static final Actor SOMEONE_ELSE = Actor.candidate(CandidateId.of("c-2"));
  private static final InterviewId TALK = InterviewId.of("talk");
  private static final InterviewId CODE = InterviewId.of("code");
  private static final Artifact SLIDES = Artifact.of(
      URI.create("https://files.example.com/c-1/slides.pdf"), "application/pdf",
      Checksum.of(ChecksumAlgorithm.SHA_256,
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

  private static Application applied() {
    Stage screen = Stage.builder().id(StageId.of("screen")).name("Screen")
        .kind(StageKind.SCREEN).addFormat(StageFormat.PHONE).build();
    Stage panel = Stage.builder().id(StageId.of("panel")).name("Panel")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO)
        .addInterview(Interview.builder().id(TALK).name("Talk")
            .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofMinutes(30)).build())
        .addInterview(Interview.builder().id(CODE).name("Code")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(60)).build())
        .addAsks(ArtifactAsk.of("slides", ArtifactKind.WRITTEN_ANSWERS))
        .addTimeRules(TimeRule.of(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 24,
                TimeRule.Unit.HOURS),
            TimeRule.of(TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW, 8, TimeRule.Unit.HOURS))
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Role role = Role.draft(RoleId.of("r-1"), Roles.seedPosting(), Actor.system(), T0)
        .setPlan(Actor.system(), T0, InterviewPlan.of(screen, panel, offer))
        .addOpening(Actor.system(), T0, OpeningId.of("o-1"))
        .open(Actor.system(), T0);
    return Application.apply(ApplicationId.of("app-1"), CandidateId.of("c-1"), role, CANDIDATE,
        T0);
  }

  @Test
  void aStageWithoutInterviewsOrRulesHasNothingToScheduleOrBook() {
    Application app = applied();
    assertThat(app.schedulableInterviews()).isEmpty();
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(
        ApplicationAction.SCHEDULE_INTERVIEW, ApplicationAction.BOOK_WINDOW);
    assertThat(app.due(T0, WorkCalendar.weekdays())).isEmpty();
    assertThat(app.handedIn()).isEmpty();
    assertThatThrownBy(() -> app.bookWindow(CANDIDATE, T0, T0.plusSeconds(3600)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot BOOK_WINDOW (stage screen has no WINDOW time rule)");
  }

  @Test
  void aRuleAboutMaterialNeedsAStageThatAsksForSome() {
    assertThatThrownBy(() -> Stage.builder().id(StageId.of("home")).name("Home")
        .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
        .addTimeRule(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("WINDOW sets when the candidate's material is due but the stage"
            + " asks for none");
  }

  /**
   * Regression: a stage with both rules made {@code due} ask the candidate to submit material
   * before the interview while the material could only be submitted inside a window not yet
   * booked (found by {@code DueProperties} with another seed).
   */
  @Test
  void aWindowStageCannotAlsoDueItsMaterialBeforeAnInterview() {
    assertThatThrownBy(() -> Stage.builder().id(StageId.of("home")).name("Home")
        .kind(StageKind.ASSESSMENT).addFormat(StageFormat.VIDEO)
        .addInterview(Interview.builder().id(InterviewId.of("review")).name("Review")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofHours(1)).build())
        .addAsks(ArtifactAsk.of("work", ArtifactKind.TAKE_HOME))
        .addTimeRules(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS),
            TimeRule.of(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 24, TimeRule.Unit.HOURS))
        .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("stage home has both WINDOW and MATERIAL_BEFORE_INTERVIEW");
  }

  @Test
  void schedulingReplacesAndTheDecisionWaitsForEveryInterview() {
    Application app = applied().advance(RECRUITER, T0.plusSeconds(60));
    assertThat(app.schedulableInterviews()).containsExactlyInAnyOrder(TALK, CODE);
    assertThatThrownBy(() -> app.scheduleInterview(RECRUITER, T0.plusSeconds(90),
        InterviewId.of("lunch"), T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("interview lunch is not an interview of stage panel; schedule one"
            + " of [code, talk]");
    Instant tuesday = Instant.parse("2026-09-08T10:00:00Z");
    Application once = app.scheduleInterview(RECRUITER, T0.plusSeconds(120), TALK, tuesday);
    Application twice = once.scheduleInterview(RECRUITER, T0.plusSeconds(180), TALK,
        tuesday.plusSeconds(3600));
    assertThat(twice.interviewSchedule()).isEqualTo(Map.of(TALK, tuesday.plusSeconds(3600)));
    List<Due> due = twice.due(T0, WorkCalendar.weekdays());
    assertThat(due).extracting(Due::deadline)
        .containsExactly(Due.Deadline.MATERIAL_BEFORE_INTERVIEW);
    assertThat(due.get(0).dueAt()).isEqualTo(tuesday.plusSeconds(3600).minus(Duration.ofHours(24)));
    Application both = twice.scheduleInterview(RECRUITER, T0.plusSeconds(240), CODE, tuesday);
    Due decision = both.due(T0, WorkCalendar.weekdays()).get(1);
    assertThat(decision.deadline()).isEqualTo(Due.Deadline.DECISION_AFTER_LAST_INTERVIEW);
    // the talk ends 11:30, the code interview 11:00: eight hours after the later end
    assertThat(decision.dueAt()).isEqualTo(Instant.parse("2026-09-08T19:30:00Z"));
    assertThat(decision.party()).isEqualTo(Due.Party.TEAM);
    assertThat(Application.replay(both.history())).isEqualTo(both);
  }

  @Test
  void materialIsHandedInBySubmittingWhatTheStageAsksFor() {
    Application app = applied().advance(RECRUITER, T0.plusSeconds(60))
        .scheduleInterview(RECRUITER, T0.plusSeconds(120), TALK, T0.plus(Duration.ofDays(2)));
    Due material = app.due(T0, WorkCalendar.weekdays()).get(0);
    assertThat(material.deadline()).isEqualTo(Due.Deadline.MATERIAL_BEFORE_INTERVIEW);
    assertThat(material.actions()).containsExactly(ApplicationAction.SUBMIT_ARTIFACT);
    assertThat(material.party()).isEqualTo(Due.Party.CANDIDATE);
    assertThat(app.allowedActions(SOMEONE_ELSE)).doesNotContain(
        ApplicationAction.SUBMIT_ARTIFACT);
    assertThatThrownBy(() -> app.submitArtifact(SOMEONE_ELSE, T0.plusSeconds(180),
        StageId.of("panel"), "slides", SLIDES)).isInstanceOf(IllegalTransitionException.class);
    Application handed = app.submitArtifact(CANDIDATE, T0.plusSeconds(180),
        StageId.of("panel"), "slides", SLIDES);
    assertThat(handed.handedIn()).contains(T0.plusSeconds(180));
    assertThat(handed.due(T0, WorkCalendar.weekdays())).isEmpty();
    // a resubmission moves the hand-in to its own time
    Application again = handed.submitArtifact(CANDIDATE, T0.plusSeconds(240),
        StageId.of("panel"), "slides", SLIDES.withSize(10L));
    assertThat(again.handedIn()).contains(T0.plusSeconds(240));
    // moving back and forth keeps the material, and clears the schedule
    Application back = again.moveTo(RECRUITER, T0.plusSeconds(300), StageId.of("screen"))
        .advance(RECRUITER, T0.plusSeconds(360));
    assertThat(back.handedIn()).contains(T0.plusSeconds(240));
    assertThat(back.interviewSchedule()).isEmpty();
  }

  @Test
  void aWindowsWorkIsHandedInOnlyAtTheStageAndAfterBookingIt() {
    Stage home = Stage.builder().id(StageId.of("home")).name("Take-home")
        .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
        .addAsks(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME))
        .addTimeRule(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS)).build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Stage screen = Stage.builder().id(StageId.of("screen")).name("Screen")
        .kind(StageKind.SCREEN).addFormat(StageFormat.PHONE).build();
    Role role = Role.draft(RoleId.of("r-2"), Roles.seedPosting(), Actor.system(), T0)
        .setPlan(Actor.system(), T0, InterviewPlan.of(screen, home, offer))
        .addOpening(Actor.system(), T0, OpeningId.of("o-1"))
        .open(Actor.system(), T0);
    Application app = Application.apply(ApplicationId.of("app-2"), CandidateId.of("c-1"), role,
        CANDIDATE, T0);
    // not ahead of the stage: its material is handed in during its window
    assertThat(app.artifactTargets(CANDIDATE)).isEmpty();
    assertThatThrownBy(() -> app.submitArtifact(CANDIDATE, T0.plusSeconds(10),
        StageId.of("home"), "solution", SLIDES))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage home has a window: its material is handed in during the"
            + " window");
    Application atHome = app.advance(RECRUITER, T0.plusSeconds(60));
    assertThat(atHome.allowedActions(CANDIDATE)).contains(ApplicationAction.BOOK_WINDOW)
        .doesNotContain(ApplicationAction.SUBMIT_ARTIFACT);
    assertThatThrownBy(() -> atHome.submitArtifact(CANDIDATE, T0.plusSeconds(70),
        StageId.of("home"), "solution", SLIDES))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage home has a window and none is booked; book it first");
    Instant start = T0.plus(Duration.ofDays(1));
    Application booked = atHome.bookWindow(CANDIDATE, T0.plusSeconds(80), start);
    assertThat(booked.bookedWindow()).contains(start);
    Due window = booked.due(T0, WorkCalendar.weekdays()).get(0);
    assertThat(window.deadline()).isEqualTo(Due.Deadline.WINDOW);
    assertThat(window.dueAt()).isEqualTo(start.plus(Duration.ofHours(2)));
    assertThat(window.actions()).containsExactly(ApplicationAction.SUBMIT_ARTIFACT);
    assertThat(booked.artifactTargets(CANDIDATE)).containsExactly(StageId.of("home"));
    Application handed = booked.submitArtifact(CANDIDATE, start.plusSeconds(3600),
        StageId.of("home"), "solution", SLIDES);
    assertThat(handed.handedIn()).contains(start.plusSeconds(3600));
    assertThat(handed.due(start, WorkCalendar.weekdays())).isEmpty();
    assertThat(handed.allowedActions(CANDIDATE)).doesNotContain(ApplicationAction.BOOK_WINDOW);
    assertThat(Application.replay(handed.history())).isEqualTo(handed);
    // back at the stage: a new visit has no booking, but the handed-in material may be replaced
    Application back = handed.moveTo(RECRUITER, start.plusSeconds(7200), StageId.of("screen"))
        .advance(RECRUITER, start.plusSeconds(7300));
    assertThat(back.bookedWindow()).isEmpty();
    assertThat(back.handedIn()).contains(start.plusSeconds(3600));
    assertThat(back.artifactTargets(CANDIDATE)).containsExactly(StageId.of("home"));
    assertThat(back.submitArtifact(CANDIDATE, start.plusSeconds(7400), StageId.of("home"),
        "solution", SLIDES.withSize(1L)).handedIn()).contains(start.plusSeconds(7400));
  }

  @Test
  void aForgedEventNamingAnotherStageIsRefusedOnReplay() {
    Application app = applied().advance(RECRUITER, T0.plusSeconds(60));
    ApplicationEvent forged = new ApplicationEvent.InterviewScheduled(app.id(), app.version() + 1,
        StageId.of("screen"), TALK, T0, T0.plusSeconds(120), RECRUITER);
    List<ApplicationEvent> history = new java.util.ArrayList<>(app.history());
    history.add(forged);
    assertThatThrownBy(() -> Application.replay(history))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("the event names stage screen but the application is at panel");
    ApplicationEvent booked = new ApplicationEvent.WindowBooked(app.id(), app.version() + 1,
        StageId.of("screen"), T0, T0.plusSeconds(120), RECRUITER);
    List<ApplicationEvent> other = new java.util.ArrayList<>(app.history());
    other.add(booked);
    assertThatThrownBy(() -> Application.replay(other))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aDueValueNeedsAnActionAndWhatItIsAbout() {
    assertThatThrownBy(() -> Due.at(Due.Deadline.OFFER_EXPIRY, "offer-1", T0, T0,
        Due.Party.SYSTEM)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("actions");
    assertThatThrownBy(() -> Due.at(Due.Deadline.OFFER_EXPIRY, " ", T0, T0,
        Due.Party.SYSTEM, OfferAction.EXPIRE)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("about");
    assertThatThrownBy(() -> Due.at(Due.Deadline.OFFER_EXPIRY, "offer-1", null, T0,
        Due.Party.SYSTEM, OfferAction.EXPIRE)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Due.at(Due.Deadline.OFFER_EXPIRY, "offer-1", T0, null,
        Due.Party.SYSTEM, OfferAction.EXPIRE)).isInstanceOf(InvalidValueException.class);
    Due due = Due.at(Due.Deadline.OFFER_EXPIRY, "offer-1", T0, T0.minusNanos(1),
        Due.Party.SYSTEM, OfferAction.EXPIRE);
    assertThat(due.overdue()).isFalse();
    assertThat(due.overdueSince()).isEmpty();
    assertThatThrownBy(() -> applied().due(null, WorkCalendar.weekdays()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> applied().due(T0, null))
        .isInstanceOf(InvalidValueException.class);
  }
}
