package dev.hirekit.role;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The stable type name of each role event, in one place; see {@link RoleEvent#type()}. */
final class EventNames {
  private static final Map<Class<?>, String> NAMES = Map.ofEntries(
      Map.entry(RoleEvent.Drafted.class, "role.drafted"),
      Map.entry(RoleEvent.PostingRevised.class, "role.posting_revised"),
      Map.entry(RoleEvent.PlanSet.class, "role.plan_set"),
      Map.entry(RoleEvent.TeamSet.class, "role.team_set"),
      Map.entry(RoleEvent.Opened.class, "role.opened"),
      Map.entry(RoleEvent.Held.class, "role.held"),
      Map.entry(RoleEvent.Resumed.class, "role.resumed"),
      Map.entry(RoleEvent.Closed.class, "role.closed"),
      Map.entry(RoleEvent.Reopened.class, "role.reopened"),
      Map.entry(RoleEvent.OpeningAdded.class, "role.opening_added"),
      Map.entry(RoleEvent.OpeningFilled.class, "role.opening_filled"),
      Map.entry(RoleEvent.OpeningClosed.class, "role.opening_closed"),
      Map.entry(RoleEvent.OpeningReopened.class, "role.opening_reopened"),
      Map.entry(RoleEvent.RequisitionSet.class, "role.requisition_set"),
      Map.entry(RoleEvent.OpeningScheduled.class, "role.opening_scheduled"),
      Map.entry(RoleEvent.ApprovalRequested.class, "role.approval_requested"),
      Map.entry(RoleEvent.Approved.class, "role.approved"),
      Map.entry(RoleEvent.ApprovalDeclined.class, "role.approval_declined"),
      Map.entry(RoleEvent.ApproverReplaced.class, "role.approver_replaced"));

  private EventNames() {}

  static String of(RoleEvent event) {
    return of(event.getClass());
  }

  /** The name of an event type; null for a type without one, which a test forbids. */
  static Map<String, Class<? extends RoleEvent>> types() {
    Map<String, Class<? extends RoleEvent>> types = new TreeMap<>();
    NAMES.forEach((type, name) -> types.put(name, type.asSubclass(RoleEvent.class)));
    return Collections.unmodifiableMap(types);
  }

  static String of(Class<?> type) {
    return NAMES.get(type);
  }
}
