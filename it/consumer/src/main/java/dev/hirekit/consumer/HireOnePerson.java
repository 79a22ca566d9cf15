package dev.hirekit.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.jackson.HirekitModule;
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
 * What a team adopting Hirekit writes first: a forward-deployed engineer role in San Francisco
 * with its plan (review, a call, a take-home, interviews, references, an offer), one candidate
 * walked to a hire, and the application written as JSON and read back. Run on the class path and
 * on the module path by it/consumer/run.
 */
public final class HireOnePerson {
  private HireOnePerson() {}

  /**
   * Walks the role to a hire and prints the JSON.
   *
   * @param args none
   * @throws Exception if JSON fails
   */
  public static void main(String[] args) throws Exception {
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Instant at = Instant.parse("2027-02-01T09:00:00Z");
    Role role = Role.draft(RoleId.of("fde-sf"), posting(), recruiter, at)
        .setPlan(recruiter, at, plan())
        .addOpening(recruiter, at, OpeningId.of("fde-sf-1"))
        .open(recruiter, at);

    CandidateId ada = CandidateId.of("cand-ada");
    Application app = Application.apply(ApplicationId.of("app-ada"), ada, role,
        Actor.candidate(ada), at.plus(Duration.ofDays(1)));
    Instant t = at.plus(Duration.ofDays(2));
    for (int i = 0; i < 5; i++) {            // review, call, take-home, interviews, references
      t = t.plus(Duration.ofDays(1));
      app = app.advance(recruiter, t);
    }
    app = app.draftOffer(recruiter, t.plus(Duration.ofHours(1)), OfferId.of("offer-ada"),
            Compensation.builder()
                .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
                .startDate(LocalDate.of(2027, 4, 5))
                .employmentType(EmploymentType.FULL_TIME)
                .build(),
            t.plus(Duration.ofDays(7)), ApprovalChain.none())
        .extendOffer(recruiter, t.plus(Duration.ofHours(2)))
        .acceptOffer(Actor.candidate(ada), t.plus(Duration.ofDays(1)));
    Staffing.Staffed hired = Staffing.hire(role, app, recruiter, t.plus(Duration.ofDays(2)),
        OpeningId.of("fde-sf-1"));

    ObjectMapper json = new ObjectMapper().registerModule(new HirekitModule());
    String written = json.writeValueAsString(hired.application());
    Application read = json.readValue(written, Application.class);
    if (!read.equals(hired.application())) {
      throw new IllegalStateException("the application read back differs");
    }
    System.out.println("hired: " + read.status() + " into " + read.hiredInto().orElseThrow()
        + ", role " + hired.role().status() + ", " + read.history().size() + " events, "
        + written.length() + " characters of JSON, on the "
        + (HireOnePerson.class.getModule().isNamed() ? "module path" : "class path"));
  }

  private static Posting posting() {
    return Posting.builder()
        .title("Forward-Deployed Engineer")
        .department("Engineering")
        .addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.builder()
            .summary("Build backend features with and for the customers who need them.")
            .build())
        .build();
  }

  private static InterviewPlan plan() {
    return InterviewPlan.of(
        stage("review", "Application review", StageKind.APPLICATION_REVIEW, StageFormat.ASYNC),
        stage("call", "A 30-minute call", StageKind.SCREEN, StageFormat.VIDEO),
        stage("take-home", "Take-home, two hours at most", StageKind.ASSESSMENT,
            StageFormat.ASYNC),
        stage("interviews", "Interviews", StageKind.INTERVIEW, StageFormat.ON_SITE),
        stage("references", "Reference check", StageKind.REFERENCE_CHECK, StageFormat.ASYNC),
        stage("offer", "Offer", StageKind.OFFER, StageFormat.ASYNC));
  }

  private static Stage stage(String id, String name, StageKind kind, StageFormat format) {
    return Stage.builder().id(StageId.of(id)).name(name).kind(kind).addFormat(format).build();
  }
}
