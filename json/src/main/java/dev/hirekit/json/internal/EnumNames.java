package dev.hirekit.json.internal;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.AccommodationOutcome;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.ChecksumAlgorithm;
import dev.hirekit.application.DebriefOutcome;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.RequirementOutcome;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.role.EmploymentArrangement;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.HeadcountKind;
import dev.hirekit.role.OpeningCloseReason;
import dev.hirekit.role.OpeningStatus;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleApproval;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.VisaSponsorship;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import java.util.List;

/**
 * The JSON name of every constant of every public enum of core: lowercase snake names written
 * here, constant by constant, so that renaming a Java constant never changes the format (the
 * compiler follows the rename; the name stays). A test checks that every constant has a name.
 */
final class EnumNames {
  static final EnumFormat<Actor.Kind> ACTOR_KIND = EnumFormat.of(Actor.Kind.class,
      Actor.Kind.MEMBER, "member",
      Actor.Kind.CANDIDATE, "candidate",
      Actor.Kind.SYSTEM, "system");

  static final EnumFormat<ApplicationAction> APPLICATION_ACTION = EnumFormat.of(ApplicationAction.class,
      ApplicationAction.APPLY, "apply",
      ApplicationAction.PROSPECT, "prospect",
      ApplicationAction.CONVERT, "convert",
      ApplicationAction.ADVANCE, "advance",
      ApplicationAction.SKIP, "skip",
      ApplicationAction.MOVE, "move",
      ApplicationAction.REJECT, "reject",
      ApplicationAction.WITHDRAW, "withdraw",
      ApplicationAction.REOPEN, "reopen",
      ApplicationAction.HIRE, "hire",
      ApplicationAction.UNHIRE, "unhire",
      ApplicationAction.SUBMIT_SCORECARD, "submit_scorecard",
      ApplicationAction.RECORD_REFERENCE, "record_reference",
      ApplicationAction.DRAFT_OFFER, "draft_offer",
      ApplicationAction.MIGRATE, "migrate",
      ApplicationAction.CHOOSE, "choose",
      ApplicationAction.OPT_IN, "opt_in",
      ApplicationAction.OPT_OUT, "opt_out",
      ApplicationAction.REQUEST_ACCOMMODATION, "request_accommodation",
      ApplicationAction.ARRANGE_ACCOMMODATION, "arrange_accommodation",
      ApplicationAction.CONSIDER_FOR, "consider_for",
      ApplicationAction.DEBRIEF, "debrief",
      ApplicationAction.OVERRIDE_DECISION, "override_decision",
      ApplicationAction.SUBMIT_ARTIFACT, "submit_artifact",
      ApplicationAction.AMEND_SCORECARD, "amend_scorecard",
      ApplicationAction.SCHEDULE_INTERVIEW, "schedule_interview",
      ApplicationAction.BOOK_WINDOW, "book_window",
      ApplicationAction.CHECK_REQUIREMENT, "check_requirement",
      ApplicationAction.TRANSFER, "transfer");

  static final EnumFormat<ApplicationStatus> APPLICATION_STATUS = EnumFormat.of(ApplicationStatus.class,
      ApplicationStatus.PROSPECT, "prospect",
      ApplicationStatus.ACTIVE, "active",
      ApplicationStatus.REJECTED, "rejected",
      ApplicationStatus.WITHDRAWN, "withdrawn",
      ApplicationStatus.HIRED, "hired");

  static final EnumFormat<RejectionSide> REJECTION_SIDE = EnumFormat.of(RejectionSide.class,
      RejectionSide.WE_REJECTED, "we_rejected",
      RejectionSide.THEY_WITHDREW, "they_withdrew",
      RejectionSide.OTHER, "other");

  static final EnumFormat<UnhireReason> UNHIRE_REASON = EnumFormat.of(UnhireReason.class,
      UnhireReason.CANDIDATE_RENEGED, "candidate_reneged",
      UnhireReason.HIRE_REVERSED, "hire_reversed");

  static final EnumFormat<SourceKind> SOURCE_KIND = EnumFormat.of(SourceKind.class,
      SourceKind.APPLIED, "applied",
      SourceKind.REFERRAL, "referral",
      SourceKind.SOURCED, "sourced",
      SourceKind.AGENCY, "agency",
      SourceKind.INTERNAL, "internal",
      SourceKind.EVENT, "event");

