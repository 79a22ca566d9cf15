package dev.hirekit.role;

import java.util.Map;

/** The stable type name of each role event, in one place; see {@link RoleEvent#type()}. */
final class EventNames {
  private static final Map<Class<?>, String> NAMES = Map.of(
      RoleEvent.Opened.class, "role.opened",
      RoleEvent.Held.class, "role.held",
      RoleEvent.Resumed.class, "role.resumed",
      RoleEvent.Closed.class, "role.closed",
      RoleEvent.Reopened.class, "role.reopened",
      RoleEvent.OpeningAdded.class, "role.opening_added",
      RoleEvent.OpeningFilled.class, "role.opening_filled",
      RoleEvent.OpeningClosed.class, "role.opening_closed",
      RoleEvent.OpeningReopened.class, "role.opening_reopened");

  private EventNames() {}

  static String of(RoleEvent event) {
    return of(event.getClass());
  }

  /** The name of an event type; null for a type without one, which a test forbids. */
  static String of(Class<?> type) {
    return NAMES.get(type);
  }
}
