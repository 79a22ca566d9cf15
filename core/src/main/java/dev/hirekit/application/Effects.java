package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.Advanced;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.Moved;
import dev.hirekit.application.ApplicationEvent.OfferDrafted;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.ReferenceRecorded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
import dev.hirekit.internal.Require;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.StageId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The effect of each application event (other than an offer step) on the application: the checks
 * of its arguments where the application stands, and the state it leaves. {@link EventRules}
 * names which effect each event type has. For a later event the lifecycle table has already
 * checked the status, the guards and the actor's permission ({@link Recording}); a creating event
 * makes the application that {@link Intake} then checks as its action.
 */
final class Effects {
  private Effects() {}

  /**
   * The application an {@code Applied} event creates ({@code before} is null: nothing came
   * before), at its entry stage of the plan it records, with a reason for a later one.
   */
  static void applied(Application before, ImmutableApplication.Builder next, Applied e) {
    if (!e.plan().contains(e.stage())) {
      throw new InvalidValueException("Application", "stage", e.stage()
          + " is not a stage of the role's plan; enter at a stage of the plan");
    }
    Intake.requireEntryReason(e.plan(), e.stage(), e.reason());
    next.id(e.application()).candidateId(e.candidate()).roleId(e.role()).plan(e.plan())
        .hiringTeam(e.team()).stage(e.stage());
  }

  /** The prospect a {@code Prospected} event creates, at no stage ({@code before} is null). */
  static void prospected(Application before, ImmutableApplication.Builder next, Prospected e) {
    next.id(e.application()).candidateId(e.candidate()).roleId(e.role()).plan(e.plan())
        .hiringTeam(e.team());
  }

  static void converted(Application before, ImmutableApplication.Builder next, Converted e) {
    requireStage(before, ApplicationAction.CONVERT, e.by(), e.stage());
    Intake.requireEntryReason(before.plan(), e.stage(), e.reason());
    if (!before.convertTargets(e.by()).contains(e.stage())) {
      throw before.refused(ApplicationAction.CONVERT, e.by(), "a candidate converts at the first"
          + " stage, " + before.plan().first().id() + "; entry at " + e.stage()
          + " is a team decision");
    }
    next.stage(e.stage());
  }

  static void advanced(Application before, ImmutableApplication.Builder next, Advanced e) {
    requireFrom(before, ApplicationAction.ADVANCE, e.by(), e.from());
    if (!Optional.of(e.to()).equals(StageRoutes.next(before))) {
      throw before.refused(ApplicationAction.ADVANCE, e.by(), e.to()
          + " is not the next stage after " + e.from());
    }
    next.stage(e.to());
  }

  static void skipped(Application before, ImmutableApplication.Builder next, Skipped e) {
    requireFrom(before, ApplicationAction.SKIP, e.by(), e.from());
    Require.nonBlank("Application", "reason", e.reason());
    List<StageId> targets = before.skipTargets();
    if (!targets.contains(e.to())) {
      throw before.refused(ApplicationAction.SKIP, e.by(), "cannot skip to " + e.to()
          + "; skip targets: " + targets);
    }
    if (!e.skipped().equals(StageRoutes.between(before.plan(), e.from(), e.to()))) {
      throw before.refused(ApplicationAction.SKIP, e.by(), "the skipped stages " + e.skipped()
          + " are not the stages between " + e.from() + " and " + e.to());
    }
    next.stage(e.to());
  }

  static void moved(Application before, ImmutableApplication.Builder next, Moved e) {
    requireFrom(before, ApplicationAction.MOVE, e.by(), e.from());
    List<StageId> targets = before.moveTargets();
    if (!targets.contains(e.to())) {
      throw before.refused(ApplicationAction.MOVE, e.by(), "cannot move to " + e.to()
          + "; move targets: " + targets);
    }
    next.stage(e.to());
  }

  static void rejected(Application before, ImmutableApplication.Builder next, Rejected e) {
    closeOpenOffer(before, next, OfferStatus.RESCINDED, "application rejected");
    next.rejection(e.reason());
  }

  static void withdrawn(Application before, ImmutableApplication.Builder next, Withdrawn e) {
    Require.nonBlank("Application", "reason", e.reason());
    closeOpenOffer(before, next, OfferStatus.DECLINED, "application withdrawn");
  }