  static final EnumFormat<RefereeRelationship> REFEREE_RELATIONSHIP = EnumFormat.of(RefereeRelationship.class,
      RefereeRelationship.MANAGER, "manager",
      RefereeRelationship.PEER, "peer",
      RefereeRelationship.DIRECT_REPORT, "direct_report",
      RefereeRelationship.CLIENT, "client",
      RefereeRelationship.OTHER, "other");

  static final EnumFormat<ReferenceOutcome> REFERENCE_OUTCOME = EnumFormat.of(ReferenceOutcome.class,
      ReferenceOutcome.POSITIVE, "positive",
      ReferenceOutcome.MIXED, "mixed",
      ReferenceOutcome.NEGATIVE, "negative",
      ReferenceOutcome.UNREACHABLE, "unreachable");

  static final EnumFormat<PayPeriod> PAY_PERIOD = EnumFormat.of(PayPeriod.class,
      PayPeriod.HOURLY, "hourly",
      PayPeriod.DAILY, "daily",
      PayPeriod.WEEKLY, "weekly",
      PayPeriod.MONTHLY, "monthly",
      PayPeriod.YEARLY, "yearly");

  static final EnumFormat<ApprovalMode> APPROVAL_MODE = EnumFormat.of(ApprovalMode.class,
      ApprovalMode.SEQUENTIAL, "sequential",
      ApprovalMode.PARALLEL, "parallel");

  static final EnumFormat<EquityKind> EQUITY_KIND = EnumFormat.of(EquityKind.class,
      EquityKind.OPTIONS, "options",
      EquityKind.RSUS, "rsus",
      EquityKind.SHARES, "shares",
      EquityKind.PERCENT, "percent");

  static final EnumFormat<OfferAction> OFFER_ACTION = EnumFormat.of(OfferAction.class,
      OfferAction.SUBMIT_FOR_APPROVAL, "submit_for_approval",
      OfferAction.APPROVE, "approve",
      OfferAction.DECLINE_APPROVAL, "decline_approval",
      OfferAction.EXTEND, "extend",
      OfferAction.ACCEPT, "accept",
      OfferAction.DECLINE, "decline",
      OfferAction.RESCIND, "rescind",
      OfferAction.EXPIRE, "expire",
      OfferAction.REVISE, "revise",
      OfferAction.REPLACE_APPROVER, "replace_approver",
      OfferAction.CLEAR_CONTINGENCY, "clear_contingency",
      OfferAction.FAIL_CONTINGENCY, "fail_contingency");

  static final EnumFormat<OfferStatus> OFFER_STATUS = EnumFormat.of(OfferStatus.class,
      OfferStatus.DRAFT, "draft",
      OfferStatus.PENDING_APPROVAL, "pending_approval",
      OfferStatus.APPROVED, "approved",
      OfferStatus.EXTENDED, "extended",
      OfferStatus.ACCEPTED, "accepted",
      OfferStatus.DECLINED, "declined",
      OfferStatus.RESCINDED, "rescinded",
      OfferStatus.EXPIRED, "expired",
      OfferStatus.SUPERSEDED, "superseded");

  static final EnumFormat<InterviewFocus> INTERVIEW_FOCUS = EnumFormat.of(InterviewFocus.class,
      InterviewFocus.TECHNICAL, "technical",
      InterviewFocus.NON_TECHNICAL, "non_technical",
      InterviewFocus.MIXED, "mixed");

  static final EnumFormat<Recommendation> RECOMMENDATION = EnumFormat.of(Recommendation.class,
      Recommendation.DEFINITELY_NOT, "definitely_not",
      Recommendation.NO, "no",
      Recommendation.YES, "yes",
      Recommendation.STRONG_YES, "strong_yes",
      Recommendation.NO_DECISION, "no_decision");

  static final EnumFormat<StageFormat> STAGE_FORMAT = EnumFormat.of(StageFormat.class,
      StageFormat.PHONE, "phone",
      StageFormat.VIDEO, "video",
      StageFormat.ON_SITE, "on_site",
      StageFormat.ASYNC, "async");

