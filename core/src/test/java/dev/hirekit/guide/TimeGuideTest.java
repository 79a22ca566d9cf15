package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.Artifact;
import dev.hirekit.application.Checksum;
import dev.hirekit.application.ChecksumAlgorithm;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
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
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Roles;
import dev.hirekit.time.Due;
import dev.hirekit.time.WorkCalendar;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section "1. Time", compiled and run. */
class TimeGuideTest {

  @Test
  void aTimedExerciseAPanelWithMaterialAndAnOfferThatLapses() {
    Instant monday = Instant.parse("2026-09-07T08:00:00Z");
    WorkCalendar calendar = WorkCalendar.weekdays();
    Stage exercise = Stage.builder().id(StageId.of("exercise")).name("Timed exercise")
        .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
        .addAsks(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME))
        .addTimeRules(TimeRule.of(TimeRule.Kind.WINDOW, 2, TimeRule.Unit.HOURS),
            TimeRule.of(TimeRule.Kind.RESPOND_WITHIN, 5, TimeRule.Unit.BUSINESS_DAYS))
        .build();
    Stage panel = Stage.builder().id(StageId.of("panel")).name("Panel")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO)
        .addInterview(Interview.builder().id(InterviewId.of("panel")).name("Panel interview")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(90)).build())
        .addAsks(ArtifactAsk.of("portfolio", ArtifactKind.PORTFOLIO))
        .addTimeRules(TimeRule.of(TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, 48,
                TimeRule.Unit.HOURS),
            TimeRule.of(TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW, 2,
                TimeRule.Unit.BUSINESS_DAYS))
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Role role = Role.draft(RoleId.of("policy-analyst"),
            Roles.seedPosting().withClosesAt(Instant.parse("2026-09-30T23:00:00Z")),
            Actor.system(), monday)
        .setPlan(Actor.system(), monday, InterviewPlan.of(exercise, panel, offer))
        .addOpening(Actor.system(), monday, OpeningId.of("analyst-1"))
        .open(Actor.system(), monday);
    Actor candidate = Actor.candidate(CandidateId.of("c-1"));
    Actor recruiter = Actor.member(MemberId.of("rec"), HiringRole.RECRUITER);
    Application app = Application.apply(ApplicationId.of("app-1"), CandidateId.of("c-1"), role,
        candidate, monday);

    // the team answers within 5 business days of entering: the next Monday, 08:00
    assertThat(app.due(monday, calendar)).singleElement().satisfies(d -> {
      assertThat(d.deadline()).isEqualTo(Due.Deadline.RESPOND_WITHIN);
      assertThat(d.dueAt()).isEqualTo(Instant.parse("2026-09-14T08:00:00Z"));
      assertThat(d.actions()).contains(ApplicationAction.REJECT);
    });
    // the candidate books a two-hour window from Tuesday 09:00 and must hand in by 11:00
    app = app.bookWindow(candidate, monday.plusSeconds(600),
        Instant.parse("2026-09-08T09:00:00Z"));
    Due window = app.due(Instant.parse("2026-09-08T10:59:59Z"), calendar).get(0);
    assertThat(window.deadline()).isEqualTo(Due.Deadline.WINDOW);
    assertThat(window.overdue()).isFalse();
    assertThat(app.due(Instant.parse("2026-09-08T11:00:00Z"), calendar).get(0).overdueSince())
        .contains(Instant.parse("2026-09-08T11:00:00Z"));
    // handing in is submitting what the stage asks for, here the solution
    assertThat(window.actions()).containsExactly(ApplicationAction.SUBMIT_ARTIFACT);
    Checksum sum = Checksum.of(ChecksumAlgorithm.SHA_256,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    app = app.submitArtifact(candidate, Instant.parse("2026-09-08T10:40:00Z"),
        StageId.of("exercise"), "solution",
        Artifact.of(URI.create("https://files.example.com/c-1/solution.zip"), "application/zip",
            sum));
    assertThat(app.handedIn()).contains(Instant.parse("2026-09-08T10:40:00Z"));
    assertThat(app.allowedActions(candidate)).doesNotContain(ApplicationAction.BOOK_WINDOW);

    // at the panel: material 48 hours before it, a decision 2 business days after it ends
    app = app.advance(recruiter, Instant.parse("2026-09-09T09:00:00Z"))
        .scheduleInterview(recruiter, Instant.parse("2026-09-09T09:05:00Z"),
            InterviewId.of("panel"), Instant.parse("2026-09-18T13:00:00Z"));
    List<Due> atPanel = app.due(Instant.parse("2026-09-16T12:00:00Z"), calendar);
    assertThat(atPanel).extracting(Due::deadline).containsExactly(
        Due.Deadline.MATERIAL_BEFORE_INTERVIEW, Due.Deadline.DECISION_AFTER_LAST_INTERVIEW);
    assertThat(atPanel.get(0).dueAt()).isEqualTo(Instant.parse("2026-09-16T13:00:00Z"));
    assertThat(atPanel.get(1).dueAt()).isEqualTo(Instant.parse("2026-09-22T14:30:00Z"));
    app = app.submitArtifact(candidate, Instant.parse("2026-09-16T12:30:00Z"),
        StageId.of("panel"), "portfolio",
        Artifact.of(URI.create("https://files.example.com/c-1/portfolio.pdf"), "application/pdf",
            sum));
    assertThat(app.due(Instant.parse("2026-09-16T12:30:00Z"), calendar))
        .extracting(Due::deadline).containsExactly(Due.Deadline.DECISION_AFTER_LAST_INTERVIEW);

    // an extended offer lapses: past its expiry the system actor may expire it
    Instant expiry = Instant.parse("2026-09-25T17:00:00Z");
    app = app.advance(recruiter, Instant.parse("2026-09-21T09:00:00Z"))
        .draftOffer(recruiter, Instant.parse("2026-09-21T10:00:00Z"), OfferId.of("offer-1"),
            Compensation.builder().base(PayRate.of(Money.of("62000", "GBP"), PayPeriod.YEARLY))
                .startDate(LocalDate.of(2026, 11, 2)).employmentType(EmploymentType.FULL_TIME)
                .build(), expiry, ApprovalChain.none())
        .extendOffer(recruiter, Instant.parse("2026-09-21T11:00:00Z"));
    Due lapse = app.due(expiry, calendar).get(0);
    assertThat(lapse.deadline()).isEqualTo(Due.Deadline.OFFER_EXPIRY);
    assertThat(lapse.party()).isEqualTo(Due.Party.SYSTEM);
    assertThat(app.allowedOfferActions(Actor.system(), expiry)).contains(OfferAction.EXPIRE);
    app = app.expireOffer(Actor.system(), expiry);
    assertThat(app.currentOffer().orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
    assertThat(app.due(expiry, calendar)).isEmpty();

    // the role: its posting closes on the 30th, and the system may close or hold it then
    Due closing = role.due(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC).get(0);
    assertThat(closing.deadline()).isEqualTo(Due.Deadline.POSTING_CLOSE);
    assertThat(closing.overdue()).isTrue();
    assertThat(closing.actions()).containsExactly(RoleAction.CLOSE, RoleAction.HOLD);
  }

}
