package dev.hirekit.json.conformance;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The canonical example as the golden files hold it: the Forward-Deployed Engineer role in San
 * Francisco, opened, and one application through the whole plan to a hire, with a declined first
 * offer and an accepted revision; plus a candidate with every personal field. Fixed instants,
 * so the bytes never change.
 */
public final class Seed {
  static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
  static final MemberId RECRUITER_ID = MemberId.of("recruiter-1");
  static final Actor RECRUITER = Actor.member(RECRUITER_ID, HiringRole.RECRUITER);
  static final Actor APPROVER = Actor.member(MemberId.of("vp-engineering"), HiringRole.APPROVER);
  static final InterviewId TECHNICAL = InterviewId.of("technical");
  static final InterviewId NON_TECHNICAL = InterviewId.of("non-technical");
  static final OpeningId OPENING = OpeningId.of("fde-sf-1");
  /** Personal data of the seed candidate, which no message may repeat. */
  static final List<String> PERSONAL = List.of("Ada Quillfeather", "ada.quillfeather@example.com",
      "+1 415 555 0199", "https://example.com/~adaq");

  private Seed() {}

  /** The role, opened, before the hire. */
  public static Role role() {
    return Role.draft(RoleId.of("fde-sf"), posting(), RECRUITER, START)
        .setPlan(RECRUITER, START, plan())
        .setTeam(RECRUITER, START, HiringTeam.of(
            TeamMember.of(RECRUITER_ID, HiringRole.RECRUITER),
            TeamMember.of(MemberId.of("eng-manager"), HiringRole.HIRING_MANAGER,
                HiringRole.INTERVIEWER),
            TeamMember.of(MemberId.of("engineer-1"), HiringRole.INTERVIEWER)))
        .addOpening(RECRUITER, START, OPENING)
        .open(RECRUITER, START.plus(Duration.ofHours(1)));
  }