  static final EnumFormat<StageKind> STAGE_KIND = EnumFormat.of(StageKind.class,
      StageKind.APPLICATION_REVIEW, "application_review",
      StageKind.SCREEN, "screen",
      StageKind.ASSESSMENT, "assessment",
      StageKind.INTERVIEW, "interview",
      StageKind.DECISION, "decision",
      StageKind.REFERENCE_CHECK, "reference_check",
      StageKind.BACKGROUND_CHECK, "background_check",
      StageKind.OFFER, "offer",
      StageKind.CUSTOM, "custom");

  static final EnumFormat<TimeBox.Bound> TIME_BOX_BOUND = EnumFormat.of(TimeBox.Bound.class,
      TimeBox.Bound.EXPECTED, "expected",
      TimeBox.Bound.AT_MOST, "at_most");

  static final EnumFormat<EmploymentType> EMPLOYMENT_TYPE = EnumFormat.of(EmploymentType.class,
      EmploymentType.FULL_TIME, "full_time",
      EmploymentType.PART_TIME, "part_time",
      EmploymentType.CONTRACT, "contract",
      EmploymentType.INTERN, "intern",
      EmploymentType.TEMPORARY, "temporary");

  static final EnumFormat<OpeningCloseReason> OPENING_CLOSE_REASON = EnumFormat.of(OpeningCloseReason.class,
      OpeningCloseReason.FILLED, "filled",
      OpeningCloseReason.CANCELLED, "cancelled");

  static final EnumFormat<OpeningStatus> OPENING_STATUS = EnumFormat.of(OpeningStatus.class,
      OpeningStatus.OPEN, "open",
      OpeningStatus.CLOSED, "closed");

  static final EnumFormat<RoleAction> ROLE_ACTION = EnumFormat.of(RoleAction.class,
      RoleAction.DRAFT, "draft",
      RoleAction.OPEN, "open",
      RoleAction.HOLD, "hold",
      RoleAction.RESUME, "resume",
      RoleAction.CLOSE, "close",
      RoleAction.REOPEN, "reopen",
      RoleAction.ADD_OPENING, "add_opening",
      RoleAction.FILL_OPENING, "fill_opening",
      RoleAction.CLOSE_OPENING, "close_opening",
      RoleAction.REOPEN_OPENING, "reopen_opening",
      RoleAction.REVISE_POSTING, "revise_posting",
      RoleAction.SET_PLAN, "set_plan",
      RoleAction.SET_TEAM, "set_team",
      RoleAction.SET_REQUISITION, "set_requisition",
      RoleAction.SCHEDULE_OPENING, "schedule_opening",
      RoleAction.REQUEST_APPROVAL, "request_approval",
      RoleAction.APPROVE, "approve",
      RoleAction.DECLINE_APPROVAL, "decline_approval",
      RoleAction.REPLACE_APPROVER, "replace_approver");

  static final EnumFormat<RoleCloseReason> ROLE_CLOSE_REASON = EnumFormat.of(RoleCloseReason.class,
      RoleCloseReason.FILLED, "filled",
      RoleCloseReason.CANCELLED, "cancelled");

  static final EnumFormat<RoleStatus> ROLE_STATUS = EnumFormat.of(RoleStatus.class,
      RoleStatus.DRAFT, "draft",
      RoleStatus.OPEN, "open",
      RoleStatus.ON_HOLD, "on_hold",
      RoleStatus.CLOSED, "closed");

  static final EnumFormat<RoleApproval> ROLE_APPROVAL = EnumFormat.of(RoleApproval.class,
      RoleApproval.NOT_NEEDED, "not_needed",
      RoleApproval.NOT_REQUESTED, "not_requested",
      RoleApproval.PENDING, "pending",
      RoleApproval.APPROVED, "approved");

  static final EnumFormat<WorkplaceType> WORKPLACE_TYPE = EnumFormat.of(WorkplaceType.class,
      WorkplaceType.ON_SITE, "on_site",
      WorkplaceType.HYBRID, "hybrid",
      WorkplaceType.REMOTE, "remote");

  static final EnumFormat<EmploymentArrangement> EMPLOYMENT_ARRANGEMENT = EnumFormat.of(
      EmploymentArrangement.class,
      EmploymentArrangement.EMPLOYEE, "employee",
      EmploymentArrangement.CONTRACTOR, "contractor",
      EmploymentArrangement.EMPLOYER_OF_RECORD, "employer_of_record");

