package dev.hirekit.examples;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.StageVisit;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The main demo: the seed posting (a Forward-Deployed Engineer in San Francisco) run end to end
 * with four candidates: one hired after a declined and revised offer, one rejected at the
 * take-home, one who withdraws, and one rejected and then reopened. Prints ids, statuses and
 * times only: Hirekit never needs a candidate's name to run a pipeline.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java
 * }</pre>
 */
public final class SeedPipelineDemo {
  private static final Actor RECRUITER =
      Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
  private static final MemberId TECH = MemberId.of("engineer-1");
  private static final MemberId PEOPLE = MemberId.of("engineer-2");
  private static final Actor TECH_INTERVIEWER = Actor.member(TECH, HiringRole.INTERVIEWER);
  private static final Actor PEOPLE_INTERVIEWER = Actor.member(PEOPLE, HiringRole.INTERVIEWER);
  private static final Actor APPROVER =
      Actor.member(MemberId.of("vp-engineering"), HiringRole.APPROVER);

  private final PrintStream out;
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");

  private SeedPipelineDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the demo, printing to a stream.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    new SeedPipelineDemo(out).walk();
  }

  private Instant later(Duration gap) {
    now = now.plus(gap);
    return now;
  }

  private void walk() {
    Role role = SeedPosting.role(RECRUITER, now).open(RECRUITER, now);
    out.println("Role " + role.id() + ": " + role.posting().title() + ", " + role.status() + ", "
        + role.openOpenings().size() + " open opening(s), "
        + role.plan().orElseThrow().stages().size() + " stages");

    Application ada = apply(role, "app-ada", "cand-ada");
    Application ben = apply(role, "app-ben", "cand-ben");
    Application cy = apply(role, "app-cy", "cand-cy");
    Application dee = apply(role, "app-dee", "cand-dee");

    // Everyone through review to the 30-minute call, then to the take-home.
    ada = ada.advance(RECRUITER, later(Duration.ofDays(1))).advance(RECRUITER, later(hours(4)));
    ben = ben.advance(RECRUITER, later(hours(1))).advance(RECRUITER, later(hours(3)));
    cy = cy.advance(RECRUITER, later(hours(1))).advance(RECRUITER, later(hours(3)));
    dee = dee.advance(RECRUITER, later(hours(1)));

    dee = dee.reject(RECRUITER, later(hours(2)),
        RejectionReason.of(RejectionSide.WE_REJECTED, "experience-mismatch"));
    try {
      dee.advance(RECRUITER, later(hours(1)));
    } catch (IllegalTransitionException refused) {
      out.println("Refused, nothing changed: " + refused.getMessage());
    }
    dee = dee.reopen(RECRUITER, later(Duration.ofDays(1)), "hiring manager asked for a call");

    ben = ben.reject(RECRUITER, later(Duration.ofDays(2)),
        RejectionReason.of(RejectionSide.WE_REJECTED, "take-home-below-bar"));

    // Ada and Cy reach the interviews; the candidate picked video over a visit.
    ada = ada.advance(RECRUITER, later(Duration.ofDays(2)));
    cy = cy.advance(RECRUITER, later(hours(1)));
    cy = cy.withdraw(Actor.candidate(cy.candidateId()), later(Duration.ofDays(1)),
        "accepted another offer");

    ada = ada.submitScorecard(TECH_INTERVIEWER, later(Duration.ofDays(1)),
            card(SeedPosting.TECHNICAL, TECH, Recommendation.STRONG_YES))
        .submitScorecard(PEOPLE_INTERVIEWER, later(hours(1)),
            card(SeedPosting.NON_TECHNICAL, PEOPLE, Recommendation.YES))
        .advance(RECRUITER, later(hours(2)))
        .recordReference(RECRUITER, later(Duration.ofDays(1)), Reference.builder()
            .referee("(kept by the ATS)").relationship(RefereeRelationship.MANAGER)
            .outcome(ReferenceOutcome.POSITIVE).checkedBy(MemberId.of("recruiter-1")).build())
        .advance(RECRUITER, later(hours(1)));

    // The first offer is declined, the revised one accepted.
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1,
        MemberId.of("vp-engineering"));
    ada = ada.draftOffer(RECRUITER, later(hours(2)), OfferId.of("offer-ada"),
            terms("180000"), now.plus(Duration.ofDays(7)), chain)
        .submitOfferForApproval(RECRUITER, later(hours(1)))
        .approveOffer(APPROVER, later(hours(3)))
        .extendOffer(RECRUITER, later(hours(1)))
        .declineOffer(Actor.candidate(ada.candidateId()), later(Duration.ofDays(2)),
            "base below expectations");
    ada = ada.reviseOffer(RECRUITER, later(hours(5)), terms("195000"),
            now.plus(Duration.ofDays(7)))
        .submitOfferForApproval(RECRUITER, later(hours(1)))
        .approveOffer(APPROVER, later(hours(2)))
        .extendOffer(RECRUITER, later(hours(1)))
        .acceptOffer(Actor.candidate(ada.candidateId()), later(Duration.ofDays(1)));
    Staffing.Staffed hired = Staffing.hire(role, ada, RECRUITER, later(hours(2)),
        SeedPosting.OPENING);                       // application and role, one step
    ada = hired.application();
    role = hired.role();

    out.println();
    for (Application app : new Application[] {ada, ben, cy, dee}) {
      out.println(app + "  (" + app.history().size() + " events; offers: "
          + app.offers().stream().map(o -> "v" + o.version() + " " + o.status()).toList() + ")");
    }
    out.println();
    out.println("Time in stage for " + ada.id() + ":");
    for (StageVisit visit : ada.stageVisits()) {
      out.println("  " + visit.stage() + ": " + visit.duration(now).toHours() + " h");
    }
    out.println();
    out.println("Role " + role.id() + " after the hire: " + role.status() + ", "
        + role.openOpenings().size() + " open opening(s)");
    out.println("What the recruiter may do with " + dee.id() + " now: "
        + dee.allowedActions(RECRUITER));
    out.println("Replay of " + ada.id() + " equals it: "
        + Application.replay(ada.history()).equals(ada));
  }

  private Application apply(Role role, String application, String candidate) {
    CandidateId id = CandidateId.of(candidate);
    return Application.apply(ApplicationId.of(application), id, role, Actor.candidate(id),
        later(hours(1)));
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }

  private static Scorecard card(dev.hirekit.plan.InterviewId interview, MemberId interviewer,
      Recommendation recommendation) {
    return Scorecard.builder().interview(interview).interviewer(interviewer)
        .recommendation(recommendation).build();
  }

  private static Compensation terms(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .equity(Equity.builder().kind(EquityKind.OPTIONS).amount(new BigDecimal("20000"))
            .vestingMonths(48).cliffMonths(12).build())
        .startDate(LocalDate.of(2026, 4, 20))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }
}
