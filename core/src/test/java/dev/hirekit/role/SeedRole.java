package dev.hirekit.role;

import dev.hirekit.actor.Actor;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.testing.Plans;
import dev.hirekit.testing.Roles;
import java.time.Instant;

/**
 * The canonical seed role of the test suites: an on-site, full-time Forward-Deployed Engineer in
 * San Francisco with a six-stage interview plan. Written in our own words from the facts of the
 * shared seed posting; reuse it from any test. The plan and the posting are those of
 * hirekit-testing, whose applications are on this posting and plan too.
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
   * The seed role's six-stage plan, {@link Plans#seed()}, whose stage and interview ids are the
   * constants above.
   *
   * @return the plan
   */
  public static InterviewPlan plan() {
    return Plans.seed();
  }

  /**
   * The seed role's posting, {@link Roles#seedPosting()}.
   *
   * @return the posting
   */
  public static Posting posting() {
    return Roles.seedPosting();
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
