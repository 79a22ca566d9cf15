package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** Actors, times and values shared by the application tests. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final CandidateId CANDIDATE_ID = CandidateId.of("cand-42");
  static final ApplicationId APP = ApplicationId.of("app-7");
  static final OfferId OFFER = OfferId.of("offer-1");

  static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  static final Actor COORDINATOR = Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR);
  static final MemberId ALICE = MemberId.of("int-alice");
  static final MemberId BOB = MemberId.of("int-bob");
  static final Actor INTERVIEWER_ALICE = Actor.member(ALICE, HiringRole.INTERVIEWER);
  static final Actor INTERVIEWER_BOB = Actor.member(BOB, HiringRole.INTERVIEWER);
  static final MemberId FINANCE = MemberId.of("appr-finance");
  static final MemberId CEO = MemberId.of("appr-ceo");
  static final Actor APPROVER_FINANCE = Actor.member(FINANCE, HiringRole.APPROVER);
  static final Actor APPROVER_CEO = Actor.member(CEO, HiringRole.APPROVER);
  static final Actor CANDIDATE = Actor.candidate(CANDIDATE_ID);

  private Fixtures() {}

  static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  static Role openRole() {
    return SeedRole.role().open(Actor.system(), T0.minus(Duration.ofDays(1)));
  }

  static Application applied() {
    return Application.apply(APP, CANDIDATE_ID, openRole(), CANDIDATE, t(0));
  }

  /** Applied and walked to the interview stage. */
  static Application atInterviews() {
    return applied().advance(RECRUITER, t(1)).advance(RECRUITER, t(2))
        .advance(RECRUITER, t(3));
  }

  /** At the offer stage, no offer yet. */
  static Application atOffer() {
    return atInterviews().advance(RECRUITER, t(4)).advance(RECRUITER, t(5));
  }

  static Compensation terms(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 5, 4))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }

  static ApprovalChain twoOfTwo() {
    return ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CEO);
  }

  /** At the offer stage with an extended offer (no approval chain). */
  static Application withExtendedOffer() {
    return atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(24 * 14),
        ApprovalChain.none()).extendOffer(RECRUITER, t(7));
  }

  static Scorecard card(InterviewId interview, MemberId interviewer, Recommendation r) {
    return Scorecard.builder().interview(interview).interviewer(interviewer).recommendation(r)
        .build();
  }
}
