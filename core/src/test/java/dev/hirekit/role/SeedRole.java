package dev.hirekit.role;

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
import java.time.Duration;
import java.time.Instant;

/**
 * The canonical seed role of the test suites: an on-site, full-time Forward-Deployed Engineer in
 * San Francisco with a six-stage interview plan. Written in our own words from the facts of the
 * shared seed posting; reuse it from any test.
 */
public final class SeedRole {
  /** Application review, asynchronous. */
  public static final StageId APPLICATION = StageId.of("application");
  /** A 30-minute intro call by phone or video. */
  public static final StageId SCREEN = StageId.of("screen");
  /** A take-home coding exercise of at most two hours. */
  public static final StageId TAKE_HOME = StageId.of("take-home");
  /** A few hours of interviews, on site or by video as the candidate chooses. */
  public static final StageId INTERVIEWS = StageId.of("interviews");
  /** The reference check. */
  public static final StageId REFERENCES = StageId.of("references");
  /** The offer. */
  public static final StageId OFFER = StageId.of("offer");

  /** The technical interview of the interview stage. */
  public static final InterviewId TECHNICAL_INTERVIEW = InterviewId.of("interviews-technical");
  /** The non-technical interview of the interview stage. */
  public static final InterviewId NON_TECHNICAL_INTERVIEW =
      InterviewId.of("interviews-non-technical");

  /** The role's id. */
  public static final RoleId ROLE = RoleId.of("forward-deployed-engineer-sf");
  /** The role's one opening. */
  public static final OpeningId OPENING = OpeningId.of("forward-deployed-engineer-sf-1");
  /** When the seed role was drafted, planned and given its opening, by the system. */
  public static final Instant DRAFTED = Instant.EPOCH;

  private SeedRole() {}

  /**
   * The seed role's six-stage plan.
   *
   * @return the plan
   */
  public static InterviewPlan plan() {
    return InterviewPlan.of(
        Stage.builder().id(APPLICATION).name("Application review")
            .kind(StageKind.APPLICATION_REVIEW).addFormat(StageFormat.ASYNC).build(),
        Stage.builder().id(SCREEN).name("Introductory call").kind(StageKind.SCREEN)
            .addFormats(StageFormat.PHONE, StageFormat.VIDEO)
            .timeBox(TimeBox.about(Duration.ofMinutes(30))).build(),
        Stage.builder().id(TAKE_HOME).name("Take-home coding exercise")
            .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
            .timeBox(TimeBox.atMost(Duration.ofHours(2))).build(),
        Stage.builder().id(INTERVIEWS).name("Interviews with the team")
            .kind(StageKind.INTERVIEW).addFormats(StageFormat.ON_SITE, StageFormat.VIDEO)
            .timeBox(TimeBox.about(Duration.ofHours(3)))
            .addInterview(Interview.builder().id(TECHNICAL_INTERVIEW)
                .name("Technical interview").focus(InterviewFocus.TECHNICAL)
                .duration(Duration.ofMinutes(90)).build())
            .addInterview(Interview.builder().id(NON_TECHNICAL_INTERVIEW)
                .name("Non-technical interview").focus(InterviewFocus.NON_TECHNICAL)
                .duration(Duration.ofMinutes(90)).build())
            .build(),
        Stage.builder().id(REFERENCES).name("Reference check")
            .kind(StageKind.REFERENCE_CHECK).addFormat(StageFormat.ASYNC).build(),
        Stage.builder().id(OFFER).name("Offer").kind(StageKind.OFFER)
            .addFormat(StageFormat.ASYNC).build());
  }

  /**
   * The seed role's posting.
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
            .summary("Backend engineering combined with working directly with customers.")
            .addResponsibility("Ship the features key customers need most, quickly and well")
            .addResponsibility("Learn what engineering and infrastructure leaders need")
            .addResponsibility("Be the main contact of key customers for feedback and upgrades")
            .addResponsibility("Feed what customers say back into product direction")
            .addQualification("Deep backend and infrastructure skills (containers, Go, Linux)")
            .addQualification("Curiosity about how engineering, product and sales fit together")
            .addBenefit("A range of benefits on top of pay and equity")
            .travel("Occasional trips to meet customers")
            .build())
        .compensationNote("Competitive pay and equity; no figures are posted")
        .equalOpportunityStatement(
            "We are an equal opportunity employer and welcome people of every background.")
        .build();
  }

  /**
   * The seed role as a new draft: its posting only, no plan, no opening, version 1.
   *
   * @return the draft, drafted by the system at {@link #DRAFTED}
   */
  public static Role drafted() {
    return Role.draft(ROLE, posting(), Actor.system(), DRAFTED);
  }

  /**
   * The seed role, a draft with its plan and one open opening (version 3).
   *
   * @return the role
   */
  public static Role role() {
    return role(plan());
  }

  /**
   * The seed role, a draft with another plan and one open opening (version 3).
   *
   * @param plan the plan
   * @return the role
   */
  public static Role role(InterviewPlan plan) {
    return drafted().setPlan(Actor.system(), DRAFTED, plan)
        .addOpening(Actor.system(), DRAFTED, OPENING);
  }

  /**
   * The seed role under another id, a draft with its plan and one open opening.
   *
   * @param id the id
   * @return the role
   */
  public static Role role(RoleId id) {
    return Role.draft(id, posting(), Actor.system(), DRAFTED)
        .setPlan(Actor.system(), DRAFTED, plan()).addOpening(Actor.system(), DRAFTED, OPENING);
  }

  /**
   * The seed role without a plan: a draft with one open opening (version 2), which cannot open.
   *
   * @return the role
   */
  public static Role unplanned() {
    return drafted().addOpening(Actor.system(), DRAFTED, OPENING);
  }
}