  static void reopened(Application before, ImmutableApplication.Builder next, Reopened e) {
    Require.nonBlank("Application", "reason", e.reason());
    if (before.stage().isEmpty()) {
      if (e.stage().isPresent()) {
        throw before.refused(ApplicationAction.REOPEN, e.by(),
            "a prospect reopens as a prospect, at no stage");
      }
    } else {
      List<StageId> targets = before.reopenTargets();
      if (e.stage().isEmpty() || !targets.contains(e.stage().get())) {
        throw before.refused(ApplicationAction.REOPEN, e.by(), "cannot reopen at "
            + e.stage().map(StageId::value).orElse("no stage") + "; reopen targets: "
            + targets);
      }
    }
    next.stage(e.stage()).rejection(Optional.empty());
  }

  static void scorecardSubmitted(Application before, ImmutableApplication.Builder next,
      ScorecardSubmitted e) {
    next.addScorecards(Scoring.checked(before, e));
  }

  static void referenceRecorded(Application before, ImmutableApplication.Builder next,
      ReferenceRecorded e) {
    next.addReferences(e.reference());
  }

  static void offerDrafted(Application before, ImmutableApplication.Builder next,
      OfferDrafted e) {
    if (!e.expiresAt().isAfter(e.at())) {
      throw new InvalidValueException("Offer", "expiresAt", e.expiresAt() + " is not after "
          + e.at() + "; give an expiry in the future");
    }
    if (before.offers().stream().anyMatch(o -> o.id().equals(e.offer()))) {
      throw before.refused(ApplicationAction.DRAFT_OFFER, e.by(), "offer id " + e.offer()
          + " is taken; revise that offer or use a new id");
    }
    if (before.history().stream().anyMatch(h -> h instanceof OfferDrafted d
        && d.offer().equals(e.offer()))) {
      throw before.refused(ApplicationAction.DRAFT_OFFER, e.by(), "offer id " + e.offer()
          + " was an offer of this application's earlier role; use a new id");
    }
    if (e.offerVersion() != 1) {
      throw before.refused(ApplicationAction.DRAFT_OFFER, e.by(), "a drafted offer is version"
          + " 1, not " + e.offerVersion() + "; a later version comes from a revision");
    }
    next.addOffers(Offer.draft(e.offer(), e.compensation(), e.expiresAt(), e.approvalChain(),
        e.details().orElse(OfferDetails.none())).withPolicy(before.offerRules()));
  }

  static void hired(Application before, ImmutableApplication.Builder next, Hired e) {
    LocalDate agreed = before.currentOffer().orElseThrow().compensation().startDate();
    if (!e.startDate().equals(agreed)) {
      throw before.refused(ApplicationAction.HIRE, e.by(), "the start date " + e.startDate()
          + " is not the accepted offer's " + agreed + "; revise the offer to change it");
    }
    next.hiredInto(e.opening()).startDate(e.startDate());
  }

  static void unhired(Application before, ImmutableApplication.Builder next, Unhired e) {
    Require.nonBlank("Application", "note", e.note());
    if (!before.hiredInto().orElseThrow().equals(e.opening())) {
      throw before.refused(ApplicationAction.UNHIRE, e.by(), "the hire filled opening "
          + before.hiredInto().get() + ", not " + e.opening());
    }
    boolean reneged = e.reason() == UnhireReason.CANDIDATE_RENEGED;
    closeOpenOffer(before, next, reneged ? OfferStatus.DECLINED : OfferStatus.RESCINDED,
        reneged ? "candidate reneged" : "hire reversed");
    next.hiredInto(Optional.empty()).startDate(Optional.empty());
    if (!reneged) {
      next.rejection(RejectionReason.of(RejectionSide.WE_REJECTED, "hire-reversed"));
    }
  }

  static void migrated(Application before, ImmutableApplication.Builder next, Migrated e) {
    next.plan(e.plan()).stage(StageRoutes.migratedStage(before, e));
  }

  /** Closes a live or accepted offer in the same step as the application closes. */
  private static void closeOpenOffer(Application before, ImmutableApplication.Builder next,
      OfferStatus outcome, String reason) {
    Optional<Offer> open = before.openOffer();
    if (open.isPresent()) {
      List<Offer> offers = new ArrayList<>(before.offers());
      offers.set(offers.size() - 1, open.get().closeWithApplication(outcome, reason));
      next.offers(offers);
    }
  }

  private static void requireStage(Application before, ApplicationAction action, Actor by,
      StageId stage) {
    if (!before.plan().contains(stage)) {
      throw before.refused(action, by, stage + " is not a stage of plan v"
          + before.plan().version());
    }
  }

  private static void requireFrom(Application before, ApplicationAction action, Actor by,
      StageId from) {
    if (!before.stage().equals(Optional.of(from))) {
      throw before.refused(action, by, "the event leaves " + from + " but the application is at "
          + before.stage().map(StageId::value).orElse("no stage"));
    }
  }
}