  static final EnumFormat<VisaSponsorship> VISA_SPONSORSHIP = EnumFormat.of(
      VisaSponsorship.class,
      VisaSponsorship.SPONSORED, "sponsored",
      VisaSponsorship.NOT_SPONSORED, "not_sponsored");

  static final EnumFormat<HiringRole> HIRING_ROLE = EnumFormat.of(HiringRole.class,
      HiringRole.HIRING_MANAGER, "hiring_manager",
      HiringRole.RECRUITER, "recruiter",
      HiringRole.COORDINATOR, "coordinator",
      HiringRole.INTERVIEWER, "interviewer",
      HiringRole.APPROVER, "approver");

  static final EnumFormat<HeadcountKind> HEADCOUNT_KIND = EnumFormat.of(HeadcountKind.class,
      HeadcountKind.NEW_HEADCOUNT, "new_headcount",
      HeadcountKind.BACKFILL, "backfill");

  static final EnumFormat<AccommodationOutcome> ACCOMMODATION_OUTCOME = EnumFormat.of(
      AccommodationOutcome.class,
      AccommodationOutcome.ARRANGED, "arranged",
      AccommodationOutcome.PARTLY_ARRANGED, "partly_arranged",
      AccommodationOutcome.NOT_POSSIBLE, "not_possible");

  static final EnumFormat<DebriefOutcome> DEBRIEF_OUTCOME = EnumFormat.of(DebriefOutcome.class,
      DebriefOutcome.ADVANCE, "advance",
      DebriefOutcome.REJECT, "reject",
      DebriefOutcome.HOLD, "hold");

  static final EnumFormat<DecisionRule.Kind> DECISION_RULE_KIND = EnumFormat.of(
      DecisionRule.Kind.class,
      DecisionRule.Kind.VOTES_IN, "votes_in",
      DecisionRule.Kind.EVERY_INTERVIEW_COVERED, "every_interview_covered",
      DecisionRule.Kind.AT_LEAST_ONE, "at_least_one",
      DecisionRule.Kind.NONE_AT_OR_BELOW, "none_at_or_below",
      DecisionRule.Kind.DEBRIEF_ON_NO, "debrief_on_no");
  static final EnumFormat<TimeRule.Kind> TIME_RULE_KIND = EnumFormat.of(TimeRule.Kind.class,
      TimeRule.Kind.RESPOND_WITHIN, "respond_within",
      TimeRule.Kind.WINDOW, "window",
      TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW, "material_before_interview",
      TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW, "decision_after_last_interview");

  static final EnumFormat<TimeRule.Unit> TIME_RULE_UNIT = EnumFormat.of(TimeRule.Unit.class,
      TimeRule.Unit.HOURS, "hours",
      TimeRule.Unit.BUSINESS_DAYS, "business_days");

  static final EnumFormat<ArtifactKind> ARTIFACT_KIND = EnumFormat.of(ArtifactKind.class,
      ArtifactKind.CV, "cv",
      ArtifactKind.PORTFOLIO, "portfolio",
      ArtifactKind.WRITTEN_ANSWERS, "written_answers",
      ArtifactKind.TAKE_HOME, "take_home",
      ArtifactKind.OTHER, "other");

  static final EnumFormat<ChecksumAlgorithm> CHECKSUM_ALGORITHM = EnumFormat.of(
      ChecksumAlgorithm.class,
      ChecksumAlgorithm.MD5, "md_5",
      ChecksumAlgorithm.SHA_1, "sha_1",
      ChecksumAlgorithm.SHA_256, "sha_256",
      ChecksumAlgorithm.SHA_384, "sha_384",
      ChecksumAlgorithm.SHA_512, "sha_512");
  static final EnumFormat<ContingencyKind> CONTINGENCY_KIND = EnumFormat.of(
      ContingencyKind.class,
      ContingencyKind.BACKGROUND_CHECK, "background_check",
      ContingencyKind.REFERENCES, "references",
      ContingencyKind.RIGHT_TO_WORK, "right_to_work",
      ContingencyKind.MEDICAL, "medical",
      ContingencyKind.SECURITY_CLEARANCE, "security_clearance",
      ContingencyKind.OTHER, "other");
  static final EnumFormat<RequirementKind> REQUIREMENT_KIND = EnumFormat.of(
      RequirementKind.class,
      RequirementKind.RIGHT_TO_WORK, "right_to_work",
      RequirementKind.CITIZENSHIP, "citizenship",
      RequirementKind.SECURITY_CLEARANCE, "security_clearance",
      RequirementKind.LICENSE, "license",
      RequirementKind.OTHER, "other");
  static final EnumFormat<RequirementOutcome> REQUIREMENT_OUTCOME = EnumFormat.of(
      RequirementOutcome.class,
      RequirementOutcome.MET, "met",
      RequirementOutcome.NOT_MET, "not_met");

