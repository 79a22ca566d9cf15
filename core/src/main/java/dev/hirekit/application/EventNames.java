package dev.hirekit.application;

import java.util.Map;

/** The stable type name of each application event, in one place; see {@link ApplicationEvent#type()}. */
final class EventNames {
  private static final Map<Class<?>, String> NAMES = Map.ofEntries(
      Map.entry(ApplicationEvent.Applied.class, "application.applied"),
      Map.entry(ApplicationEvent.Prospected.class, "application.prospected"),
      Map.entry(ApplicationEvent.Converted.class, "application.converted"),
      Map.entry(ApplicationEvent.Advanced.class, "application.advanced"),
      Map.entry(ApplicationEvent.Skipped.class, "application.skipped"),
      Map.entry(ApplicationEvent.Moved.class, "application.moved"),
      Map.entry(ApplicationEvent.Rejected.class, "application.rejected"),
      Map.entry(ApplicationEvent.Withdrawn.class, "application.withdrawn"),
      Map.entry(ApplicationEvent.Reopened.class, "application.reopened"),
      Map.entry(ApplicationEvent.ScorecardSubmitted.class, "application.scorecard_submitted"),
      Map.entry(ApplicationEvent.ReferenceRecorded.class, "application.reference_recorded"),
      Map.entry(ApplicationEvent.OfferDrafted.class, "offer.drafted"),
      Map.entry(ApplicationEvent.OfferSubmittedForApproval.class,
          "offer.submitted_for_approval"),
      Map.entry(ApplicationEvent.OfferApproved.class, "offer.approved"),
      Map.entry(ApplicationEvent.OfferApprovalDeclined.class, "offer.approval_declined"),
      Map.entry(ApplicationEvent.OfferExtended.class, "offer.extended"),
      Map.entry(ApplicationEvent.OfferAccepted.class, "offer.accepted"),
      Map.entry(ApplicationEvent.OfferDeclined.class, "offer.declined"),
      Map.entry(ApplicationEvent.OfferRescinded.class, "offer.rescinded"),
      Map.entry(ApplicationEvent.OfferExpired.class, "offer.expired"),
      Map.entry(ApplicationEvent.OfferRevised.class, "offer.revised"),
      Map.entry(ApplicationEvent.Hired.class, "application.hired"),
      Map.entry(ApplicationEvent.Unhired.class, "application.unhired"),
      Map.entry(ApplicationEvent.Migrated.class, "application.migrated"));

  private EventNames() {}

  static String of(ApplicationEvent event) {
    return of(event.getClass());
  }

  /** The name of an event type; null for a type without one, which a test forbids. */
  static String of(Class<?> type) {
    return NAMES.get(type);
  }
}
