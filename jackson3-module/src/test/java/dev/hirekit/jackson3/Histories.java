package dev.hirekit.jackson3;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.AccommodationOutcome;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.RequirementOutcome;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.Location;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.TimeZoneWindow;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roles, applications, a candidate and offers built through core's public API, between them
 * going through every status and recording every application and role event: what the schema
 * tests validate. The role is built as the seed posting of the examples is, with more of the
 * optional fields given.
 */
final class Histories {
  static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
  static final MemberId RECRUITER_ID = MemberId.of("m-recruiter");
  static final MemberId ENGINEER_1 = MemberId.of("m-eng-1");
  static final MemberId ENGINEER_2 = MemberId.of("m-eng-2");
  static final MemberId APPROVER_1 = MemberId.of("m-cfo");
  static final MemberId APPROVER_2 = MemberId.of("m-ceo");
  static final Actor RECRUITER =
      Actor.member(RECRUITER_ID, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER);
  static final Actor SYSTEM = Actor.system();
  static final InterviewId TECHNICAL = InterviewId.of("technical");
  static final InterviewId NON_TECHNICAL = InterviewId.of("non-technical");
  static final OpeningId OPENING_1 = OpeningId.of("fde-sf-1");
  static final OpeningId OPENING_2 = OpeningId.of("fde-sf-2");

  private Histories() {}

