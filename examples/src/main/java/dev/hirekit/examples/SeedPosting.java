package dev.hirekit.examples;

import dev.hirekit.actor.Actor;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
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
import java.time.Duration;
import java.time.Instant;

/**
 * The seed posting as a user of Hirekit would write it: a Forward-Deployed Engineer in San
 * Francisco, and the six steps of its process in our own words (review, a half-hour call, a
 * take-home of two hours at most, a few hours of technical and non-technical interviews on site or
 * by video, references, an offer of pay and equity).
 *
 * <pre>{@code
 * Role draft = SeedPosting.role(recruiter, now); // drafted, planned, one opening
 * }</pre>
 */
public final class SeedPosting {
  /** The technical interview of the interview stage. */
  public static final InterviewId TECHNICAL = InterviewId.of("technical");
  /** The non-technical interview of the interview stage. */
  public static final InterviewId NON_TECHNICAL = InterviewId.of("non-technical");
  /** The one opening. */
  public static final OpeningId OPENING = OpeningId.of("fde-sf-1");

  private SeedPosting() {}

  /**
   * The posting as a draft role: drafted, given its plan and its one opening, all by one actor
   * at one time.
   *
   * @param by who drafts it, a recruiter or hiring manager
   * @param at when
   * @return the role, in DRAFT
   */
  public static Role role(Actor by, Instant at) {
    return Role.draft(RoleId.of("fde-sf"), posting(), by, at)
        .setPlan(by, at, plan())
        .addOpening(by, at, OPENING);
  }

  /**
   * What the role says publicly.
   *
   * @return the posting
   */
  public static Posting posting() {
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
        .compensationNote("Pay and equity, figures not posted")
        .build();
  }

  /**
   * The six steps of the process, version 1.
   *
   * @return the plan
   */
  public static InterviewPlan plan() {
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
            .addInterview(interview(TECHNICAL, "Systems and code", InterviewFocus.TECHNICAL))
            .addInterview(interview(NON_TECHNICAL, "Working with customers",
                InterviewFocus.NON_TECHNICAL))
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

  private static Interview interview(InterviewId id, String name, InterviewFocus focus) {
    return Interview.builder().id(id).name(name).focus(focus).duration(Duration.ofMinutes(90))
        .build();
  }
}
