package dev.hirekit.jackson3;

import dev.hirekit.actor.Actor;
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
import java.time.Instant;

/**
 * The seed role of the examples module (SeedPosting there: a Forward-Deployed Engineer in San
 * Francisco), as far as its JobPosting needs it: the same posting, a plan cut to two stages.
 * Examples is no dependency of the modules, so the construction is copied here.
 */
final class SeedRole {
  static final Actor RECRUITER = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
  /** When the role is drafted, planned and given its opening. */
  static final Instant DRAFTED = Instant.parse("2026-02-27T16:00:00Z");
  /** When it opens: its datePosted. */
  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  static final String SUMMARY =
      "Half backend engineer, half trusted partner of our largest customers.";

  private SeedRole() {}

  /** The seed posting, word for word as SeedPosting gives it. */
  static Posting posting() {
    return Posting.builder()
        .title("Forward-Deployed Engineer")
        .department("Engineering")
        .addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.builder()
            .summary(SUMMARY)
            .addResponsibility("Build what important customers need next, to a high standard")
            .addResponsibility("Own the relationship and upgrades of a set of key accounts")
            .addQualification("Strong on backend systems, containers and Linux")
            .travel("Some travel to customers")
            .build())
        .compensationNote("Pay and equity, figures not posted")
        .build();
  }

  /** A draft of a posting: planned and with its one opening, never opened. */
  static Role draft(Posting posting) {
    return Role.draft(RoleId.of("fde-sf"), posting, RECRUITER, DRAFTED)
        .setPlan(RECRUITER, DRAFTED, plan())
        .addOpening(RECRUITER, DRAFTED, OpeningId.of("fde-sf-1"));
  }

  /** A posting's role, opened at {@link #OPENED}. */
  static Role open(Posting posting) {
    return draft(posting).open(RECRUITER, OPENED);
  }

  /** The seed role, open. */
  static Role open() {
    return open(posting());
  }

  private static InterviewPlan plan() {
    return InterviewPlan.of(
        stage("review", "Application review", StageKind.APPLICATION_REVIEW),
        stage("offer", "Offer", StageKind.OFFER));
  }

  private static Stage stage(String id, String name, StageKind kind) {
    Stage.Builder builder = Stage.builder();
    builder.id(StageId.of(id)).name(name).kind(kind).addFormat(StageFormat.ASYNC);
    return builder.build();
  }
}