  static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  static Posting posting() {
    return Posting.builder()
        .title("Forward-Deployed Engineer")
        .department("Engineering")
        .addLocation(Location.of("San Francisco", "CA", "US"))
        .addLocation(Location.of("London", "GB"))
        .workplaceType(WorkplaceType.HYBRID)
        .remotePolicy(RemotePolicy.builder().addAllowedCountries("US", "GB")
            .timeZones(TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.UTC)).build())
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.builder()
            .summary("Half backend engineer, half trusted partner of our largest customers.")
            .addResponsibility("Build what important customers need next, to a high standard")
            .addQualification("Strong on backend systems, containers and Linux")
            .addBenefit("Health, dental and vision")
            .travel("Some travel to customers")
            .build())
        .payRange(PayRange.of(Money.of("160000.00", "USD"), Money.of("210000.00", "USD"),
            PayPeriod.YEARLY))
        .equityStatement("Options over four years")
        .compensationNote("Pay and equity")
        .equalOpportunityStatement("We are an equal opportunity employer.")
        .applyUrl(URI.create("https://example.com/jobs/fde-sf"))
        .closesAt(Instant.parse("2027-01-31T23:00:00Z"))
        .build();
  }

  static InterviewPlan plan() {
    InterviewPlan plan = InterviewPlan.of(
        stage("review", "Application review", StageKind.APPLICATION_REVIEW, StageFormat.ASYNC)
            .build(),
        stage("call", "Half-hour call", StageKind.SCREEN, StageFormat.PHONE)
            .addFormat(StageFormat.VIDEO).timeBox(TimeBox.about(Duration.ofMinutes(30)))
            .optional(true).build(),
        stage("take-home", "Take-home exercise", StageKind.ASSESSMENT, StageFormat.ASYNC)
            .timeBox(TimeBox.atMost(Duration.ofHours(2))).pay(Money.of("200.00", "USD"))
            .build(),
        stage("interviews", "Team interviews", StageKind.INTERVIEW, StageFormat.ON_SITE)
            .addFormat(StageFormat.VIDEO).timeBox(TimeBox.about(Duration.ofHours(3)))
            .addInterview(interview(TECHNICAL, "Systems and code", InterviewFocus.TECHNICAL,
                ENGINEER_1))
            .addInterview(interview(NON_TECHNICAL, "Working with customers",
                InterviewFocus.NON_TECHNICAL, ENGINEER_2))
            .requiredScorecards(2)
            .minimumRecommendation(Recommendation.YES)
            .build(),
        stage("references", "References", StageKind.REFERENCE_CHECK, StageFormat.ASYNC)
            .build(),
        stage("portfolio", "Portfolio review", StageKind.CUSTOM, StageFormat.VIDEO)
            .customKind("portfolio").optional(true).build(),
        stage("offer", "Offer", StageKind.OFFER, StageFormat.ASYNC).build());
    return InterviewPlan.builder().from(plan).addRequirements(Requirement.builder()
        .name("right-to-work").kind(RequirementKind.RIGHT_TO_WORK)
        .description("Authorised to work in the US").build()).build();
  }

  static Stage.Builder stage(String id, String name, StageKind kind, StageFormat format) {
    Stage.Builder builder = Stage.builder();
    builder.id(StageId.of(id)).name(name).kind(kind).addFormat(format);
    return builder;
  }

  static Interview interview(InterviewId id, String name, InterviewFocus focus,
      MemberId interviewer) {
    return Interview.builder().id(id).name(name).focus(focus).duration(Duration.ofMinutes(90))
        .addInterviewer(interviewer).build();
  }

  static HiringTeam team() {
    return HiringTeam.of(
        TeamMember.of(RECRUITER_ID, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER),
        TeamMember.of(ENGINEER_1, HiringRole.INTERVIEWER),
        TeamMember.of(ENGINEER_2, HiringRole.INTERVIEWER),
        TeamMember.of(APPROVER_1, HiringRole.APPROVER),
        TeamMember.of(APPROVER_2, HiringRole.APPROVER));
  }

  /** The seed role, drafted with plan, team and two openings, then opened. */
  static Role openRole() {
    return Role.draft(RoleId.of("fde-sf"), posting(), RECRUITER, T0)
        .setPlan(RECRUITER, T0, plan())
        .setTeam(RECRUITER, T0, team())
        .addOpening(RECRUITER, T0, OPENING_1)
        .addOpening(RECRUITER, T0, OPENING_2)
        .open(RECRUITER, T0);
  }

  /**
   * The seed role's twin in New York, open, with the same plan and team: where an application
   * transfers to.
   */
  static Role newYorkRole() {
    return Role.draft(RoleId.of("fde-nyc"), posting().withTitle("Forward-Deployed Engineer, NYC"),
            RECRUITER, T0)
        .setPlan(RECRUITER, T0, plan())
        .setTeam(RECRUITER, T0, team())
        .addOpening(RECRUITER, T0, OpeningId.of("fde-nyc-1"))
        .open(RECRUITER, T0);
  }

  /**
   * A role through every role event: approved to open (after a decline, with an approver
   * replaced), revised, held, resumed, closed, reopened, openings.
   */
  static Role busyRole() {
    MemberId deputy = MemberId.of("approver-3");
    return Role.draft(RoleId.of("busy"), posting(), RECRUITER, T0)
        .setPlan(RECRUITER, T0, plan())
        .setTeam(RECRUITER, T0, team())
        .addOpening(RECRUITER, T0, OPENING_1)
        .addOpening(RECRUITER, T0, OPENING_2)
        .setRequisition(RECRUITER, T0, Requisition.builder().level(Level.of("L5", 5))
            .reason(HeadcountReason.newHeadcount())
            .approvalChain(ApprovalChain.of(ApprovalGroup.of("finance", 1, APPROVER_1),
                ApprovalGroup.of("executive", 1, APPROVER_2)))
            .build())
        .requestApproval(RECRUITER, T0)
        .declineApproval(approver(APPROVER_1), T0, "headcount not in the plan yet")
        .requestApproval(RECRUITER, T0)
        .approve(approver(APPROVER_1), T0)
        .replaceApprover(RECRUITER, T0, APPROVER_2, deputy, "on leave")
        .approve(approver(deputy), T0)
        .open(RECRUITER, at(1))
        .revisePosting(RECRUITER, at(2), posting().withTitle("Forward-Deployed Engineer II"))
        .hold(RECRUITER, at(3))
        .resume(RECRUITER, at(4))
        .fillOpening(RECRUITER, at(5), OPENING_2)
        .reopenOpening(RECRUITER, at(6), OPENING_2)
        .closeOpening(RECRUITER, at(7), OPENING_2)
        .close(RECRUITER, at(8), RoleCloseReason.CANCELLED)
        .addOpening(RECRUITER, at(9), OpeningId.of("fde-sf-3"))
        .reopen(RECRUITER, at(10))
        .setRequisition(RECRUITER, at(11), Requisition.of(Level.of("L5", 5),
            HeadcountReason.backfill("employee 4711")))
        .scheduleOpening(RECRUITER, at(12), OpeningId.of("fde-sf-3"),
            Optional.of(LocalDate.of(2027, 3, 1)), Optional.of(HeadcountReason.newHeadcount()));
  }

  static Actor engineer(MemberId id) {
    return Actor.member(id, HiringRole.INTERVIEWER);
  }

  static Actor approver(MemberId id) {
    return Actor.member(id, HiringRole.APPROVER);
  }

  static Compensation pay(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .bonus(Money.of("15000.00", "USD"))
        .signOn(Money.of("10000.00", "USD"))
        .equity(Equity.builder().kind(EquityKind.OPTIONS).amount(new BigDecimal("12000"))
            .vestingMonths(48).cliffMonths(12).strikePrice(Money.of("1.25", "USD")).build())
        .startDate(LocalDate.of(2027, 1, 4))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }

  static Scorecard card(InterviewId interview, MemberId interviewer) {
    return Scorecard.builder().interview(interview).interviewer(interviewer)
        .recommendation(Recommendation.STRONG_YES)
        .addRating(AttributeRating.of("systems", 4))
        .addRating(AttributeRating.of("communication", 3))
        .notes("Clear and careful").build();
  }

  /**
   * Every application the tests write, each in the status its name says.
   *
   * @param role the open role they apply to
   * @param staffed where the role is added as each hire and unhire leaves it
   */
  static Map<String, Application> applications(Role role, List<Role> staffed) {
    Map<String, Application> apps = new java.util.LinkedHashMap<>();
    CandidateId ann = CandidateId.of("c-ann");
    Application applied = Application.apply(ApplicationId.of("a-applied"), ann, role,
        Actor.candidate(ann), at(10));
    apps.put("applied", applied);
    apps.put("considered", Application.apply(ApplicationId.of("a-considered"),
        CandidateId.of("c-considered"), role, RECRUITER, at(10))
        .considerFor(role, RECRUITER, at(10), OPENING_1));
    Application advanced = applied.advance(RECRUITER, at(11));
    apps.put("advanced", advanced);
    apps.put("requirement-checked", advanced.checkRequirement(RECRUITER, at(11),
        "right-to-work", RequirementOutcome.MET));
    Application rejected = advanced.reject(RECRUITER, at(12),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now").withNote("Maybe next year"));
    apps.put("rejected", rejected);
    Application reopened = rejected.reopen(RECRUITER, at(13), "second look");
    apps.put("reopened", reopened);
    apps.put("withdrawn", reopened.withdraw(Actor.candidate(ann), at(14), "took another job"));

    CandidateId bob = CandidateId.of("c-bob");
    Application prospect = Application.prospect(ApplicationId.of("a-pipeline"), bob, role,
        RECRUITER, at(20));
    apps.put("prospect", prospect);
    Application converted = prospect.convert(role, RECRUITER, at(21));
    Application skipped = converted.skip(RECRUITER, at(22), "strong referral");
    Application moved = skipped.moveTo(RECRUITER, at(23), StageId.of("interviews"));
    Application scored = moved
        .submitScorecard(engineer(ENGINEER_1), at(24), card(TECHNICAL, ENGINEER_1))
        .submitScorecard(engineer(ENGINEER_2), at(25), card(NON_TECHNICAL, ENGINEER_2));
    apps.put("scorecards", scored);
    Application referenced = scored.advance(RECRUITER, at(26))
        .recordReference(RECRUITER, at(27), Reference.builder().referee("Dana Smith")
            .relationship(RefereeRelationship.MANAGER).outcome(ReferenceOutcome.POSITIVE)
            .checkedBy(RECRUITER_ID).notes("Would hire again").build());
    apps.put("references", referenced);
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, APPROVER_1, APPROVER_2);
    Application drafted = referenced.skipTo(RECRUITER, at(28), StageId.of("offer"),
            "no portfolio to review")
        .draftOffer(RECRUITER, at(29), OfferId.of("offer-1"), pay("185000.00"), at(60 * 24 * 7),
            chain);
    apps.put("offer-drafted", drafted);
    Application approved = drafted.submitOfferForApproval(RECRUITER, at(30))
        .declineOfferApproval(approver(APPROVER_1), at(31), "bonus too high")
        .submitOfferForApproval(RECRUITER, at(32))
        .approveOffer(approver(APPROVER_1), at(33))
        .approveOffer(approver(APPROVER_2), at(34));
    apps.put("offer-approved", approved);
    Application extended = approved.extendOffer(RECRUITER, at(35));
    apps.put("offer-extended", extended);
    Application revised = extended.reviseOffer(RECRUITER, at(36), pay("190000.00"),
        at(60 * 24 * 8));
    apps.put("offer-revised", revised);
    Application expired = revised.submitOfferForApproval(RECRUITER, at(37))
        .approveOffer(approver(APPROVER_1), at(38))
        .approveOffer(approver(APPROVER_2), at(39))
        .extendOffer(RECRUITER, at(40))
        .expireOffer(SYSTEM, at(60 * 24 * 9));
    apps.put("offer-expired", expired);
    Application declined = expired
        .draftOffer(RECRUITER, at(60 * 24 * 9 + 1), OfferId.of("offer-2"), pay("195000.00"),
            at(60 * 24 * 20), ApprovalChain.none())
        .extendOffer(RECRUITER, at(60 * 24 * 9 + 2))
        .declineOffer(Actor.candidate(bob), at(60 * 24 * 9 + 3), "counter-offer");
    apps.put("offer-declined", declined);
    Application rescinded = declined
        .draftOffer(RECRUITER, at(60 * 24 * 10), OfferId.of("offer-3"), pay("200000.00"),
            at(60 * 24 * 20), ApprovalChain.none())
        .extendOffer(RECRUITER, at(60 * 24 * 10 + 1))
        .rescindOffer(RECRUITER, at(60 * 24 * 10 + 2), "budget frozen");
    apps.put("offer-rescinded", rescinded);
    // A contingent offer: two ordered groups (one added by a conditional rule), an approver
    // replaced, then after acceptance one contingency cleared and one failed.
    MemberId deputy = MemberId.of("m-deputy");
    Application contingent = rescinded
        .draftOffer(RECRUITER, at(60 * 24 * 10 + 10), OfferId.of("offer-c"), pay("200000.00"),
            at(60 * 24 * 20), ApprovalChain.of(ApprovalGroup.of("finance", 1, APPROVER_1)),
            OfferDetails.builder().justification("scarce skills")
                .addContingency(Contingency.of(ContingencyKind.REFERENCES))
                .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK, "enhanced"))
                .build())
        .submitOfferForApproval(RECRUITER, at(60 * 24 * 10 + 11), List.of(
            ApprovalRule.signOnAbove(Money.of("5000.00", "USD"),
                ApprovalGroup.of("executive", 1, APPROVER_2))))
        .replaceOfferApprover(RECRUITER, at(60 * 24 * 10 + 12), APPROVER_1, deputy, "on leave")
        .approveOffer(approver(deputy), at(60 * 24 * 10 + 13))
        .approveOffer(approver(APPROVER_2), at(60 * 24 * 10 + 14))
        .extendOffer(RECRUITER, at(60 * 24 * 10 + 15))
        .acceptOffer(Actor.candidate(bob), at(60 * 24 * 10 + 16))
        .clearOfferContingency(RECRUITER, at(60 * 24 * 10 + 17), ContingencyKind.REFERENCES)
        .failOfferContingency(RECRUITER, at(60 * 24 * 10 + 18), ContingencyKind.BACKGROUND_CHECK);
    apps.put("offer-contingency-failed", contingent);
    Application accepted = rescinded
        .draftOffer(RECRUITER, at(60 * 24 * 11), OfferId.of("offer-4"), pay("200000.00"),
            at(60 * 24 * 20), ApprovalChain.none())
        .extendOffer(RECRUITER, at(60 * 24 * 11 + 1))
        .acceptOffer(Actor.candidate(bob), at(60 * 24 * 11 + 2));
    apps.put("offer-accepted", accepted);
    Staffing.Staffed hired = Staffing.hire(role, accepted, RECRUITER, at(60 * 24 * 12),
        OPENING_1);
    apps.put("hired", hired.application());
    staffed.add(hired.role());
    Staffing.Staffed unhired = Staffing.unhire(hired.role(), hired.application(), RECRUITER,
        at(60 * 24 * 13), UnhireReason.CANDIDATE_RENEGED, "took a counter-offer");
    apps.put("unhired", unhired.application());
    staffed.add(unhired.role());

    CandidateId cat = CandidateId.of("c-cat");
    Application migrated = Application.apply(ApplicationId.of("a-migrated"), cat, role,
            RECRUITER, at(30))
        .migrate(RECRUITER, at(31), plan().withVersion(2),
            Map.of(StageId.of("review"), StageId.of("review")));
    apps.put("migrated", migrated);
    apps.put("anonymized", unhired.application().anonymize());

    // On a plan whose interviews offer a format and an exercise to choose, and opt-ins.
    CandidateId dee = CandidateId.of("c-dee");
    StageId interviews = StageId.of("interviews");
    InterviewPlan withChoices = plan().withVersion(3).withStages(plan().stages().stream()
        .map(s -> !s.id().equals(interviews) ? s : Stage.builder().from(s)
            .addChoices(StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.VIDEO),
                StageChoice.builder().name("exercise").addOptions("pairing", "take-home")
                    .required(false).build())
            .addOptIns("recording").build())
        .collect(java.util.stream.Collectors.toList()));
    Application choosing = Application.apply(ApplicationId.of("a-choices"), dee, role,
            Actor.candidate(dee), at(40))
        .migrate(RECRUITER, at(41), withChoices, Map.of(StageId.of("review"),
            StageId.of("review")))
        .choose(Actor.candidate(dee), at(42), interviews, "format", "VIDEO")
        .optIn(Actor.candidate(dee), at(43), interviews, "recording")
        .optOut(Actor.candidate(dee), at(44), interviews, "recording")
        .requestAccommodation(Actor.candidate(dee), at(45), interviews,
            "A quiet room and breaks every hour");
    apps.put("choices", choosing.arrangeAccommodation(RECRUITER, at(46), choosing.version(),
        AccommodationOutcome.ARRANGED));

    // On a plan whose interviews need three cards: a debrief, then the hiring manager's override.
    CandidateId eve = CandidateId.of("c-eve");
    InterviewPlan withRules = plan().withVersion(4).withStages(plan().stages().stream()
        .map(s -> !s.id().equals(interviews) ? s : s.withDecisionRules(
            List.of(dev.hirekit.plan.DecisionRule.votesIn(3))))
        .collect(java.util.stream.Collectors.toList()));
    Actor hiringManager = Actor.member(RECRUITER_ID, HiringRole.HIRING_MANAGER);
    apps.put("decisions", Application.apply(ApplicationId.of("a-decisions"), eve, role,
            Actor.candidate(eve), at(50))
        .migrate(RECRUITER, at(51), withRules, Map.of(StageId.of("review"), StageId.of("review")))
        .skip(RECRUITER, at(52), "strong referral")
        .moveTo(RECRUITER, at(52), interviews)
        .submitScorecard(engineer(ENGINEER_1), at(53), card(TECHNICAL, ENGINEER_1))
        .submitScorecard(engineer(ENGINEER_2), at(54), card(NON_TECHNICAL, ENGINEER_2))
        .debrief(hiringManager, at(55), dev.hirekit.application.DebriefOutcome.HOLD)
        .overrideDecision(hiringManager, at(56), "the panel's yes is strong enough"));

    // On a plan whose interviews ask for a CV (required) and a portfolio (optional): a CV
    // submitted, then replaced; a scorecard submitted, then amended.
    CandidateId fay = CandidateId.of("c-fay");
    InterviewPlan withAsks = plan().withVersion(4).withStages(plan().stages().stream()
        .map(s -> !s.id().equals(interviews) ? s : s.withAsks(List.of(
            dev.hirekit.plan.ArtifactAsk.of("cv", dev.hirekit.plan.ArtifactKind.CV),
            dev.hirekit.plan.ArtifactAsk.optional("portfolio",
                dev.hirekit.plan.ArtifactKind.PORTFOLIO))))
        .collect(java.util.stream.Collectors.toList()));
    dev.hirekit.application.Checksum sum = dev.hirekit.application.Checksum.of(
        dev.hirekit.application.ChecksumAlgorithm.SHA_256,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    Application submitting = Application.apply(ApplicationId.of("a-artifacts"), fay, role,
            Actor.candidate(fay), at(50))
        .migrate(RECRUITER, at(51), withAsks, Map.of(StageId.of("review"),
            StageId.of("review")))
        .submitArtifact(Actor.candidate(fay), at(52), interviews, "cv",
            dev.hirekit.application.Artifact.of(URI.create("https://files.example.com/eve.pdf"),
                "application/pdf", sum))
        .submitArtifact(RECRUITER, at(53), interviews, "cv", dev.hirekit.application.Artifact
            .builder().uri(URI.create("https://files.example.com/eve-2.pdf"))
            .mediaType("application/pdf").checksum(sum).size(40_960L).build())
        .skip(RECRUITER, at(54), "strong referral")
        .moveTo(RECRUITER, at(55), interviews)
        .submitScorecard(engineer(ENGINEER_1), at(56), card(TECHNICAL, ENGINEER_1))
        .amendScorecard(engineer(ENGINEER_1), at(57), card(TECHNICAL, ENGINEER_1)
            .withRecommendation(Recommendation.YES));
    apps.put("artifacts", submitting);
    // On a plan whose take-home is a booked two-hour window: booked, the solution handed in,
    // then the interviews scheduled.
    CandidateId gus = CandidateId.of("c-gus");
    StageId takeHome = StageId.of("take-home");
    InterviewPlan timed = plan().withVersion(4).withStages(plan().stages().stream()
        .map(s -> !s.id().equals(takeHome) ? s : Stage.builder().from(s)
            .addAsks(dev.hirekit.plan.ArtifactAsk.of("solution",
                dev.hirekit.plan.ArtifactKind.TAKE_HOME))
            .addTimeRule(dev.hirekit.plan.TimeRule.of(dev.hirekit.plan.TimeRule.Kind.WINDOW, 2,
                dev.hirekit.plan.TimeRule.Unit.HOURS)).build())
        .collect(java.util.stream.Collectors.toList()));
    apps.put("timed", Application.apply(ApplicationId.of("a-timed"), gus, role,
            Actor.candidate(gus), at(50))
        .migrate(RECRUITER, at(51), timed, Map.of(StageId.of("review"), StageId.of("review")))
        .advance(RECRUITER, at(52))
        .advance(RECRUITER, at(53))
        .bookWindow(Actor.candidate(gus), at(54), at(60 * 24))
        .submitArtifact(Actor.candidate(gus), at(60 * 25), takeHome, "solution",
            dev.hirekit.application.Artifact.of(URI.create("https://files.example.com/gus.zip"),
                "application/zip", sum))
        .advance(RECRUITER, at(60 * 26))
        .scheduleInterview(RECRUITER, at(60 * 27), TECHNICAL, at(60 * 48)));
    // Moved from the seed role to the New York one, entering at its take-home.
    CandidateId hal = CandidateId.of("c-hal");
    apps.put("transferred", Application.apply(ApplicationId.of("a-transferred"), hal, role,
            Actor.candidate(hal), at(60))
        .advance(RECRUITER, at(61))
        .transfer(newYorkRole(), RECRUITER, at(62), takeHome, "prefers the New York team"));
    return apps;
  }

  /** A candidate with every field given. */
  static Candidate candidate() {
    return Candidate.builder().id(CandidateId.of("c-bob")).name("Bob Example")
        .contact(Contact.builder().addEmail("bob@example.com").addPhone("+1 415 555 0100")
            .addLink(URI.create("https://github.com/bob")).build())
        .source(Source.referral(ENGINEER_1))
        .addTag("backend").addTag("customer-facing")
        .consent(Consent.of(T0, T0.plus(Duration.ofDays(365))))
        .build();
  }

  /** Candidates: every field given, each kind of source, and only a name. */
  static List<Candidate> candidates() {
    Candidate full = candidate();
    return List.of(full, full.withSource(Source.agency("Acme Talent")),
        full.withSource(Source.event("Career fair")), full.withSource(Source.sourced()),
        Candidate.of(CandidateId.of("c-min"), "Min Imal"), full.anonymize());
  }

  /** Every offer of the applications, in every status they reach. */
  static List<Offer> offers(Map<String, Application> applications) {
    List<Offer> offers = new ArrayList<>();
    applications.values().forEach(app -> offers.addAll(app.offers()));
    return offers;
  }
}
