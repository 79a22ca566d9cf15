package dev.hirekit.benchmarks;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The open role every {@code Application} benchmark applies to: the pipeline of {@link
 * Pipeline} as an interview plan (applied, screen, take-home, onsite, references, offer), one
 * opening, and the calls of a full hire through the public API.
 *
 * <pre>{@code
 * Application hired = PipelineRole.fullHire(PipelineRole.ROLE, "app-1", "cand-1");
 * }</pre>
 */
public final class PipelineRole {
  /** Who acts for the company. */
  public static final Actor RECRUITER = Actor.member(MemberId.of("recruiter-1"),
      HiringRole.RECRUITER);
  /** When the role opened; every action happens a minute after the previous one. */
  public static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  /** The one opening. */
  public static final OpeningId OPENING = OpeningId.of("fde-sf-1");
  /** The plan. */
  public static final InterviewPlan PLAN = InterviewPlan.of(
      stage("applied", StageKind.APPLICATION_REVIEW, StageFormat.ASYNC),
      stage("screen", StageKind.SCREEN, StageFormat.PHONE),
      stage("take-home", StageKind.ASSESSMENT, StageFormat.ASYNC),
      stage("onsite", StageKind.INTERVIEW, StageFormat.ON_SITE),
      stage("references", StageKind.REFERENCE_CHECK, StageFormat.ASYNC),
      stage("offer", StageKind.OFFER, StageFormat.ASYNC));
  /** The open role. */
  public static final Role ROLE = Role.draft(RoleId.of("fde-sf"), Posting.builder()
          .title("Forward-Deployed Engineer").department("Engineering")
          .addLocation(Location.of("San Francisco", "CA", "US"))
          .workplaceType(WorkplaceType.ON_SITE).employmentType(EmploymentType.FULL_TIME)
          .description(RoleDescription.builder()
              .summary("Backend engineer working with the largest customers.").build())
          .build(), RECRUITER, OPENED)
      .setPlan(RECRUITER, OPENED, PLAN)
      .addOpening(RECRUITER, OPENED, OPENING)
      .open(RECRUITER, OPENED);
  /** The offer's terms. */
  public static final Compensation TERMS = Compensation.builder()
      .base(PayRate.of(Money.of("185000.00", "USD"), PayPeriod.YEARLY))
      .employmentType(EmploymentType.FULL_TIME)
      .startDate(LocalDate.of(2026, 6, 1))
      .build();

  private PipelineRole() {}

  private static Stage stage(String id, StageKind kind, StageFormat format) {
    return Stage.builder().id(StageId.of(id)).name(id).kind(kind).addFormat(format).build();
  }

  /**
   * The n-th minute after the role opened.
   *
   * @param n minutes
   * @return the instant
   */
  public static Instant minute(int n) {
    return OPENED.plus(Duration.ofMinutes(n));
  }

  /**
   * A new application, at the first stage.
   *
   * @param id the application id
   * @param candidate the candidate id
   * @return the application
   */
  public static Application apply(String id, String candidate) {
    CandidateId who = CandidateId.of(candidate);
    return Application.apply(ApplicationId.of(id), who, ROLE, Actor.candidate(who), minute(1));
  }

  /**
   * The ten calls of a full hire: apply, five advances, draft, extend and accept an offer, hire.
   *
   * @param id the application id
   * @param candidate the candidate id
   * @return the hired application
   */
  public static Application fullHire(String id, String candidate) {
    return fullHire(id, candidate, 0);
  }

  /**
   * The ten calls of a full hire, starting some minutes later than {@link #fullHire(String,
   * String)}, so that applications differ in their times too.
   *
   * @param id the application id
   * @param candidate the candidate id
   * @param later how many minutes later
   * @return the hired application
   */
  public static Application fullHire(String id, String candidate, int later) {
    CandidateId who = CandidateId.of(candidate);
    Application app = Application.apply(ApplicationId.of(id), who, ROLE, Actor.candidate(who),
        minute(later + 1));
    for (int i = 0; i < 5; i++) {
      app = app.advance(RECRUITER, minute(later + 2 + i));
    }
    app = app.draftOffer(RECRUITER, minute(later + 8), OfferId.of(id + "-offer"), TERMS,
            minute(later + 8).plus(Duration.ofDays(7)), ApprovalChain.none())
        .extendOffer(RECRUITER, minute(later + 9))
        .acceptOffer(Actor.candidate(who), minute(later + 10));
    return Staffing.hire(ROLE, app, RECRUITER, minute(later + 11), OPENING).application();
  }
}
