package dev.hirekit.application;

import dev.hirekit.internal.Require;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.Actor;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringTeam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something that happened to an application, with when and by whom. An application's state is
 * exactly the replay of its events ({@link Application#replay(List)}); every event type is a
 * record nested here, named in the past tense.
 *
 * <pre>{@code
 * for (ApplicationEvent event : application.history()) {
 *   if (event instanceof ApplicationEvent.Advanced advanced) {
 *     log.info("{} entered {} at {}", application.id(), advanced.to(), advanced.at());
 *   }
 * }
 * }</pre>
 */
public sealed interface ApplicationEvent permits
    ApplicationEvent.Applied,
    ApplicationEvent.Prospected,
    ApplicationEvent.Converted,
    ApplicationEvent.Advanced,
    ApplicationEvent.Skipped,
    ApplicationEvent.Moved,
    ApplicationEvent.Rejected,
    ApplicationEvent.Withdrawn,
    ApplicationEvent.Reopened,
    ApplicationEvent.ScorecardSubmitted,
    ApplicationEvent.ReferenceRecorded,
    ApplicationEvent.OfferDrafted,
    ApplicationEvent.OfferSubmittedForApproval,
    ApplicationEvent.OfferApproved,
    ApplicationEvent.OfferApprovalDeclined,
    ApplicationEvent.OfferExtended,
    ApplicationEvent.OfferAccepted,
    ApplicationEvent.OfferDeclined,
    ApplicationEvent.OfferRescinded,
    ApplicationEvent.OfferExpired,
    ApplicationEvent.OfferRevised,
    ApplicationEvent.Hired,
    ApplicationEvent.Unhired,
    ApplicationEvent.Migrated {

  /**
   * When it happened.
   *
   * @return the instant
   */
  Instant at();

  /**
   * Who did it.
   *
   * @return the actor
   */
  Actor by();

  /**
   * The stable name of this kind of event, unique across the events of every aggregate and never
   * a Java class name: for example {@code application.advanced} or {@code
   * offer.extended}. Stores and documents name events by it; it does not
   * change when a Java type is renamed.
   *
   * @return the type name
   */
  default String type() {
    return EventNames.of(this);
  }

  /**
   * The application was created, active at its entry stage.
   *
   * @param application the new application's id
   * @param candidate who applied
   * @param role the role applied to
   * @param plan the plan the application runs on (a snapshot)
   * @param team the role's hiring team when the application was created (a snapshot)
   * @param stage the entry stage
   * @param reason why it entered at a stage other than the first, if it did
   * @param at when
   * @param by who
   */
  record Applied(ApplicationId application, CandidateId candidate, RoleId role, InterviewPlan plan, HiringTeam team, StageId stage, Optional<String> reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the new application's id
     * @param candidate who applied
     * @param role the role applied to
     * @param plan the plan the application runs on (a snapshot)
     * @param team the role's hiring team when the application was created (a snapshot)
     * @param stage the entry stage
     * @param reason why it entered at a stage other than the first, if it did
     * @param at when
     * @param by who
     */
    public Applied {
      Require.given(application, "Applied", "application");
      Require.given(candidate, "Applied", "candidate");
      Require.given(role, "Applied", "role");
      Require.given(plan, "Applied", "plan");
      Require.given(team, "Applied", "team");
      Require.given(stage, "Applied", "stage");
      Require.given(reason, "Applied", "reason");
      Require.given(at, "Applied", "at");
      Require.given(by, "Applied", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Applied[" + "application=" + application + ", " + "candidate=" + candidate + ", " + "role=" + role + ", " + "plan=" + plan + ", " + "team=" + team + ", " + "stage=" + stage + ", " + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * A prospect (a lead, not yet applied) was created.
   *
   * @param application the new application's id
   * @param candidate the lead
   * @param role the role
   * @param plan the plan the application runs on (a snapshot)
   * @param team the role's hiring team when the prospect was created (a snapshot)
   * @param at when
   * @param by who
   */
  record Prospected(ApplicationId application, CandidateId candidate, RoleId role, InterviewPlan plan, HiringTeam team, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the new application's id
     * @param candidate the lead
     * @param role the role
     * @param plan the plan the application runs on (a snapshot)
     * @param team the role's hiring team when the prospect was created (a snapshot)
     * @param at when
     * @param by who
     */
    public Prospected {
      Require.given(application, "Prospected", "application");
      Require.given(candidate, "Prospected", "candidate");
      Require.given(role, "Prospected", "role");
      Require.given(plan, "Prospected", "plan");
      Require.given(team, "Prospected", "team");
      Require.given(at, "Prospected", "at");
      Require.given(by, "Prospected", "by");
    }
  }

  /**
   * A prospect became an active application.
   *
   * @param stage the entry stage
   * @param reason why it entered at a stage other than the first, if it did
   * @param at when
   * @param by who
   */
  record Converted(StageId stage, Optional<String> reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param stage the entry stage
     * @param reason why it entered at a stage other than the first, if it did
     * @param at when
     * @param by who
     */
    public Converted {
      Require.given(stage, "Converted", "stage");
      Require.given(reason, "Converted", "reason");
      Require.given(at, "Converted", "at");
      Require.given(by, "Converted", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Converted[" + "stage=" + stage + ", " + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved to the next stage.
   *
   * @param from the stage left
   * @param to the stage entered
   * @param at when
   * @param by who
   */
  record Advanced(StageId from, StageId to, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param from the stage left
     * @param to the stage entered
     * @param at when
     * @param by who
     */
    public Advanced {
      Require.given(from, "Advanced", "from");
      Require.given(to, "Advanced", "to");
      Require.given(at, "Advanced", "at");
      Require.given(by, "Advanced", "by");
    }
  }

  /**
   * The application moved forward over optional stages.
   *
   * @param from the stage left
   * @param to the stage entered
   * @param skipped the optional stages passed over
   * @param reason why
   * @param at when
   * @param by who
   */
  record Skipped(StageId from, StageId to, List<StageId> skipped, String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param from the stage left
     * @param to the stage entered
     * @param skipped the optional stages passed over
     * @param reason why
     * @param at when
     * @param by who
     */
    public Skipped {
      Require.given(from, "Skipped", "from");
      Require.given(to, "Skipped", "to");
      skipped = List.copyOf(skipped);
      Require.given(reason, "Skipped", "reason");
      Require.given(at, "Skipped", "at");
      Require.given(by, "Skipped", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Skipped[" + "from=" + from + ", " + "to=" + to + ", " + "skipped=" + skipped + ", " + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved to an earlier stage, or forward to the next one.
   *
   * @param from the stage left
   * @param to the stage entered
   * @param at when
   * @param by who
   */
  record Moved(StageId from, StageId to, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param from the stage left
     * @param to the stage entered
     * @param at when
     * @param by who
     */
    public Moved {
      Require.given(from, "Moved", "from");
      Require.given(to, "Moved", "to");
      Require.given(at, "Moved", "at");
      Require.given(by, "Moved", "by");
    }
  }

  /**
   * The application was rejected; a live or accepted offer was rescinded with it.
   *
   * @param reason why
   * @param at when
   * @param by who
   */
  record Rejected(RejectionReason reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why
     * @param at when
     * @param by who
     */
    public Rejected {
      Require.given(reason, "Rejected", "reason");
      Require.given(at, "Rejected", "at");
      Require.given(by, "Rejected", "by");
    }
  }

  /**
   * The candidate withdrew; a live or accepted offer was declined with it.
   *
   * @param reason why, as the candidate gave it
   * @param at when
   * @param by who
   */
  record Withdrawn(String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why, as the candidate gave it
     * @param at when
     * @param by who
     */
    public Withdrawn {
      Require.given(reason, "Withdrawn", "reason");
      Require.given(at, "Withdrawn", "at");
      Require.given(by, "Withdrawn", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Withdrawn[" + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * A rejection or withdrawal was undone.
   *
   * @param stage the stage it returns to; empty for a prospect
   * @param reason why
   * @param at when
   * @param by who
   */
  record Reopened(Optional<StageId> stage, String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param stage the stage it returns to; empty for a prospect
     * @param reason why
     * @param at when
     * @param by who
     */
    public Reopened {
      Require.given(stage, "Reopened", "stage");
      Require.given(reason, "Reopened", "reason");
      Require.given(at, "Reopened", "at");
      Require.given(by, "Reopened", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Reopened[" + "stage=" + stage + ", " + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * An interviewer's scorecard was submitted.
   *
   * @param scorecard the scorecard
   * @param at when
   * @param by who
   */
  record ScorecardSubmitted(Scorecard scorecard, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param scorecard the scorecard
     * @param at when
     * @param by who
     */
    public ScorecardSubmitted {
      Require.given(scorecard, "ScorecardSubmitted", "scorecard");
      Require.given(at, "ScorecardSubmitted", "at");
      Require.given(by, "ScorecardSubmitted", "by");
    }
  }

  /**
   * A reference check was recorded.
   *
   * @param reference the reference
   * @param at when
   * @param by who
   */
  record ReferenceRecorded(Reference reference, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reference the reference
     * @param at when
     * @param by who
     */
    public ReferenceRecorded {
      Require.given(reference, "ReferenceRecorded", "reference");
      Require.given(at, "ReferenceRecorded", "at");
      Require.given(by, "ReferenceRecorded", "by");
    }
  }

  /**
   * An offer was drafted.
   *
   * @param offer the offer's id
   * @param compensation the terms
   * @param expiresAt when it lapses once extended
   * @param approvalChain who must approve it
   * @param at when
   * @param by who
   */
  record OfferDrafted(OfferId offer, Compensation compensation, Instant expiresAt, ApprovalChain approvalChain, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param offer the offer's id
     * @param compensation the terms
     * @param expiresAt when it lapses once extended
     * @param approvalChain who must approve it
     * @param at when
     * @param by who
     */
    public OfferDrafted {
      Require.given(offer, "OfferDrafted", "offer");
      Require.given(compensation, "OfferDrafted", "compensation");
      Require.given(expiresAt, "OfferDrafted", "expiresAt");
      Require.given(approvalChain, "OfferDrafted", "approvalChain");
      Require.given(at, "OfferDrafted", "at");
      Require.given(by, "OfferDrafted", "by");
    }
  }

  /**
   * The current offer was sent to its approval chain.
   *
   * @param at when
   * @param by who
   */
  record OfferSubmittedForApproval(Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public OfferSubmittedForApproval {
      Require.given(at, "OfferSubmittedForApproval", "at");
      Require.given(by, "OfferSubmittedForApproval", "by");
    }
  }

  /**
   * An awaited approver approved the current offer.
   *
   * @param at when
   * @param by who
   */
  record OfferApproved(Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public OfferApproved {
      Require.given(at, "OfferApproved", "at");
      Require.given(by, "OfferApproved", "by");
    }
  }

  /**
   * An awaited approver declined the current offer; it is a draft again.
   *
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferApprovalDeclined(String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferApprovalDeclined {
      Require.given(reason, "OfferApprovalDeclined", "reason");
      Require.given(at, "OfferApprovalDeclined", "at");
      Require.given(by, "OfferApprovalDeclined", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferApprovalDeclined[" + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The current offer was made to the candidate.
   *
   * @param at when
   * @param by who
   */
  record OfferExtended(Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public OfferExtended {
      Require.given(at, "OfferExtended", "at");
      Require.given(by, "OfferExtended", "by");
    }
  }

  /**
   * The candidate accepted the current offer.
   *
   * @param at when
   * @param by who
   */
  record OfferAccepted(Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public OfferAccepted {
      Require.given(at, "OfferAccepted", "at");
      Require.given(by, "OfferAccepted", "by");
    }
  }

  /**
   * The candidate declined the current offer.
   *
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferDeclined(String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferDeclined {
      Require.given(reason, "OfferDeclined", "reason");
      Require.given(at, "OfferDeclined", "at");
      Require.given(by, "OfferDeclined", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferDeclined[" + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The company withdrew the current offer.
   *
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferRescinded(String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferRescinded {
      Require.given(reason, "OfferRescinded", "reason");
      Require.given(at, "OfferRescinded", "at");
      Require.given(by, "OfferRescinded", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferRescinded[" + "reason=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The current offer lapsed unanswered.
   *
   * @param at when
   * @param by who
   */
  record OfferExpired(Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param at when
     * @param by who
     */
    public OfferExpired {
      Require.given(at, "OfferExpired", "at");
      Require.given(by, "OfferExpired", "by");
    }
  }

  /**
   * The current offer was superseded by a next version with new terms.
   *
   * @param compensation the new terms
   * @param expiresAt the new expiry
   * @param at when
   * @param by who
   */
  record OfferRevised(Compensation compensation, Instant expiresAt, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param compensation the new terms
     * @param expiresAt the new expiry
     * @param at when
     * @param by who
     */
    public OfferRevised {
      Require.given(compensation, "OfferRevised", "compensation");
      Require.given(expiresAt, "OfferRevised", "expiresAt");
      Require.given(at, "OfferRevised", "at");
      Require.given(by, "OfferRevised", "by");
    }
  }

  /**
   * The candidate was hired into an opening of the role.
   *
   * @param opening the opening filled
   * @param startDate the first day of work, the accepted offer's
   * @param at when
   * @param by who
   */
  record Hired(OpeningId opening, LocalDate startDate, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the opening filled
     * @param startDate the first day of work, the accepted offer's
     * @param at when
     * @param by who
     */
    public Hired {
      Require.given(opening, "Hired", "opening");
      Require.given(startDate, "Hired", "startDate");
      Require.given(at, "Hired", "at");
      Require.given(by, "Hired", "by");
    }
  }

  /**
   * A hire was undone; the opening it filled is open again.
   *
   * @param opening the opening the hire had filled
   * @param reason why, which decides where the application goes
   * @param note what happened
   * @param at when
   * @param by who
   */
  record Unhired(OpeningId opening, UnhireReason reason, String note, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param opening the opening the hire had filled
     * @param reason why, which decides where the application goes
     * @param note what happened
     * @param at when
     * @param by who
     */
    public Unhired {
      Require.given(opening, "Unhired", "opening");
      Require.given(reason, "Unhired", "reason");
      Require.given(note, "Unhired", "note");
      Require.given(at, "Unhired", "at");
      Require.given(by, "Unhired", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Unhired[" + "opening=" + opening + ", " + "reason=" + reason + ", " + "note=<redacted>" + ", " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved onto a newer version of the plan.
   *
   * @param plan the new plan
   * @param stageMapping for each stage of the old plan the application refers to, its stage in the new plan
   * @param at when
   * @param by who
   */
  record Migrated(InterviewPlan plan, Map<StageId, StageId> stageMapping, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given (a missing one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param plan the new plan
     * @param stageMapping for each stage of the old plan the application refers to, its stage in the new plan
     * @param at when
     * @param by who
     */
    public Migrated {
      Require.given(plan, "Migrated", "plan");
      stageMapping = Map.copyOf(stageMapping);
      Require.given(at, "Migrated", "at");
      Require.given(by, "Migrated", "by");
    }
  }
}
