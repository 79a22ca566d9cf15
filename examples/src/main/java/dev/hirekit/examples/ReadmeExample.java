package dev.hirekit.examples;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.Actor;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.Set;

/**
 * The code example of the README, compiled and run so that it stays true: the lines between the
 * README markers are the README's example, and {@code ReadmeExampleTest} checks they match.
 *
 * <pre>{@code
 * Application app = ReadmeExample.run(Instant.parse("2026-03-02T09:00:00Z"));
 * }</pre>
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Runs the README's example.
   *
   * @param now the time the example starts at
   * @return the application at its end
   */
  public static Application run(Instant now) {
    InterviewPlan plan = SeedPosting.role().plan().orElseThrow();
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Actor interviewer = Actor.member(MemberId.of("engineer-1"), HiringRole.INTERVIEWER);
    CandidateId candidateId = CandidateId.of("cand-42");
    Actor candidate = Actor.candidate(candidateId);
    // README:begin
    Role role = Role.builder().id(RoleId.of("fde-sf")).title("Forward-Deployed Engineer")
        .department("Engineering").addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE).employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Backend engineering, side by side with customers."))
        .addOpening(Opening.open(OpeningId.of("fde-sf-1"))).plan(plan).build()
        .open(recruiter, now);                                   // DRAFT -> OPEN

    Application app = Application.apply(ApplicationId.of("app-7"), candidateId, role, candidate,
        now).advance(recruiter, now.plusSeconds(3600));          // to the 30-minute call
    Set<ApplicationAction> legal = app.allowedActions(interviewer); // what they may do now
    app = app.reject(recruiter, now.plusSeconds(7200),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"));
    app = app.reopen(recruiter, now.plusSeconds(9000), "second look"); // back at the call
    boolean same = Application.replay(app.history()).equals(app);  // state = replay of events
    // README:end
    if (!same || !legal.isEmpty()) {
      throw new IllegalStateException("the README example no longer shows what it says");
    }
    return app;
  }
}
