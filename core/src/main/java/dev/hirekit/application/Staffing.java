package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationEvent.Hired;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import java.time.Instant;
import java.util.Objects;

/**
 * Hiring and unhiring as one step over the application and its role: {@link #hire} hires the
 * candidate into an open opening and fills it, {@link #unhire} undoes the hire and reopens the
 * opening (a closed role opens again). Each is a pure function that returns both new aggregates
 * or throws and returns neither, so the caller saves both, with their new events, in one
 * transaction. {@link #apply(Role, Application, ApplicationEvent)} is the building block: the
 * effect of one application event on the role.
 *
 * <pre>{@code
 * Staffing.Staffed staffed = Staffing.hire(role, application, recruiter, now, openingId);
 * store.save(staffed.application(), staffed.role());       // one transaction
 * }</pre>
 */
public final class Staffing {

  private Staffing() {}

  /**
   * An application and its role after a hire or unhire, both or neither.
   *
   * @param application the application, hired or unhired
   * @param role its role, with the opening filled or reopened
   */
  public record Staffed(Application application, Role role) {}

  /**
   * Hires the candidate into an open opening of the role and fills it, in one step: {@link
   * Application#hire(Role, Actor, Instant, OpeningId)}, then {@link Role#fillOpening} by the same
   * actor at the same time (the last open opening closes the role).
   *
   * @param role the application's role, as it stands
   * @param application the application, at an offer stage with an accepted offer
   * @param by who hires, allowed to hire by the application's policy and to fill openings by
   *     the role's
   * @param at when
   * @param opening an open opening of the role
   * @return both new aggregates
   * @throws IllegalTransitionException if the application or the role refuses; then neither
   *     changes
   * @throws InvalidValueException if the role is not the application's
   */
  public static Staffed hire(Role role, Application application, Actor by, Instant at,
      OpeningId opening) {
    Objects.requireNonNull(application, "application");
    Application hired = application.hire(role, by, at, opening);
    return new Staffed(hired, apply(role, hired, hired.history().get(hired.history().size() - 1)));
  }

  /**
   * Undoes a hire and reopens the opening it filled, in one step: {@link
   * Application#unhire(Actor, Instant, UnhireReason, String)}, then {@link Role#reopenOpening}
   * by the same actor at the same time (a closed role opens again).
   *
   * @param role the application's role, as it stands
   * @param application the hired application
   * @param by who acts
   * @param at when
   * @param reason reneged or reversed
   * @param note what happened, not blank
   * @return both new aggregates
   * @throws IllegalTransitionException if the application or the role refuses; then neither
   *     changes
   * @throws InvalidValueException if the role is not the application's
   */
  public static Staffed unhire(Role role, Application application, Actor by, Instant at,
      UnhireReason reason, String note) {
    Objects.requireNonNull(application, "application");
    Application unhired = application.unhire(by, at, reason, note);
    return new Staffed(unhired, apply(role, unhired,
        unhired.history().get(unhired.history().size() - 1)));
  }

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
