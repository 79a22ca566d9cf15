package dev.hirekit.examples;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.offer.Offer;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.time.WorkCalendar;
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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The code examples of the README, compiled and run so that they stay true: the lines between each
 * pair of README markers are one of the README's examples, and {@code ReadmeExampleTest} checks
 * they match.
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
    InterviewPlan plan = SeedPosting.plan();
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Actor interviewer = Actor.member(MemberId.of("engineer-1"), HiringRole.INTERVIEWER);
    CandidateId candidateId = CandidateId.of("cand-42");
    Actor candidate = Actor.candidate(candidateId);
    // README:begin
    Posting posting = Posting.builder().title("Forward-Deployed Engineer")
        .department("Engineering").addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE).employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Backend engineering, side by side with customers."))
        .build();
    Role role = Role.draft(RoleId.of("fde-sf"), posting, recruiter, now)   // DRAFT, version 1
        .setPlan(recruiter, now, plan)
        .addOpening(recruiter, now, OpeningId.of("fde-sf-1"))
        .open(recruiter, now);                                   // DRAFT -> OPEN, version 4

    Application app = Application.apply(ApplicationId.of("app-7"), candidateId, role, candidate,
        now).advance(recruiter, now.plusSeconds(3600));          // to the 30-minute call
    Set<ApplicationAction> legal = app.allowedActions(interviewer); // what they may do now
    app = app.reject(recruiter, now.plusSeconds(7200),
        RejectionReason.of(RejectionSide.WE_REJECTED, "not-now"));
    app = app.reopen(recruiter, now.plusSeconds(9000), "second look"); // back at the call
    boolean same = Application.replay(app.history()).equals(app);  // state = replay of events
    // README:end
    if (!same || !legal.isEmpty() || !Role.replay(role.history()).equals(role)) {
      throw new IllegalStateException("the README example no longer shows what it says");
    }
    return app;
  }

  /**
   * Runs the README's example of the team policy: a team member applies for a candidate, and the
   * stored events load under the same policy.
   *
   * @param now the time the example starts at
   * @return the application loaded from its events
   */
  public static Application team(Instant now) {
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Role role = SeedPosting.role(recruiter, now).setTeam(recruiter, now, HiringTeam.of(
            TeamMember.of(MemberId.of("recruiter-1"), HiringRole.RECRUITER)))
        .open(recruiter, now);
    ApplicationId applicationId = ApplicationId.of("app-8");
    CandidateId candidateId = CandidateId.of("cand-43");
    // README:team-begin
    HiringPolicy policy = HiringPolicy.team();
    Application app = policy.apply(applicationId, candidateId, role, recruiter, now);
    // README:team-end
    List<ApplicationEvent> storedEvents = app.history();
    // README:load-begin
    Application loaded = policy.replay(storedEvents);   // every event re-checked, the first included
    // README:load-end
    return loaded;
  }

  /**
   * Runs the README's example of appending to a store, under the policy of {@link
   * #managersHire()}: one action's events are appended after the version the store held.
   *
   * @param now the time the example starts at
   * @return the events a store would append
   */
  public static List<ApplicationEvent> store(Instant now) {
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Role role = SeedPosting.role(recruiter, now).open(recruiter, now);
    HiringPolicy policy = HiringPolicy.of(managersHire(), Offer.DEFAULT_POLICY);
    Application app = policy.apply(ApplicationId.of("app-9"), CandidateId.of("cand-44"), role,
        recruiter, now);
    // README:store-begin
    long loaded = app.version();                            // the version your store holds
    Application next = app.advance(recruiter, now.plusSeconds(60));
    List<ApplicationEvent> toAppend = next.eventsAfter(loaded); // append, expecting `loaded`
    // README:store-end
    return toAppend;
  }

  /**
   * The README's policy that reads the application: only a hiring manager of the application's
   * own team may hire; every other action as by default.
   *
   * @return the application policy
   */
  public static Policy<ApplicationAction, Application> managersHire() {
    // README:subject-begin
    Policy<ApplicationAction, Application> managersHire = (actor, action, application) ->
        action != ApplicationAction.HIRE
            ? Application.DEFAULT_POLICY.allows(actor, action, application)
            : application.hiringTeam().membersWith(HiringRole.HIRING_MANAGER).stream()
                .anyMatch(member -> actor.memberId().equals(Optional.of(member.id())));
    HiringPolicy policy = HiringPolicy.of(managersHire, Offer.DEFAULT_POLICY);
    // README:subject-end
    return policy.applications();
  }

  /**
   * Runs the README's report example over the given applications and candidates: working time
   * on Los Angeles weekdays, sources from the candidates, the funnel and time-in-stage tables
   * printed to {@code System.out}.
   *
   * @param applications the applications
   * @param candidates their candidates
   * @return the report
   */
  public static PipelineReport report(List<Application> applications,
      List<Candidate> candidates) {
    // README:report-begin
    PipelineReport report = ReportQuery.builder()
        .calendar(WorkCalendar.weekdays(ZoneId.of("America/Los_Angeles")))
        .sources(candidates)
        .build()
        .over(applications);                 // or .overEvents(eventsOrderedByApplication)
    System.out.print(report.funnelTable());
    System.out.print(report.timeInStageTable());
    // README:report-end
    return report;
  }
}