  /** Every enum format, one per public enum of core. */
  static final EnumFormat<dev.hirekit.slate.SlateStatus> SLATE_STATUS = EnumFormat.of(
      dev.hirekit.slate.SlateStatus.class,
      dev.hirekit.slate.SlateStatus.DRAFT, "draft",
      dev.hirekit.slate.SlateStatus.RANKED, "ranked");

  static final EnumFormat<dev.hirekit.slate.SlateAction> SLATE_ACTION = EnumFormat.of(
      dev.hirekit.slate.SlateAction.class,
      dev.hirekit.slate.SlateAction.RANK, "rank",
      dev.hirekit.slate.SlateAction.CUT, "cut",
      dev.hirekit.slate.SlateAction.CLEAR_CUTS, "clear_cuts");

  static final EnumFormat<dev.hirekit.pool.PoolAction> POOL_ACTION = EnumFormat.of(
      dev.hirekit.pool.PoolAction.class,
      dev.hirekit.pool.PoolAction.ADD, "add",
      dev.hirekit.pool.PoolAction.MOVE, "move",
      dev.hirekit.pool.PoolAction.EXTEND, "extend",
      dev.hirekit.pool.PoolAction.REMOVE, "remove",
      dev.hirekit.pool.PoolAction.MOVE_TO_ROLE, "move_to_role");

  static final EnumFormat<dev.hirekit.pool.PoolRemoval> POOL_REMOVAL = EnumFormat.of(
      dev.hirekit.pool.PoolRemoval.class,
      dev.hirekit.pool.PoolRemoval.EXPIRED, "expired",
      dev.hirekit.pool.PoolRemoval.CANDIDATE_ASKED, "candidate_asked",
      dev.hirekit.pool.PoolRemoval.NO_LONGER_A_FIT, "no_longer_a_fit");

  static final EnumFormat<dev.hirekit.candidacy.MergeAction> MERGE_ACTION = EnumFormat.of(
      dev.hirekit.candidacy.MergeAction.class,
      dev.hirekit.candidacy.MergeAction.MERGE, "merge",
      dev.hirekit.candidacy.MergeAction.UNMERGE, "unmerge");

  static final List<EnumFormat<?>> ALL = List.of(
      ACTOR_KIND, APPLICATION_ACTION, APPLICATION_STATUS, REJECTION_SIDE, UNHIRE_REASON,
      SOURCE_KIND, REFEREE_RELATIONSHIP, REFERENCE_OUTCOME, PAY_PERIOD, APPROVAL_MODE,
      EQUITY_KIND, OFFER_ACTION, OFFER_STATUS, INTERVIEW_FOCUS, RECOMMENDATION, STAGE_FORMAT,
      STAGE_KIND, TIME_BOX_BOUND, EMPLOYMENT_TYPE, OPENING_CLOSE_REASON, OPENING_STATUS,
      ROLE_ACTION, ROLE_CLOSE_REASON, ROLE_STATUS, ROLE_APPROVAL, WORKPLACE_TYPE,
      EMPLOYMENT_ARRANGEMENT,
      VISA_SPONSORSHIP, HIRING_ROLE,
      ACCOMMODATION_OUTCOME, HEADCOUNT_KIND,
      DEBRIEF_OUTCOME, DECISION_RULE_KIND, TIME_RULE_KIND, TIME_RULE_UNIT,
      ARTIFACT_KIND, CHECKSUM_ALGORITHM,
      CONTINGENCY_KIND, REQUIREMENT_KIND, REQUIREMENT_OUTCOME,
      SLATE_STATUS, SLATE_ACTION, POOL_ACTION, POOL_REMOVAL, MERGE_ACTION);

  private EnumNames() {}
}