  /** The application through the whole plan to the hire, and the role after it. */
  public static Staffing.Staffed hire() {
    Role role = role();
    CandidateId candidate = CandidateId.of("cand-ada");
    Actor ada = Actor.candidate(candidate);
    Instant t = START.plus(Duration.ofDays(1));
    Application app = Application.apply(ApplicationId.of("app-ada"), candidate, role, ada, t)
        .advance(RECRUITER, t.plus(hours(20)))
        .advance(RECRUITER, t.plus(hours(30)))
        .advance(RECRUITER, t.plus(hours(80)))
        .submitScorecard(Actor.member(MemberId.of("engineer-1"), HiringRole.INTERVIEWER),
            t.plus(hours(100)), Scorecard.builder().interview(TECHNICAL)
                .interviewer(MemberId.of("engineer-1")).recommendation(Recommendation.STRONG_YES)
                .notes("Clear systems thinking").build())
        .submitScorecard(Actor.member(MemberId.of("eng-manager"), HiringRole.INTERVIEWER),
            t.plus(hours(101)), Scorecard.builder().interview(NON_TECHNICAL)
                .interviewer(MemberId.of("eng-manager")).recommendation(Recommendation.YES)
                .build())
        .advance(RECRUITER, t.plus(hours(110)))
        .recordReference(RECRUITER, t.plus(hours(130)), Reference.builder()
            .referee("A former manager").relationship(RefereeRelationship.MANAGER)
            .outcome(ReferenceOutcome.POSITIVE).checkedBy(RECRUITER_ID).build())
        .advance(RECRUITER, t.plus(hours(131)));
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1,
        MemberId.of("vp-engineering"));
    Instant expiry = t.plus(Duration.ofDays(14));
    app = app.draftOffer(RECRUITER, t.plus(hours(140)), OfferId.of("offer-ada"),
            terms("180000.00"), expiry, chain)
        .submitOfferForApproval(RECRUITER, t.plus(hours(141)))
        .approveOffer(APPROVER, t.plus(hours(142)))
        .extendOffer(RECRUITER, t.plus(hours(143)))
        .declineOffer(ada, t.plus(hours(160)), "Base below expectations")
        .reviseOffer(RECRUITER, t.plus(hours(170)), terms("195000.00"), expiry)
        .submitOfferForApproval(RECRUITER, t.plus(hours(171)))
        .approveOffer(APPROVER, t.plus(hours(172)))
        .extendOffer(RECRUITER, t.plus(hours(173)))
        .acceptOffer(ada, t.plus(hours(190)));
    return Staffing.hire(role, app, RECRUITER, t.plus(hours(200)), OPENING);
  }

  /** A second application, rejected at the call and reopened. */
  public static Application reopened() {
    CandidateId candidate = CandidateId.of("cand-ben");
    return Application.apply(ApplicationId.of("app-ben"), candidate, role(),
            Actor.candidate(candidate), START.plus(hours(30)))
        .advance(RECRUITER, START.plus(hours(40)))
        .reject(RECRUITER, START.plus(hours(50)),
            RejectionReason.of(RejectionSide.WE_REJECTED, "not-now").withNote("Strong, later"))
        .reopen(RECRUITER, START.plus(hours(60)), "Hiring manager asked for a call");
  }

  /** A candidate with every personal field. */
  public static Candidate candidate() {
    return Candidate.builder().id(CandidateId.of("cand-ada")).name(PERSONAL.get(0))
        .contact(Contact.builder().addEmail(PERSONAL.get(1)).addPhone(PERSONAL.get(2))
            .addLink(URI.create(PERSONAL.get(3))).build())
        .source(Source.referral(MemberId.of("engineer-1")))
        .addTag("backend").addTag("customer-facing")
        .consent(Consent.of(START, START.plus(Duration.ofDays(365)))).build();
  }

  static Posting posting() {
    return Posting.builder()
        .title("Forward-Deployed Engineer")
        .department("Engineering")
        .addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.builder()
            .summary("Half backend engineer, half trusted partner of our largest customers.")
            .addResponsibility("Build what important customers need next, to a high standard")
            .addResponsibility("Own the relationship and upgrades of a set of key accounts")
            .addQualification("Strong on backend systems, containers and Linux")
            .travel("Some travel to customers")
            .build())
        .payRange(PayRange.of(Money.of("150000.00", "USD"), Money.of("230000.00", "USD"),
            PayPeriod.YEARLY))
        .equityStatement("Equity in the company")
        .build();
  }

  static InterviewPlan plan() {
    return InterviewPlan.of(
        stage("review", "Application review", StageKind.APPLICATION_REVIEW, StageFormat.ASYNC)
            .build(),
        stage("call", "Half-hour call", StageKind.SCREEN, StageFormat.PHONE)
            .addFormat(StageFormat.VIDEO).timeBox(TimeBox.about(Duration.ofMinutes(30)))
            .build(),
        stage("take-home", "Take-home exercise", StageKind.ASSESSMENT, StageFormat.ASYNC)
            .timeBox(TimeBox.atMost(Duration.ofHours(2))).build(),
        stage("interviews", "Team interviews", StageKind.INTERVIEW, StageFormat.ON_SITE)
            .addFormat(StageFormat.VIDEO).timeBox(TimeBox.about(Duration.ofHours(3)))
            .addInterview(Interview.builder().id(TECHNICAL).name("Systems and code")
                .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(90))
                .addInterviewer(MemberId.of("engineer-1")).build())
            .addInterview(Interview.builder().id(NON_TECHNICAL).name("Working with customers")
                .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofMinutes(90))
                .addInterviewer(MemberId.of("eng-manager")).build())
            .requiredScorecards(2)
            .build(),
        stage("references", "References", StageKind.REFERENCE_CHECK, StageFormat.ASYNC)
            .build(),
        stage("offer", "Offer", StageKind.OFFER, StageFormat.ASYNC).build());
  }

  private static Stage.Builder stage(String id, String name, StageKind kind,
      StageFormat format) {
    Stage.Builder builder = Stage.builder();
    builder.id(StageId.of(id)).name(name).kind(kind).addFormat(format);
    return builder;
  }

  private static Compensation terms(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .equity(Equity.builder().kind(EquityKind.OPTIONS).amount(new BigDecimal("20000"))
            .vestingMonths(48).cliffMonths(12).build())
        .startDate(LocalDate.of(2027, 2, 1))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }
}
