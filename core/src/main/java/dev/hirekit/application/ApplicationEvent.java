package dev.hirekit.application;

// Over 500 code lines on purpose: every event is a public record nested in this sealed
// interface, and its name is API (ApplicationEvent.Advanced, in code and in
// docs/json-format.md); each record is only its components and their null checks. What an
// event does lives in EventRules and the classes it names.

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.internal.Require;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
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
 * <p>Every event names its application and its {@link #sequence()} number in that application's
 * history (1, 2, 3, ... without gaps: the {@link Application#version()} the event makes), so a
 * store appends events with an expected-version check and a replay refuses a history with a gap,
 * a repeat or a foreign event. The events that act on an offer are {@link OfferEvent}s and also
 * name the offer and the version of it they act on. {@link #type()} is the stable name a store
 * or a document gives the event.
 *
 * <pre>{@code
 * for (ApplicationEvent event : application.history()) {
 *   if (event instanceof ApplicationEvent.Advanced advanced) {
 *     log.info("#{} {} entered {} at {}", event.sequence(), event.type(), advanced.to(),
 *         advanced.at());
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
    ApplicationEvent.OfferEvent,
    ApplicationEvent.Hired,
    ApplicationEvent.Unhired,
    ApplicationEvent.Migrated,
    ApplicationEvent.ChoiceMade,
    ApplicationEvent.OptedIn,
    ApplicationEvent.OptedOut,
    ApplicationEvent.AccommodationRequested,
    ApplicationEvent.AccommodationArranged,
    ApplicationEvent.ConsideredFor,
    ApplicationEvent.Debriefed,
    ApplicationEvent.DecisionOverridden,
    ApplicationEvent.ArtifactSubmitted,
    ApplicationEvent.ScorecardAmended,
    ApplicationEvent.InterviewScheduled,
    ApplicationEvent.WindowBooked,
    ApplicationEvent.RequirementChecked,
    ApplicationEvent.Transferred {

  /**
   * The application the event belongs to.
   *
   * @return the application's id
   */
  ApplicationId application();

  /**
   * The event's number in its application's history: 1 for the creating event, then 2, 3, ...
   * without gaps; the application's {@link Application#version()} once the event is recorded.
   *
   * @return the sequence number, at least 1
   */
  long sequence();

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
   * a Java class name: for example {@code application.advanced} or {@code offer.extended}. Stores
   * and documents name events by it; it does not change when a Java type is renamed.
   *
   * @return the type name
   */
  default String type() {
    return EventRules.of(this).name();
  }

  /**
   * Every kind of ApplicationEvent by its stable {@link #type()} name, sorted by name: what a store or a
   * document reader needs to turn a stored type name back into a Java type.
   *
   * <pre>{@code
   * Class<? extends ApplicationEvent> type = ApplicationEvent.types().get(row.typeName());
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  static Map<String, Class<? extends ApplicationEvent>> types() {
    return EventRules.types();
  }

  /**
   * An event that acts on an offer of the application: it names the offer and the version of it
   * acted on (for {@link OfferDrafted}, the new offer and version 1; for {@link OfferRevised},
   * the version superseded).
   *
   * <pre>{@code
   * if (event instanceof ApplicationEvent.OfferEvent offerEvent) {
   *   log.info("{} on offer {} v{}", offerEvent.type(), offerEvent.offer(),
   *       offerEvent.offerVersion());
   * }
   * }</pre>
   */
  sealed interface OfferEvent extends ApplicationEvent permits
      OfferDrafted,
      OfferSubmittedForApproval,
      OfferApproved,
      OfferApprovalDeclined,
      OfferExtended,
      OfferAccepted,
      OfferDeclined,
      OfferRescinded,
      OfferExpired,
      OfferRevised,
      OfferApproverReplaced,
      OfferContingencyCleared,
      OfferContingencyFailed {
    /**
     * The offer acted on.
     *
     * @return the offer's id
     */
    OfferId offer();

    /**
     * The version of the offer acted on.
     *
     * @return the version, from 1
     */
    int offerVersion();
  }

  /**
   * The application was created, active at its entry stage.
   *
   * @param application the new application's id
   * @param sequence the event's number in the history: 1, since it creates the application
   * @param candidate who applied
   * @param role the role applied to
   * @param plan the plan the application runs on (a snapshot)
   * @param team the role's hiring team when the application was created (a snapshot)
   * @param stage the entry stage
   * @param reason why it entered at a stage other than the first, if it did
   * @param at when
   * @param by who
   */
  record Applied(ApplicationId application, long sequence, CandidateId candidate, RoleId role,
      InterviewPlan plan, HiringTeam team, StageId stage, Optional<String> reason, Instant at,
      Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the new application's id
     * @param sequence the event's number in the history: 1, since it creates the application
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
      Require.sequence(sequence, "Applied");
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
      return "Applied[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "candidate=" + candidate + ", " + "role=" + role + ", " + "plan=" + plan + ", "
          + "team=" + team + ", " + "stage=" + stage + ", " + "reason=<redacted>, "
          + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * A prospect (a lead, not yet applied) was created.
   *
   * @param application the new application's id
   * @param sequence the event's number in the history: 1, since it creates the application
   * @param candidate the lead
   * @param role the role
   * @param plan the plan the application runs on (a snapshot)
   * @param team the role's hiring team when the prospect was created (a snapshot)
   * @param at when
   * @param by who
   */
  record Prospected(ApplicationId application, long sequence, CandidateId candidate, RoleId role,
      InterviewPlan plan, HiringTeam team, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the new application's id
     * @param sequence the event's number in the history: 1, since it creates the application
     * @param candidate the lead
     * @param role the role
     * @param plan the plan the application runs on (a snapshot)
     * @param team the role's hiring team when the prospect was created (a snapshot)
     * @param at when
     * @param by who
     */
    public Prospected {
      Require.given(application, "Prospected", "application");
      Require.sequence(sequence, "Prospected");
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
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the entry stage
   * @param reason why it entered at a stage other than the first, if it did
   * @param at when
   * @param by who
   */
  record Converted(ApplicationId application, long sequence, StageId stage, Optional<String> reason,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the entry stage
     * @param reason why it entered at a stage other than the first, if it did
     * @param at when
     * @param by who
     */
    public Converted {
      Require.given(application, "Converted", "application");
      Require.sequence(sequence, "Converted");
      Require.given(stage, "Converted", "stage");
      Require.given(reason, "Converted", "reason");
      Require.given(at, "Converted", "at");
      Require.given(by, "Converted", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Converted[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "stage=" + stage + ", " + "reason=<redacted>, " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved to the next stage.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param from the stage left
   * @param to the stage entered
   * @param at when
   * @param by who
   */
  record Advanced(ApplicationId application, long sequence, StageId from, StageId to, Instant at,
      Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param from the stage left
     * @param to the stage entered
     * @param at when
     * @param by who
     */
    public Advanced {
      Require.given(application, "Advanced", "application");
      Require.sequence(sequence, "Advanced");
      Require.given(from, "Advanced", "from");
      Require.given(to, "Advanced", "to");
      Require.given(at, "Advanced", "at");
      Require.given(by, "Advanced", "by");
    }
  }

  /**
   * The application moved forward over optional stages.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param from the stage left
   * @param to the stage entered
   * @param skipped the optional stages passed over
   * @param reason why
   * @param at when
   * @param by who
   */
  record Skipped(ApplicationId application, long sequence, StageId from, StageId to,
      List<StageId> skipped, String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param from the stage left
     * @param to the stage entered
     * @param skipped the optional stages passed over
     * @param reason why
     * @param at when
     * @param by who
     */
    public Skipped {
      Require.given(application, "Skipped", "application");
      Require.sequence(sequence, "Skipped");
      Require.given(from, "Skipped", "from");
      Require.given(to, "Skipped", "to");
      skipped = List.copyOf(Require.given(skipped, "Skipped", "skipped"));
      Require.given(reason, "Skipped", "reason");
      Require.given(at, "Skipped", "at");
      Require.given(by, "Skipped", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Skipped[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "from=" + from + ", " + "to=" + to + ", " + "skipped=" + skipped + ", "
          + "reason=<redacted>, " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved to an earlier stage, or forward to the next one.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param from the stage left
   * @param to the stage entered
   * @param at when
   * @param by who
   */
  record Moved(ApplicationId application, long sequence, StageId from, StageId to, Instant at,
      Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param from the stage left
     * @param to the stage entered
     * @param at when
     * @param by who
     */
    public Moved {
      Require.given(application, "Moved", "application");
      Require.sequence(sequence, "Moved");
      Require.given(from, "Moved", "from");
      Require.given(to, "Moved", "to");
      Require.given(at, "Moved", "at");
      Require.given(by, "Moved", "by");
    }
  }

  /**
   * The application was rejected; a live or accepted offer was rescinded with it.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param reason why
   * @param at when
   * @param by who
   */
  record Rejected(ApplicationId application, long sequence, RejectionReason reason, Instant at,
      Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param reason why
     * @param at when
     * @param by who
     */
    public Rejected {
      Require.given(application, "Rejected", "application");
      Require.sequence(sequence, "Rejected");
      Require.given(reason, "Rejected", "reason");
      Require.given(at, "Rejected", "at");
      Require.given(by, "Rejected", "by");
    }
  }

  /**
   * The candidate withdrew; a live or accepted offer was declined with it.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param reason why, as the candidate gave it
   * @param at when
   * @param by who
   */
  record Withdrawn(ApplicationId application, long sequence, String reason, Instant at,
      Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param reason why, as the candidate gave it
     * @param at when
     * @param by who
     */
    public Withdrawn {
      Require.given(application, "Withdrawn", "application");
      Require.sequence(sequence, "Withdrawn");
      Require.given(reason, "Withdrawn", "reason");
      Require.given(at, "Withdrawn", "at");
      Require.given(by, "Withdrawn", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Withdrawn[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "reason=<redacted>, " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * A rejection or withdrawal was undone.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage it returns to; empty for a prospect
   * @param reason why
   * @param at when
   * @param by who
   */
  record Reopened(ApplicationId application, long sequence, Optional<StageId> stage, String reason,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage it returns to; empty for a prospect
     * @param reason why
     * @param at when
     * @param by who
     */
    public Reopened {
      Require.given(application, "Reopened", "application");
      Require.sequence(sequence, "Reopened");
      Require.given(stage, "Reopened", "stage");
      Require.given(reason, "Reopened", "reason");
      Require.given(at, "Reopened", "at");
      Require.given(by, "Reopened", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Reopened[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "stage=" + stage + ", " + "reason=<redacted>, " + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * A scorecard was submitted: by the interviewer, or by a coordinator for them (the
   * scorecard names the interviewer, {@code by} who entered it).
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param scorecard the scorecard
   * @param at when
   * @param by who
   */
  record ScorecardSubmitted(ApplicationId application, long sequence, Scorecard scorecard,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param scorecard the scorecard
     * @param at when
     * @param by who
     */
    public ScorecardSubmitted {
      Require.given(application, "ScorecardSubmitted", "application");
      Require.sequence(sequence, "ScorecardSubmitted");
      Require.given(scorecard, "ScorecardSubmitted", "scorecard");
      Require.given(at, "ScorecardSubmitted", "at");
      Require.given(by, "ScorecardSubmitted", "by");
    }
  }

  /**
   * A reference check was recorded.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param reference the reference
   * @param at when
   * @param by who
   */
  record ReferenceRecorded(ApplicationId application, long sequence, Reference reference,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param reference the reference
     * @param at when
     * @param by who
     */
    public ReferenceRecorded {
      Require.given(application, "ReferenceRecorded", "application");
      Require.sequence(sequence, "ReferenceRecorded");
      Require.given(reference, "ReferenceRecorded", "reference");
      Require.given(at, "ReferenceRecorded", "at");
      Require.given(by, "ReferenceRecorded", "by");
    }
  }

  /**
   * An offer was drafted: version 1 of a new offer.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param compensation the terms
   * @param expiresAt when it lapses once extended
   * @param approvalChain who must approve it
   * @param details the justification and contingencies, if any
   * @param at when
   * @param by who
   */
  record OfferDrafted(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Compensation compensation, Instant expiresAt, ApprovalChain approvalChain,
      Optional<OfferDetails> details, Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component); details with
     * neither justification nor contingencies are the same as none.
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param compensation the terms
     * @param expiresAt when it lapses once extended
     * @param approvalChain who must approve it
     * @param details the justification and contingencies, if any
     * @param at when
     * @param by who
     */
    public OfferDrafted {
      Require.given(application, "OfferDrafted", "application");
      Require.sequence(sequence, "OfferDrafted");
      Require.given(offer, "OfferDrafted", "offer");
      Require.offerVersion(offerVersion, "OfferDrafted");
      Require.given(compensation, "OfferDrafted", "compensation");
      Require.given(expiresAt, "OfferDrafted", "expiresAt");
      Require.given(approvalChain, "OfferDrafted", "approvalChain");
      Require.given(at, "OfferDrafted", "at");
      Require.given(by, "OfferDrafted", "by");
      details = Require.given(details, "OfferDrafted", "details")
          .filter(d -> !d.equals(OfferDetails.none()));
    }

    /**
     * An offer drafted without justification or contingencies.
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param compensation the terms
     * @param expiresAt when it lapses once extended
     * @param approvalChain who must approve it
     * @param at when
     * @param by who
     */
    public OfferDrafted(ApplicationId application, long sequence, OfferId offer,
        int offerVersion, Compensation compensation, Instant expiresAt,
        ApprovalChain approvalChain, Instant at, Actor by) {
      this(application, sequence, offer, offerVersion, compensation, expiresAt, approvalChain,
          Optional.empty(), at, by);
    }
  }

  /**
   * The current offer was sent to its approval chain, with the groups conditional approval rules
   * added to it (evaluated once, here, so a replay adds the same groups).
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param conditionalApprovers the groups added to the chain, in order, if any
   * @param at when
   * @param by who
   */
  record OfferSubmittedForApproval(ApplicationId application, long sequence, OfferId offer,
      int offerVersion, Optional<ApprovalChain> conditionalApprovers, Instant at, Actor by)
      implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param conditionalApprovers the groups added to the chain, if any; an empty chain is none
     * @param at when
     * @param by who
     */
    public OfferSubmittedForApproval {
      Require.given(application, "OfferSubmittedForApproval", "application");
      Require.sequence(sequence, "OfferSubmittedForApproval");
      Require.given(offer, "OfferSubmittedForApproval", "offer");
      Require.offerVersion(offerVersion, "OfferSubmittedForApproval");
      Require.given(at, "OfferSubmittedForApproval", "at");
      Require.given(by, "OfferSubmittedForApproval", "by");
      conditionalApprovers = Require.given(conditionalApprovers, "OfferSubmittedForApproval",
          "conditionalApprovers").filter(c -> !c.isEmpty());
    }

    /**
     * A submission that added no conditional approvers.
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param at when
     * @param by who
     */
    public OfferSubmittedForApproval(ApplicationId application, long sequence, OfferId offer,
        int offerVersion, Instant at, Actor by) {
      this(application, sequence, offer, offerVersion, Optional.empty(), at, by);
    }
  }

  /**
   * An awaited approver approved the current offer.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param at when
   * @param by who
   */
  record OfferApproved(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param at when
     * @param by who
     */
    public OfferApproved {
      Require.given(application, "OfferApproved", "application");
      Require.sequence(sequence, "OfferApproved");
      Require.given(offer, "OfferApproved", "offer");
      Require.offerVersion(offerVersion, "OfferApproved");
      Require.given(at, "OfferApproved", "at");
      Require.given(by, "OfferApproved", "by");
    }
  }

  /**
   * An awaited approver declined the current offer; it is a draft again.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferApprovalDeclined(ApplicationId application, long sequence, OfferId offer,
      int offerVersion, String reason, Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferApprovalDeclined {
      Require.given(application, "OfferApprovalDeclined", "application");
      Require.sequence(sequence, "OfferApprovalDeclined");
      Require.given(offer, "OfferApprovalDeclined", "offer");
      Require.offerVersion(offerVersion, "OfferApprovalDeclined");
      Require.given(reason, "OfferApprovalDeclined", "reason");
      Require.given(at, "OfferApprovalDeclined", "at");
      Require.given(by, "OfferApprovalDeclined", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferApprovalDeclined[" + "application=" + application + ", "
          + "sequence=" + sequence + ", " + "offer=" + offer + ", "
          + "offerVersion=" + offerVersion + ", " + "reason=<redacted>, " + "at=" + at + ", "
          + "by=" + by + "]";
    }
  }

  /**
   * The current offer was made to the candidate.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param at when
   * @param by who
   */
  record OfferExtended(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param at when
     * @param by who
     */
    public OfferExtended {
      Require.given(application, "OfferExtended", "application");
      Require.sequence(sequence, "OfferExtended");
      Require.given(offer, "OfferExtended", "offer");
      Require.offerVersion(offerVersion, "OfferExtended");
      Require.given(at, "OfferExtended", "at");
      Require.given(by, "OfferExtended", "by");
    }
  }

  /**
   * The candidate accepted the current offer.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param at when
   * @param by who
   */
  record OfferAccepted(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param at when
     * @param by who
     */
    public OfferAccepted {
      Require.given(application, "OfferAccepted", "application");
      Require.sequence(sequence, "OfferAccepted");
      Require.given(offer, "OfferAccepted", "offer");
      Require.offerVersion(offerVersion, "OfferAccepted");
      Require.given(at, "OfferAccepted", "at");
      Require.given(by, "OfferAccepted", "by");
    }
  }

  /**
   * The candidate declined the current offer.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferDeclined(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      String reason, Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferDeclined {
      Require.given(application, "OfferDeclined", "application");
      Require.sequence(sequence, "OfferDeclined");
      Require.given(offer, "OfferDeclined", "offer");
      Require.offerVersion(offerVersion, "OfferDeclined");
      Require.given(reason, "OfferDeclined", "reason");
      Require.given(at, "OfferDeclined", "at");
      Require.given(by, "OfferDeclined", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferDeclined[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "offer=" + offer + ", " + "offerVersion=" + offerVersion + ", " + "reason=<redacted>, "
          + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The company withdrew the current offer.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param reason why
   * @param at when
   * @param by who
   */
  record OfferRescinded(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      String reason, Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param reason why
     * @param at when
     * @param by who
     */
    public OfferRescinded {
      Require.given(application, "OfferRescinded", "application");
      Require.sequence(sequence, "OfferRescinded");
      Require.given(offer, "OfferRescinded", "offer");
      Require.offerVersion(offerVersion, "OfferRescinded");
      Require.given(reason, "OfferRescinded", "reason");
      Require.given(at, "OfferRescinded", "at");
      Require.given(by, "OfferRescinded", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferRescinded[" + "application=" + application + ", "
          + "sequence=" + sequence + ", " + "offer=" + offer + ", "
          + "offerVersion=" + offerVersion + ", " + "reason=<redacted>, " + "at=" + at + ", "
          + "by=" + by + "]";
    }
  }

  /**
   * The current offer lapsed unanswered.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param at when
   * @param by who
   */
  record OfferExpired(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param at when
     * @param by who
     */
    public OfferExpired {
      Require.given(application, "OfferExpired", "application");
      Require.sequence(sequence, "OfferExpired");
      Require.given(offer, "OfferExpired", "offer");
      Require.offerVersion(offerVersion, "OfferExpired");
      Require.given(at, "OfferExpired", "at");
      Require.given(by, "OfferExpired", "by");
    }
  }

  /**
   * The current offer (the version named) was superseded by the next version, with new terms.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param compensation the new terms
   * @param expiresAt the new expiry
   * @param at when
   * @param by who
   */
  record OfferRevised(ApplicationId application, long sequence, OfferId offer, int offerVersion,
      Compensation compensation, Instant expiresAt, Instant at, Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param compensation the new terms
     * @param expiresAt the new expiry
     * @param at when
     * @param by who
     */
    public OfferRevised {
      Require.given(application, "OfferRevised", "application");
      Require.sequence(sequence, "OfferRevised");
      Require.given(offer, "OfferRevised", "offer");
      Require.offerVersion(offerVersion, "OfferRevised");
      Require.given(compensation, "OfferRevised", "compensation");
      Require.given(expiresAt, "OfferRevised", "expiresAt");
      Require.given(at, "OfferRevised", "at");
      Require.given(by, "OfferRevised", "by");
    }
  }

  /**
   * The candidate was hired into an opening of the role.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param opening the opening filled
   * @param startDate the first day of work, the accepted offer's
   * @param at when
   * @param by who
   */
  record Hired(ApplicationId application, long sequence, OpeningId opening, LocalDate startDate,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param opening the opening filled
     * @param startDate the first day of work, the accepted offer's
     * @param at when
     * @param by who
     */
    public Hired {
      Require.given(application, "Hired", "application");
      Require.sequence(sequence, "Hired");
      Require.given(opening, "Hired", "opening");
      Require.given(startDate, "Hired", "startDate");
      Require.given(at, "Hired", "at");
      Require.given(by, "Hired", "by");
    }
  }

  /**
   * A hire was undone; the opening it filled is open again.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param opening the opening the hire had filled
   * @param reason why, which decides where the application goes
   * @param note what happened
   * @param at when
   * @param by who
   */
  record Unhired(ApplicationId application, long sequence, OpeningId opening, UnhireReason reason,
      String note, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param opening the opening the hire had filled
     * @param reason why, which decides where the application goes
     * @param note what happened
     * @param at when
     * @param by who
     */
    public Unhired {
      Require.given(application, "Unhired", "application");
      Require.sequence(sequence, "Unhired");
      Require.given(opening, "Unhired", "opening");
      Require.given(reason, "Unhired", "reason");
      Require.given(note, "Unhired", "note");
      Require.given(at, "Unhired", "at");
      Require.given(by, "Unhired", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Unhired[" + "application=" + application + ", " + "sequence=" + sequence + ", "
          + "opening=" + opening + ", " + "reason=" + reason + ", " + "note=<redacted>, "
          + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The application moved onto a newer version of the plan.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param plan the new plan
   * @param stageMapping for each old stage the application refers to, its new stage
   * @param at when
   * @param by who
   */
  record Migrated(ApplicationId application, long sequence, InterviewPlan plan,
      Map<StageId, StageId> stageMapping, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param plan the new plan
     * @param stageMapping for each old stage the application refers to, its new stage
     * @param at when
     * @param by who
     */
    public Migrated {
      Require.given(application, "Migrated", "application");
      Require.sequence(sequence, "Migrated");
      Require.given(plan, "Migrated", "plan");
      stageMapping = Map.copyOf(Require.given(stageMapping, "Migrated", "stageMapping"));
      Require.given(at, "Migrated", "at");
      Require.given(by, "Migrated", "by");
    }
  }

  /**
   * The candidate (or a team member on their behalf) chose one of the alternatives of a stage's
   * {@link dev.hirekit.plan.StageChoice}; a later choice of the same name replaces it.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage that offers the choice: the current one or a later one
   * @param choice the choice's name
   * @param option the alternative chosen
   * @param at when
   * @param by who
   */
  record ChoiceMade(ApplicationId application, long sequence, StageId stage, String choice,
      String option, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage that offers the choice
     * @param choice the choice's name
     * @param option the alternative chosen
     * @param at when
     * @param by who
     */
    public ChoiceMade {
      Require.given(application, "ChoiceMade", "application");
      Require.sequence(sequence, "ChoiceMade");
      Require.given(stage, "ChoiceMade", "stage");
      Require.given(choice, "ChoiceMade", "choice");
      Require.given(option, "ChoiceMade", "option");
      Require.given(at, "ChoiceMade", "at");
      Require.given(by, "ChoiceMade", "by");
    }
  }

  /**
   * The candidate opted in to an option a stage declares (see {@link
   * dev.hirekit.plan.Stage#optIns()}), such as being recorded; the latest answer counts.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage that declares the option: the current one or a later one
   * @param option the option's name
   * @param at when
   * @param by who
   */
  record OptedIn(ApplicationId application, long sequence, StageId stage, String option,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage that declares the option
     * @param option the option's name
     * @param at when
     * @param by who
     */
    public OptedIn {
      Require.given(application, "OptedIn", "application");
      Require.sequence(sequence, "OptedIn");
      Require.given(stage, "OptedIn", "stage");
      Require.given(option, "OptedIn", "option");
      Require.given(at, "OptedIn", "at");
      Require.given(by, "OptedIn", "by");
    }
  }

  /**
   * The candidate opted out of an option a stage declares (see {@link
   * dev.hirekit.plan.Stage#optIns()}); the latest answer counts.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage that declares the option: the current one or a later one
   * @param option the option's name
   * @param at when
   * @param by who
   */
  record OptedOut(ApplicationId application, long sequence, StageId stage, String option,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage that declares the option
     * @param option the option's name
     * @param at when
     * @param by who
     */
    public OptedOut {
      Require.given(application, "OptedOut", "application");
      Require.sequence(sequence, "OptedOut");
      Require.given(stage, "OptedOut", "stage");
      Require.given(option, "OptedOut", "option");
      Require.given(at, "OptedOut", "at");
      Require.given(by, "OptedOut", "by");
    }
  }

  /**
   * The candidate asked for an accommodation at a stage, such as extra time. What they need is
   * personal data: never shown by {@code toString()}, erased by {@link Application#anonymize()}.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1; the request's
   *     number, which {@link AccommodationArranged#request()} names
   * @param stage the stage it is for: the current one or a later one
   * @param need what they need, not blank
   * @param at when
   * @param by who
   */
  record AccommodationRequested(ApplicationId application, long sequence, StageId stage,
      String need, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given, the numbers are positive and the need is not blank
     * (a bad one is an {@link dev.hirekit.InvalidValueException} naming the event and the
     * component, never the text).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage it is for
     * @param need what they need, not blank
     * @param at when
     * @param by who
     */
    public AccommodationRequested {
      Require.given(application, "AccommodationRequested", "application");
      Require.sequence(sequence, "AccommodationRequested");
      Require.given(stage, "AccommodationRequested", "stage");
      Require.given(need, "AccommodationRequested", "need");
      Require.nonBlank("AccommodationRequested", "need", need);
      Require.given(at, "AccommodationRequested", "at");
      Require.given(by, "AccommodationRequested", "by");
    }

    /** The need is redacted: it is personal data. */
    @Override
    public String toString() {
      return "AccommodationRequested[" + "application=" + application + ", "
          + "sequence=" + sequence + ", " + "stage=" + stage + ", " + "need=<redacted>, "
          + "at=" + at + ", " + "by=" + by + "]";
    }
  }

  /**
   * The team answered a pending accommodation request.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param request the sequence number of the {@link AccommodationRequested} event answered
   * @param outcome what was arranged
   * @param at when
   * @param by who
   */
  record AccommodationArranged(ApplicationId application, long sequence, long request,
      AccommodationOutcome outcome, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param request the sequence number of the request answered
     * @param outcome what was arranged
     * @param at when
     * @param by who
     */
    public AccommodationArranged {
      Require.given(application, "AccommodationArranged", "application");
      Require.sequence(sequence, "AccommodationArranged");
      if (request < 1) {
        throw new dev.hirekit.InvalidValueException("AccommodationArranged", "request", request
            + " is not a sequence number; events are numbered from 1");
      }
      Require.given(outcome, "AccommodationArranged", "outcome");
      Require.given(at, "AccommodationArranged", "at");
      Require.given(by, "AccommodationArranged", "by");
    }
  }

  /**
   * The application was linked to an open opening of its role: the seat it is considered for.
   * A later one replaces the link.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param opening the opening, open in the role when the link was made
   * @param at when
   * @param by who
   */
  record ConsideredFor(ApplicationId application, long sequence, OpeningId opening,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param opening the opening
     * @param at when
     * @param by who
     */
    public ConsideredFor {
      Require.given(application, "ConsideredFor", "application");
      Require.sequence(sequence, "ConsideredFor");
      Require.given(opening, "ConsideredFor", "opening");
      Require.given(at, "ConsideredFor", "at");
      Require.given(by, "ConsideredFor", "by");
    }
  }

  /**
   * The interviewers of the current stage held a debrief, with its outcome.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage debriefed, the current one
   * @param outcome what the debrief decided
   * @param at when
   * @param by who recorded it
   */
  record Debriefed(ApplicationId application, long sequence, StageId stage,
      DebriefOutcome outcome, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage debriefed, the current one
     * @param outcome what the debrief decided
     * @param at when
     * @param by who recorded it
     */
    public Debriefed {
      Require.given(application, "Debriefed", "application");
      Require.sequence(sequence, "Debriefed");
      Require.given(stage, "Debriefed", "stage");
      Require.given(outcome, "Debriefed", "outcome");
      Require.given(at, "Debriefed", "at");
      Require.given(by, "Debriefed", "by");
    }
  }

  /**
   * The hiring manager overrode the unmet decision rules of the current stage, with a reason:
   * the stage may be left forward as if they held.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage whose rules were overridden, the current one
   * @param reason why
   * @param at when
   * @param by who
   */
  record DecisionOverridden(ApplicationId application, long sequence, StageId stage,
      String reason, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage whose rules were overridden, the current one
     * @param reason why
     * @param at when
     * @param by who
     */
    public DecisionOverridden {
      Require.given(application, "DecisionOverridden", "application");
      Require.sequence(sequence, "DecisionOverridden");
      Require.given(stage, "DecisionOverridden", "stage");
      Require.given(reason, "DecisionOverridden", "reason");
      Require.given(at, "DecisionOverridden", "at");
      Require.given(by, "DecisionOverridden", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "DecisionOverridden[" + "application=" + application + ", " + "sequence=" + sequence
          + ", " + "stage=" + stage + ", " + "reason=<redacted>, " + "at=" + at + ", "
          + "by=" + by + "]";
    }
  }

  /**
   * An artifact was submitted for an ask of a stage, the current one or a later one: by the
   * candidate, or by the team for them. A later submission for the same ask replaces it in the
   * application's state; this event stays in the history. The artifact's URI is personal data:
   * never shown by {@code toString()}, erased by {@link Application#anonymize()}.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the stage that asks for it
   * @param ask the name of the stage's ask
   * @param artifact the reference to the material
   * @param at when
   * @param by who
   */
  record ArtifactSubmitted(ApplicationId application, long sequence, StageId stage, String ask,
      Artifact artifact, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component, never the URI).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the stage that asks for it
     * @param ask the name of the stage's ask
     * @param artifact the reference to the material
     * @param at when
     * @param by who
     */
    public ArtifactSubmitted {
      Require.given(application, "ArtifactSubmitted", "application");
      Require.sequence(sequence, "ArtifactSubmitted");
      Require.given(stage, "ArtifactSubmitted", "stage");
      Require.given(ask, "ArtifactSubmitted", "ask");
      Require.given(artifact, "ArtifactSubmitted", "artifact");
      Require.given(at, "ArtifactSubmitted", "at");
      Require.given(by, "ArtifactSubmitted", "by");
    }
  }

  /**
   * A submitted scorecard was amended: by its interviewer, or by a coordinator for them. The
   * amended card replaces the earlier one in the application's state (and in its stage's exit
   * and decision rules); the earlier card stays in the history, unchanged.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param scorecard the amended card, for the same interview and interviewer
   * @param at when
   * @param by who
   */
  record ScorecardAmended(ApplicationId application, long sequence, Scorecard scorecard,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param scorecard the amended card
     * @param at when
     * @param by who
     */
    public ScorecardAmended {
      Require.given(application, "ScorecardAmended", "application");
      Require.sequence(sequence, "ScorecardAmended");
      Require.given(scorecard, "ScorecardAmended", "scorecard");
      Require.given(at, "ScorecardAmended", "at");
      Require.given(by, "ScorecardAmended", "by");
    }
  }

  /**
   * The team scheduled an interview of the current stage to start at an instant; a later
   * scheduling of the same interview at the same stage replaces it.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the current stage
   * @param interview an interview of the stage
   * @param startsAt when the interview starts
   * @param at when it was scheduled
   * @param by who scheduled it
   */
  record InterviewScheduled(ApplicationId application, long sequence, StageId stage,
      InterviewId interview, Instant startsAt, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the current stage
     * @param interview an interview of the stage
     * @param startsAt when the interview starts
     * @param at when it was scheduled
     * @param by who scheduled it
     */
    public InterviewScheduled {
      Require.given(application, "InterviewScheduled", "application");
      Require.sequence(sequence, "InterviewScheduled");
      Require.given(stage, "InterviewScheduled", "stage");
      Require.given(interview, "InterviewScheduled", "interview");
      Require.given(startsAt, "InterviewScheduled", "startsAt");
      Require.given(at, "InterviewScheduled", "at");
      Require.given(by, "InterviewScheduled", "by");
    }
  }
  /**
   * The candidate booked the start of the current stage's window (its {@code WINDOW} time
   * rule); a later booking replaces it until the work is handed in.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param stage the current stage
   * @param startsAt when the window starts
   * @param at when it was booked
   * @param by who booked it
   */
  record WindowBooked(ApplicationId application, long sequence, StageId stage, Instant startsAt,
      Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param stage the current stage
     * @param startsAt when the window starts
     * @param at when it was booked
     * @param by who booked it
     */
    public WindowBooked {
      Require.given(application, "WindowBooked", "application");
      Require.sequence(sequence, "WindowBooked");
      Require.given(stage, "WindowBooked", "stage");
      Require.given(startsAt, "WindowBooked", "startsAt");
      Require.given(at, "WindowBooked", "at");
      Require.given(by, "WindowBooked", "by");
    }
  }

  /**
   * Another member took the place of a pending approver of the current offer's current group.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param replaced the approver replaced
   * @param replacement who took their place
   * @param reason why, such as leave
   * @param at when
   * @param by who
   */
  record OfferApproverReplaced(ApplicationId application, long sequence, OfferId offer,
      int offerVersion, MemberId replaced, MemberId replacement, String reason, Instant at,
      Actor by) implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param replaced the approver replaced
     * @param replacement who took their place
     * @param reason why, such as leave
     * @param at when
     * @param by who
     */
    public OfferApproverReplaced {
      Require.given(application, "OfferApproverReplaced", "application");
      Require.sequence(sequence, "OfferApproverReplaced");
      Require.given(offer, "OfferApproverReplaced", "offer");
      Require.offerVersion(offerVersion, "OfferApproverReplaced");
      Require.given(replaced, "OfferApproverReplaced", "replaced");
      Require.given(replacement, "OfferApproverReplaced", "replacement");
      Require.given(reason, "OfferApproverReplaced", "reason");
      Require.given(at, "OfferApproverReplaced", "at");
      Require.given(by, "OfferApproverReplaced", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "OfferApproverReplaced[" + "application=" + application + ", "
          + "sequence=" + sequence + ", " + "offer=" + offer + ", "
          + "offerVersion=" + offerVersion + ", " + "replaced=" + replaced + ", "
          + "replacement=" + replacement + ", " + "reason=<redacted>, " + "at=" + at + ", "
          + "by=" + by + "]";
    }
  }

  /**
   * A contingency of the accepted current offer was cleared.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param contingency the kind of the contingency cleared
   * @param at when
   * @param by who
   */
  record OfferContingencyCleared(ApplicationId application, long sequence, OfferId offer,
      int offerVersion, ContingencyKind contingency, Instant at, Actor by)
      implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param contingency the kind of the contingency cleared
     * @param at when
     * @param by who
     */
    public OfferContingencyCleared {
      Require.given(application, "OfferContingencyCleared", "application");
      Require.sequence(sequence, "OfferContingencyCleared");
      Require.given(offer, "OfferContingencyCleared", "offer");
      Require.offerVersion(offerVersion, "OfferContingencyCleared");
      Require.given(contingency, "OfferContingencyCleared", "contingency");
      Require.given(at, "OfferContingencyCleared", "at");
      Require.given(by, "OfferContingencyCleared", "by");
    }
  }

  /**
   * A contingency of the accepted current offer failed; the offer may now be rescinded. No free
   * text: the outcome of a check is sensitive and stays outside the history.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param offer the offer acted on
   * @param offerVersion the version of that offer acted on
   * @param contingency the kind of the contingency that failed
   * @param at when
   * @param by who
   */
  record OfferContingencyFailed(ApplicationId application, long sequence, OfferId offer,
      int offerVersion, ContingencyKind contingency, Instant at, Actor by)
      implements OfferEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param offer the offer acted on
     * @param offerVersion the version of that offer acted on
     * @param contingency the kind of the contingency that failed
     * @param at when
     * @param by who
     */
    public OfferContingencyFailed {
      Require.given(application, "OfferContingencyFailed", "application");
      Require.sequence(sequence, "OfferContingencyFailed");
      Require.given(offer, "OfferContingencyFailed", "offer");
      Require.offerVersion(offerVersion, "OfferContingencyFailed");
      Require.given(contingency, "OfferContingencyFailed", "contingency");
      Require.given(at, "OfferContingencyFailed", "at");
      Require.given(by, "OfferContingencyFailed", "by");
    }
  }

  /**
   * The application was checked against a requirement of its plan (see {@link
   * dev.hirekit.plan.Requirement}), with its outcome; the latest check of a requirement counts.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param requirement the requirement's name, in the application's plan
   * @param outcome met or not met
   * @param at when it was checked
   * @param by who recorded it
   */
  record RequirementChecked(ApplicationId application, long sequence, String requirement,
      RequirementOutcome outcome, Instant at, Actor by) implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param requirement the requirement's name
     * @param outcome met or not met
     * @param at when it was checked
     * @param by who recorded it
     */
    public RequirementChecked {
      Require.given(application, "RequirementChecked", "application");
      Require.sequence(sequence, "RequirementChecked");
      Require.given(requirement, "RequirementChecked", "requirement");
      Require.identifier("RequirementChecked", "requirement", requirement);
      Require.given(outcome, "RequirementChecked", "outcome");
      Require.given(at, "RequirementChecked", "at");
      Require.given(by, "RequirementChecked", "by");
    }

    /** The outcome is redacted: whether a person meets a citizenship or clearance is theirs. */
    @Override
    public String toString() {
      return "RequirementChecked[application=" + application + ", sequence=" + sequence
          + ", requirement=" + requirement + ", outcome=<redacted>, at=" + at + ", by=" + by
          + "]";
    }
  }

  /**
   * The application moved to another role, at an entry stage of that role's plan: its id, its
   * candidate, its date and its whole history stay; the plan and the hiring team become
   * snapshots of the new role's, like those an {@link Applied} event records.
   *
   * @param application the application's id
   * @param sequence the event's number in the application's history, from 1
   * @param from the role it leaves: the application's role until now
   * @param role the role it moves to
   * @param plan the new role's plan (a snapshot)
   * @param team the new role's hiring team (a snapshot)
   * @param stage the entry stage, a stage of the new plan
   * @param reason why it moves, not blank
   * @param at when
   * @param by who
   */
  record Transferred(ApplicationId application, long sequence, RoleId from, RoleId role,
      InterviewPlan plan, HiringTeam team, StageId stage, String reason, Instant at, Actor by)
      implements ApplicationEvent {
    /**
     * Checks that every component is given and the numbers are positive (a bad one is an {@link
     * dev.hirekit.InvalidValueException} naming the event and the component).
     *
     * @param application the application's id
     * @param sequence the event's number in the application's history, from 1
     * @param from the role it leaves
     * @param role the role it moves to
     * @param plan the new role's plan
     * @param team the new role's hiring team
     * @param stage the entry stage
     * @param reason why it moves
     * @param at when
     * @param by who
     */
    public Transferred {
      Require.given(application, "Transferred", "application");
      Require.sequence(sequence, "Transferred");
      Require.given(from, "Transferred", "from");
      Require.given(role, "Transferred", "role");
      Require.given(plan, "Transferred", "plan");
      Require.given(team, "Transferred", "team");
      Require.given(stage, "Transferred", "stage");
      Require.given(reason, "Transferred", "reason");
      Require.given(at, "Transferred", "at");
      Require.given(by, "Transferred", "by");
    }

    /** Free text is redacted: it may name people. */
    @Override
    public String toString() {
      return "Transferred[application=" + application + ", sequence=" + sequence + ", from="
          + from + ", role=" + role + ", plan=" + plan + ", team=" + team + ", stage=" + stage
          + ", reason=<redacted>, at=" + at + ", by=" + by + "]";
    }
  }
}
