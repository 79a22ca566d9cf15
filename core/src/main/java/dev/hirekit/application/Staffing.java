package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.internal.Require;
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
 * transaction. They are the only way to hire and unhire: an application is never hired without
 * its opening filled, nor unhired without it reopened.
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
   * Hires the candidate into an open opening of the role and fills it, in one step: the
   * application is hired with the accepted offer's start date (see {@link
   * Application#hireTargets(Role, Actor)}), then {@link Role#fillOpening} by the same actor at
   * the same time (the last open opening closes the role).
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
    return new Staffed(hired, role.fillOpening(by, at, opening));
  }

  /**
   * Undoes a hire and reopens the opening it filled, in one step: the application is unhired
   * (withdrawn with its offer declined if the candidate reneged, rejected with its offer
   * rescinded if the hire was reversed), then {@link Role#reopenOpening} by the same actor at the
   * same time (a closed role opens again).
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
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(application, "application");
    Require.that(application.roleId().equals(role.id()), "Staffing", "role", "role " + role.id()
        + " is not the role of application " + application.id() + " (" + application.roleId()
        + "); pass its own role");
    Application unhired = application.unhire(by, at, reason, note);
    // Unhiring succeeded, so the application was hired into an opening.
    return new Staffed(unhired, role.reopenOpening(by, at, application.hiredInto().orElseThrow()));
  }
}
