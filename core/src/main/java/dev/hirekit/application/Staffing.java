package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.Role;
import java.util.Objects;

/**
 * The effect of an application's events on its role: a hire fills the opening it names (the last
 * open opening closes the role), an unhire reopens it (a closed role opens again); every other
 * event leaves the role as it is.
 *
 * <p>A pure function: call it in the same transaction as saving the application, with the event
 * the application just recorded, and save the returned role with it. If the role refuses the
 * event (the opening is not open, the role is closed, the actor may not fill openings) it throws
 * and nothing should be saved.
 *
 * <pre>{@code
 * Application hired = application.hire(recruiter, now, openingId, startDate);
 * ApplicationEvent event = hired.history().get(hired.history().size() - 1);
 * Role staffed = Staffing.apply(role, hired, event);
 * // save hired and staffed in one transaction
 * }</pre>
 */
public final class Staffing {

  private Staffing() {}

  /**
   * The role after one event of one of its applications. The event does not name its role, so
   * the caller vouches for it; prefer {@link #apply(Role, Application, ApplicationEvent)}, which
   * checks it.
   *
   * @param role the role of the application the event belongs to
   * @param event the event the application recorded
   * @return the role with the opening filled for {@link Hired}, reopened for {@link Unhired},
   *     otherwise {@code role} itself
   * @throws IllegalTransitionException if the role refuses the fill or the reopening
   */
  public static Role apply(Role role, ApplicationEvent event) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(event, "event");
    if (event instanceof Hired hired) {
      return role.fillOpening(hired.by(), hired.at(), hired.opening());
    }
    if (event instanceof Unhired unhired) {
      return role.reopenOpening(unhired.by(), unhired.at(), unhired.opening());
    }
    return role;
  }

  /**
   * The role after one event of an application, checking that the application is for this role
   * and that it recorded the event.
   *
   * @param role the role
   * @param application the application, after it recorded the event
   * @param event an event of the application's history, usually its last
   * @return the role with the opening filled for {@link Hired}, reopened for {@link Unhired},
   *     otherwise {@code role} itself
   * @throws InvalidValueException if the application is for another role or the event is not in
   *     its history
   * @throws IllegalTransitionException if the role refuses the fill or the reopening
   */
  public static Role apply(Role role, Application application, ApplicationEvent event) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(event, "event");
    Require.that(application.roleId().equals(role.id()), "Staffing", "application",
        "application " + application.id() + " is for role " + application.roleId() + ", not "
        + role.id() + "; apply its events to its own role");
    Require.that(application.history().contains(event), "Staffing", "event",
        "is not in the history of application " + application.id()
        + "; record it on the application first");
    return apply(role, event);
  }
}
