package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
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
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Plans;
import dev.hirekit.testing.Roles;
import dev.hirekit.time.Due;
import dev.hirekit.time.WorkCalendar;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Application#due}: a deadline is never reported overdue before its instant nor missed
 * at or after it, business days follow the calendar given, the query is pure, and what it says
 * may be fired is allowed.
 */
class DueProperties {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 300L * 24 * 3600).map(BASE::plusSeconds);
  }

  @Provide
  Arbitrary<WorkCalendar> calendars() {
    return Plans.workCalendars();
  }

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Provide
  Arbitrary<Duration> offsets() {
    return Arbitraries.longs().between(-40L * 24 * 3600, 40L * 24 * 3600).map(Duration::ofSeconds);
  }

  @Property(tries = 200)
  void aDeadlineIsOverdueExactlyFromItsInstant(@ForAll("applications") Application app,
      @ForAll("calendars") WorkCalendar calendar, @ForAll("offsets") Duration offset) {
    Instant at = app.history().get(app.history().size() - 1).at().plus(offset);
    List<Due> due = app.due(at, calendar);
    for (Due d : due) {
      assertThat(d.overdue()).isEqualTo(!at.isBefore(d.dueAt()));
      assertThat(d.overdueSince()).isEqualTo(d.overdue() ? java.util.Optional.of(d.dueAt())
          : java.util.Optional.empty());
      List<Due> justBefore = app.due(d.dueAt().minusNanos(1), calendar);
      List<Due> onTheDot = app.due(d.dueAt(), calendar);
      assertThat(justBefore).contains(d.withOverdue(false));
      assertThat(onTheDot).contains(d.withOverdue(true));
    }
    assertThat(due).isSortedAccordingTo(java.util.Comparator.comparing(Due::dueAt));
  }

  @Property(tries = 200)
  void dueIsPureAndAgreesWithTheAllowedActions(@ForAll("applications") Application app,
      @ForAll("calendars") WorkCalendar calendar, @ForAll("offsets") Duration offset) {
    Application before = app;
    Instant at = app.history().get(app.history().size() - 1).at().plus(offset);
    List<Due> due = app.due(at, calendar);
    assertThat(app.due(at, calendar)).isEqualTo(due);
    assertThat(app).isEqualTo(before);
    if (app.status() != ApplicationStatus.ACTIVE) {
      assertThat(due).isEmpty();
    }
    Actor candidate = Actor.candidate(app.candidateId());
    for (Due d : due) {
      switch (d.party()) {
        case SYSTEM -> {
          assertThat(d.actions()).containsExactly(OfferAction.EXPIRE);
          assertThat(app.allowedOfferActions(Actor.system(), at).contains(OfferAction.EXPIRE))
              .isEqualTo(d.overdue());
        }
        case CANDIDATE -> assertThat(app.allowedActions(candidate))
            .containsAll(d.actions().stream().map(ApplicationAction.class::cast).toList());
        case TEAM -> assertThat(app.allowedActions(RECRUITER)).contains(ApplicationAction.REJECT)
            .containsAnyElementsOf(d.actions().stream().map(ApplicationAction.class::cast)
                .toList());
        default -> throw new AssertionError(d.party());
      }
    }
  }

  @Property
  void aStagesAnswerDeadlineCountsTheCalendarsBusinessDays(
      @ForAll("calendars") WorkCalendar calendar, @ForAll("instants") Instant entered,
      @ForAll @IntRange(min = 1, max = 30) int amount, @ForAll("offsets") Duration offset,
      @ForAll boolean businessDays) {
    TimeRule rule = TimeRule.of(TimeRule.Kind.RESPOND_WITHIN, amount,
        businessDays ? TimeRule.Unit.BUSINESS_DAYS : TimeRule.Unit.HOURS);
    Application app = applied(entered, Stage.builder().id(StageId.of("screen")).name("Screen")
        .kind(StageKind.SCREEN).addFormat(StageFormat.PHONE).addTimeRule(rule).build());
    Instant at = entered.plus(offset);
    Due d = app.due(at, calendar).get(0);
    assertThat(d.deadline()).isEqualTo(Due.Deadline.RESPOND_WITHIN);
    if (businessDays) {
      assertThat(calendar.workingTime(entered, d.dueAt()))
          .isEqualTo(Duration.ofDays(amount));
      assertThat(calendar.workingTime(entered, d.dueAt().minusNanos(1)))
          .isLessThan(Duration.ofDays(amount));
    } else {
      assertThat(d.dueAt()).isEqualTo(entered.plus(Duration.ofHours(amount)));
    }
    assertThat(d.overdue()).isEqualTo(!at.isBefore(d.dueAt()));
  }

  @Property
  void aBookedWindowIsDueItsHoursAfterItsStartUntilHandedIn(
      @ForAll("instants") Instant entered, @ForAll @IntRange(min = 1, max = 72) int hours,
      @ForAll("offsets") Duration startsIn, @ForAll("offsets") Duration lookAt,
      @ForAll("calendars") WorkCalendar calendar) {
    Application app = applied(entered, Stage.builder().id(StageId.of("exercise"))
        .name("Exercise").kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
        .addAsks(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME))
        .addTimeRule(TimeRule.of(TimeRule.Kind.WINDOW, hours, TimeRule.Unit.HOURS)).build());
    Actor candidate = Actor.candidate(app.candidateId());
    assertThat(app.due(entered, calendar)).isEmpty();
    assertThat(app.allowedActions(candidate)).contains(ApplicationAction.BOOK_WINDOW)
        .doesNotContain(ApplicationAction.SUBMIT_ARTIFACT);
    Instant start = entered.plus(startsIn);
    app = app.bookWindow(candidate, entered, start);
    Instant at = entered.plus(lookAt);
    Due d = app.due(at, calendar).get(0);
    assertThat(d.dueAt()).isEqualTo(start.plus(Duration.ofHours(hours)));
    assertThat(d.overdue()).isEqualTo(!at.isBefore(d.dueAt()));
    assertThat(d.actions()).containsExactly(ApplicationAction.SUBMIT_ARTIFACT);
    assertThat(app.allowedActions(candidate)).contains(ApplicationAction.SUBMIT_ARTIFACT);
    Application handedIn = app.submitArtifact(candidate, entered.plusSeconds(1),
        StageId.of("exercise"), "solution", Artifact.of(
            URI.create("https://files.example.com/solution.zip"), "application/zip",
            Checksum.of(ChecksumAlgorithm.SHA_256,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    assertThat(handedIn.due(at, calendar)).isEmpty();
    assertThat(handedIn.allowedActions(candidate)).doesNotContain(ApplicationAction.BOOK_WINDOW);
  }

  private static Application applied(Instant at, Stage first) {
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Role role = Role.draft(RoleId.of("r-1"), Roles.seedPosting(), Actor.system(), at)
        .setPlan(Actor.system(), at, InterviewPlan.of(first, offer))
        .addOpening(Actor.system(), at, OpeningId.of("o-1"))
        .open(Actor.system(), at);
    return Application.apply(ApplicationId.of("app-1"), CandidateId.of("c-1"), role,
        Actor.candidate(CandidateId.of("c-1")), at);
  }
}
