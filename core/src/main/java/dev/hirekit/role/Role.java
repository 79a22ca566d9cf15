package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.actor.Policy;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.money.PayRange;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.role.RoleEvent.Closed;
import dev.hirekit.role.RoleEvent.Held;
import dev.hirekit.role.RoleEvent.Opened;
import dev.hirekit.role.RoleEvent.OpeningAdded;
import dev.hirekit.role.RoleEvent.OpeningClosed;
import dev.hirekit.role.RoleEvent.OpeningFilled;
import dev.hirekit.role.RoleEvent.OpeningReopened;
import dev.hirekit.role.RoleEvent.Reopened;
import dev.hirekit.role.RoleEvent.Resumed;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A role (a job posting): the job, where and how it is worked, what it pays, its openings, its
 * hiring team and its interview plan.
 *
 * <p>Rules: title and department are not blank; at least one location; no remote policy for an
 * {@link WorkplaceType#ON_SITE} role; the equity statement, compensation note and equal
 * opportunity statement, when given, are not blank; opening ids are unique; the apply link, when
 * given, is an absolute {@code http} or {@code https} URI.
 *
 * <p>Lifecycle: the builder builds only a {@link RoleStatus#DRAFT} with open openings and no
 * history; from then on the role's status, its openings' states and its history change only
 * through its actions ({@link #open}, {@link #hold}, {@link #resume}, {@link #close}, {@link
 * #reopen} and the opening actions), each checked against {@link #LIFECYCLE}, recorded as a
 * {@link RoleEvent} in {@link #history()} and returning a new role, or through {@link
 * #replay(Role, List)} from such a draft. A refused action throws {@link
 * IllegalTransitionException} and changes nothing. The {@code with*} copies edit what the role
 * says (title, plan, team, ...), never where it stands. Filling or cancelling the last open
 * opening closes an open or held role; reopening a filled opening (an unhire) opens a closed role
 * again. Hires and unhires of applications reach the role through {@code Staffing.hire} and
 * {@code Staffing.unhire} in package {@code dev.hirekit.application}, which change the
 * application and the role in one step. {@code Role.replay(asBuilt, role.history())} has the
 * status and openings of the role.
 *
 * <pre>{@code
 * Role role = Role.builder()
 *     .id(RoleId.of("backend-berlin"))
 *     .title("Backend Engineer")
 *     .department("Engineering")
 *     .addLocation(Location.of("Berlin", "DE"))
 *     .workplaceType(WorkplaceType.HYBRID)
 *     .remotePolicy(RemotePolicy.builder().addAllowedCountry("DE").build())
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .description(RoleDescription.of("Build and run our payment services."))
 *     .payRange(PayRange.of(Money.of("70000", "EUR"), Money.of("90000", "EUR"),
 *         PayPeriod.YEARLY))
 *     .addOpening(Opening.open(OpeningId.of("backend-berlin-1")))
 *     .applyUrl(URI.create("https://jobs.example.com/backend-berlin"))
 *     .build();
 * role = role.withPlan(plan).open(recruiter, now);
 * role = role.fillOpening(recruiter, later, OpeningId.of("backend-berlin-1")); // CLOSED
 * }</pre>
 */
@Value.Immutable
public abstract class Role {
  private static final Logger LOG = LoggerFactory.getLogger(Role.class);

  private static final Guard<Role, Actor> PLAN = Guard.when("an interview plan",
      r -> r.plan().isPresent());
  private static final Guard<Role, Actor> OPEN_OPENING = Guard.when("an open opening",
      r -> !r.openOpenings().isEmpty());
  private static final Guard<Role, Actor> ANOTHER_OPEN_OPENING = Guard.of("another open opening",
      r -> r.openOpenings().size() >= 2 ? Optional.empty()
          : Optional.of(r.openOpenings().isEmpty() ? "the role has no open opening"
              : "no other opening would remain open"));
  private static final Guard<Role, Actor> LAST_OPEN_OPENING = Guard.of("the last open opening",
      r -> r.openOpenings().size() == 1 ? Optional.empty()
          : Optional.of(r.openOpenings().isEmpty() ? "the role has no open opening"
              : r.openOpenings().size() + " openings are open"));
  private static final Guard<Role, Actor> FILLED_OPENING = Guard.when("a filled opening",
      r -> !r.filledOpenings().isEmpty());

  /** Who may perform which role action by default: hiring managers and recruiters, all. */
  public static final Policy<RoleAction, Role> DEFAULT_POLICY = defaultPolicy();

  /**
   * The rules of every role: statuses, actions, guards and the default policy (hiring managers
   * and recruiters run the lifecycle and the openings; the system may do everything).
   *
   * <p>The guards read the role only, never the opening an action names: the opening itself is
   * checked by the action (it must exist and be open, or filled to reopen it, or be new to add
   * it), and a misfit is refused with an {@link IllegalTransitionException} naming it.
   */
  public static final TransitionTable<RoleStatus, RoleAction, Role, Actor> LIFECYCLE = table();

  private static Policy<RoleAction, Role> defaultPolicy() {
    RolePolicy.Builder<RoleAction> policy = RolePolicy.builder(RoleAction.class);
    for (RoleAction action : RoleAction.values()) {
      policy.allow(action, HiringRole.HIRING_MANAGER, HiringRole.RECRUITER);
    }
    return policy.build();
  }

  private static TransitionTable<RoleStatus, RoleAction, Role, Actor> table() {
    TransitionTable.Builder<RoleStatus, RoleAction, Role, Actor> t =
        TransitionTable.<RoleStatus, RoleAction, Role, Actor>builder(
                "Role", RoleStatus.class, RoleAction.class)
            .on(RoleStatus.DRAFT, RoleAction.OPEN, RoleStatus.OPEN, PLAN.and(OPEN_OPENING))
            .on(RoleStatus.OPEN, RoleAction.HOLD, RoleStatus.ON_HOLD)
            .on(RoleStatus.ON_HOLD, RoleAction.RESUME, RoleStatus.OPEN)
            .on(RoleStatus.DRAFT, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.OPEN, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.ON_HOLD, RoleAction.CLOSE, RoleStatus.CLOSED)
            .on(RoleStatus.CLOSED, RoleAction.REOPEN, RoleStatus.OPEN, PLAN.and(OPEN_OPENING));
    for (RoleStatus status : RoleStatus.values()) {
      t.on(status, RoleAction.ADD_OPENING, status);
    }
    for (RoleStatus live : List.of(RoleStatus.OPEN, RoleStatus.ON_HOLD)) {
      t.on(live, RoleAction.FILL_OPENING, live, ANOTHER_OPEN_OPENING)
          .on(live, RoleAction.FILL_OPENING, RoleStatus.CLOSED, LAST_OPEN_OPENING);
    }
    t.on(RoleStatus.DRAFT, RoleAction.CLOSE_OPENING, RoleStatus.DRAFT, ANOTHER_OPEN_OPENING);
    for (RoleStatus live : List.of(RoleStatus.OPEN, RoleStatus.ON_HOLD)) {
      t.on(live, RoleAction.CLOSE_OPENING, live, ANOTHER_OPEN_OPENING)
          .on(live, RoleAction.CLOSE_OPENING, RoleStatus.CLOSED, LAST_OPEN_OPENING);
    }
    t.on(RoleStatus.OPEN, RoleAction.REOPEN_OPENING, RoleStatus.OPEN, FILLED_OPENING)
        .on(RoleStatus.ON_HOLD, RoleAction.REOPEN_OPENING, RoleStatus.ON_HOLD, FILLED_OPENING)
        .on(RoleStatus.CLOSED, RoleAction.REOPEN_OPENING, RoleStatus.OPEN, FILLED_OPENING);
    return t.policy(DEFAULT_POLICY).build();
  }

  Role() {}

  /**
   * The role's id.
   *
   * @return the id
   */
  public abstract RoleId id();

  /**
   * The job title, such as "Backend Engineer".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The team or department the role belongs to, such as "Engineering".
   *
   * @return the department, not blank
   */
  public abstract String department();

  /**
   * Where the role is worked, first the main location.
   *
   * @return the locations, never empty
   */
  public abstract List<Location> locations();

  /**
   * Whether the role is worked on site, hybrid or remote.
   *
   * @return the workplace type
   */
  public abstract WorkplaceType workplaceType();

  /**
   * Where a remote or hybrid worker may live; never given for an on-site role.
   *
   * @return the remote policy, or empty
   */
  public abstract Optional<RemotePolicy> remotePolicy();

  /**
   * The kind of employment.
   *
   * @return the employment type
   */
  public abstract EmploymentType employmentType();

  /**
   * What the role is about.
   *
   * @return the description
   */
  public abstract RoleDescription description();

  /**
   * The posted range of pay, if the posting states one.
   *
   * @return the pay range, or empty
   */
  public abstract Optional<PayRange> payRange();

  /**
   * A statement on equity, such as "competitive equity".
   *
   * @return the statement, or empty
   */
  public abstract Optional<String> equityStatement();

  /**
   * A note on compensation for a posting without numbers, such as "competitive pay and equity".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> compensationNote();

  /**
   * The people who hire for the role. Empty by default.
   *
   * @return the hiring team
   */
  @Value.Default
  public HiringTeam hiringTeam() {
    return HiringTeam.empty();
  }

  /**
   * The seats to fill; may be empty while the role is a draft. A role as built has only open
   * openings; they close and reopen through the role's actions.
   *
   * @return the openings, each id once
   */
  public abstract List<Opening> openings();

  /**
   * The stages a candidate passes through, once planned.
   *
   * @return the interview plan, or empty
   */
  public abstract Optional<InterviewPlan> plan();

  /**
   * Where the role stands: {@link RoleStatus#DRAFT} as built, then whatever its actions made it.
   * The builder refuses any other status.
   *
   * @return the status
   */
  @Value.Default
  public RoleStatus status() {
    return RoleStatus.DRAFT;
  }

  /**
   * The lifecycle events of the role, oldest first; empty for a role as built. Appended to by
   * the lifecycle actions only; the builder refuses a history. To trust a stored history,
   * rebuild the role with {@link #replay(Role, List)} from the role as built.
   *
   * @return the events
   */
  public abstract List<RoleEvent> history();

  /**
   * The employer's equal opportunity statement.
   *
   * @return the statement, or empty
   */
  public abstract Optional<String> equalOpportunityStatement();

  /**
   * Where candidates apply, an absolute {@code http} or {@code https} link.
   *
   * @return the link, or empty
   */
  public abstract Optional<URI> applyUrl();

  /**
   * A builder of roles. It builds drafts only: status {@link RoleStatus#DRAFT}, no history, every
   * opening open (its {@code status} and {@code history} setters accept nothing else, and {@code
   * from(role)} works only for a role as built). Use the lifecycle actions from there.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The openings that can still be filled, in role order.
   *
   * @return the open openings, possibly none
   */
  public List<Opening> openOpenings() {
    return openings().stream().filter(Opening::isOpen).toList();
  }

  /**
   * The opening of an id.
   *
   * @param id the opening id
   * @return the opening, or empty if the role has no such opening
   */
  public Optional<Opening> opening(OpeningId id) {
    return openings().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The openings closed because someone was hired for them, in role order.
   *
   * @return the filled openings, possibly none
   */
  public List<Opening> filledOpenings() {
    return openings().stream()
        .filter(o -> o.closeReason().filter(r -> r == OpeningCloseReason.FILLED).isPresent())
        .toList();
  }

  /**
   * A copy with another title.
   *
   * @param value the title, not blank
   * @return the copy
   * @throws InvalidValueException if the title is blank
   */
  public abstract Role withTitle(String value);

  /**
   * A copy with another department.
   *
   * @param value the department, not blank
   * @return the copy
   * @throws InvalidValueException if the department is blank
   */
  public abstract Role withDepartment(String value);

  /**
   * A copy with other locations.
   *
   * @param elements the locations, at least one
   * @return the copy
   * @throws InvalidValueException if no location is given
   */
  public abstract Role withLocations(Iterable<? extends Location> elements);

  /**
   * A copy with another workplace type.
   *
   * @param value the workplace type
   * @return the copy
   * @throws InvalidValueException if the copy is on site but has a remote policy
   */
  public abstract Role withWorkplaceType(WorkplaceType value);

  /**
   * A copy with a remote policy.
   *
   * @param value the remote policy
   * @return the copy
   * @throws InvalidValueException if the role is on site
   */
  public abstract Role withRemotePolicy(RemotePolicy value);

  /**
   * A copy with another employment type.
   *
   * @param value the employment type
   * @return the copy
   */
  public abstract Role withEmploymentType(EmploymentType value);

  /**
   * A copy with another description.
   *
   * @param value the description
   * @return the copy
   */
  public abstract Role withDescription(RoleDescription value);

  /**
   * A copy with a pay range.
   *
   * @param value the pay range
   * @return the copy
   */
  public abstract Role withPayRange(PayRange value);

  /**
   * A copy with an equity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Role withEquityStatement(String value);

  /**
   * A copy with a compensation note.
   *
   * @param value the note, not blank
   * @return the copy
   * @throws InvalidValueException if the note is blank
   */
  public abstract Role withCompensationNote(String value);

  /**
   * A copy with another hiring team.
   *
   * @param value the hiring team
   * @return the copy
   */
  public abstract Role withHiringTeam(HiringTeam value);

  /**
   * A copy with an interview plan.
   *
   * @param value the plan
   * @return the copy
   */
  public abstract Role withPlan(InterviewPlan value);

  /**
   * A copy with an equal opportunity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Role withEqualOpportunityStatement(String value);

  /**
   * A copy with an apply link.
   *
   * @param value an absolute {@code http} or {@code https} link
   * @return the copy
   * @throws InvalidValueException if the link is not absolute http or https
   */
  public abstract Role withApplyUrl(URI value);

  /**
   * How many events the role has recorded: the sequence number of its last event, the events
   * being numbered 1, 2, 3, ... in {@link #history()} order (0 for a role as built). A store
   * appends the events after the version it loaded, checking that it still holds that version.
   *
   * <pre>{@code
   * long loaded = role.version();
   * Role next = ...;                                        // one or more actions
   * store.append(next.id(), loaded, next.eventsAfter(loaded)); // expected version: loaded
   * }</pre>
   *
   * @return the version
   */
  public long version() {
    return history().size();
  }

  /**
   * The events recorded after a version, oldest first: what a store appends when it loaded
   * that version.
   *
   * @param version a version this role has had, from 0 to {@link #version()}
   * @return the later events, possibly none
   * @throws InvalidValueException if the version is negative or after {@link #version()}
   */
  public List<RoleEvent> eventsAfter(long version) {
    Require.that(version >= 0 && version <= version(), "Role", "version", version
        + " is not a version of " + id() + "; give 0 to " + version());
    return history().subList((int) version, history().size());
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * The actions this actor may perform now, by the role's status, its openings and the policy of
   * {@link #LIFECYCLE}; an opening action listed here still needs an opening that fits it.
   *
   * @param actor who would act
   * @return the legal actions, in the order of {@link RoleAction}
   */
  public Set<RoleAction> allowedActions(Actor actor) {
    return rules().allowedActions(status(), actor, this);
  }

  /**
   * Why an action is not legal now, if it is not; the opening an opening action names is not
   * looked at.
   *
   * @param action the action
   * @param actor who would act
   * @return empty if legal, otherwise the reason
   */
  public Optional<String> refusal(RoleAction action, Actor actor) {
    return rules().refusal(status(), action, actor, this);
  }

  /**
   * Publishes a draft that has an interview plan and an open opening.
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role open(Actor by, Instant at) {
    return record(new Opened(at, by));
  }

  /**
   * Puts an open role on hold: no new applications, pipelines kept.
   *
   * @param by who acts
   * @param at when
   * @return the role on hold
   * @throws IllegalTransitionException if not legal now
   */
  public Role hold(Actor by, Instant at) {
    return record(new Held(at, by));
  }

  /**
   * Opens a role on hold again.
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role resume(Actor by, Instant at) {
    return record(new Resumed(at, by));
  }

  /**
   * Closes a draft, open or held role; every opening still open is cancelled in the same step.
   *
   * @param by who acts
   * @param at when
   * @param reason why the role closes
   * @return the closed role
   * @throws IllegalTransitionException if not legal now
   */
  public Role close(Actor by, Instant at, RoleCloseReason reason) {
    return record(new Closed(reason, at, by));
  }

  /**
   * Opens a closed role again (e.g. after a renege); it needs an open opening, so add or reopen
   * one first.
   *
   * @param by who acts
   * @param at when
   * @return the open role
   * @throws IllegalTransitionException if not legal now
   */
  public Role reopen(Actor by, Instant at) {
    return record(new Reopened(at, by));
  }

  /**
   * Adds an open opening under an id the role has not used; the status stays (a closed role
   * stays closed: {@link #reopen} it explicitly).
   *
   * @param by who acts
   * @param at when
   * @param opening the new opening's id
   * @return the role with the opening
   * @throws IllegalTransitionException if not legal now, or the id is taken
   */
  public Role addOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningAdded(opening, at, by));
  }

  /**
   * Fills an open opening of an open or held role with a hire; filling the last open opening
   * closes the role. Usually reached through {@code Staffing.apply} when an application is hired.
   *
   * @param by who acts
   * @param at when
   * @param opening the opening filled, an open opening of the role
   * @return the role with the opening closed as {@link OpeningCloseReason#FILLED}
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not open
   */
  public Role fillOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningFilled(opening, at, by));
  }

  /**
   * Cancels an open opening; cancelling the last open opening of an open or held role closes
   * the role (a draft keeps at least one: close the draft instead).
   *
   * @param by who acts
   * @param at when
   * @param opening the opening to cancel, an open opening of the role
   * @return the role with the opening closed as {@link OpeningCloseReason#CANCELLED}
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not open
   */
  public Role closeOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningClosed(opening, at, by));
  }

  /**
   * Opens a filled opening again after its hire was undone; a closed role opens with it.
   * Usually reached through {@code Staffing.apply} when an application is unhired.
   *
   * @param by who acts
   * @param at when
   * @param opening the opening, a filled opening of the role
   * @return the role with the opening open
   * @throws IllegalTransitionException if not legal now, or the opening is unknown or not filled
   */
  public Role reopenOpening(Actor by, Instant at, OpeningId opening) {
    return record(new OpeningReopened(opening, at, by));
  }

  /**
   * Rebuilds a role from the role as built and its history, checking every event against the
   * rules.
   *
   * @param initial the role before any event, with an empty history
   * @param history the events, oldest first
   * @return the role after the events
   * @throws IllegalTransitionException if an event is not legal where the role stands
   * @throws InvalidValueException if the initial role already has a history
   */
  public static Role replay(Role initial, List<RoleEvent> history) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(history, "history");
    Require.that(initial.history().isEmpty(), "Role", "history", "role " + initial.id()
        + " already has a history; replay from the role as built, before any event");
    Role role = initial;
    for (RoleEvent event : history) {
      role = role.record(event);
    }
    return role;
  }

  /**
   * Loads a role from your own store: rebuilds it from the role as built and its history,
   * checking every structural and lifecycle rule but not who was permitted (a permission is a
   * fact of the moment it was used, so a history recorded under an earlier policy still loads
   * after the policy is tightened); the role keeps the policy of {@code initial} for every later
   * action. Use {@link #replay(Role, List)} for a history from anywhere else.
   *
   * <pre>{@code
   * Role role = Role.load(asBuilt, eventStore.events(roleId));
   * }</pre>
   *
   * @param initial the role before any event, with an empty history and its policy
   * @param history the events, oldest first
   * @return the role after the events, under the policy of {@code initial}
   * @throws IllegalTransitionException if an event breaks a rule where the role stands
   * @throws InvalidValueException if the initial role already has a history
   */
  public static Role load(Role initial, List<RoleEvent> history) {
    Objects.requireNonNull(initial, "initial");
    return replay(initial.withPolicy((actor, action, subject) -> true), history)
        .withPolicy(initial.policy());
  }

  /**
   * Records an event: checks that it is legal where the role stands, by its actor at its time,
   * and returns the role with it applied and appended to the history. Every action method goes
   * through here, and so does {@link #replay(Role, List)}.
   *
   * @param event the event
   * @return the role after the event
   * @throws IllegalTransitionException if the event is not legal now, is dated before the
   *     previous event, or names an opening that does not fit
   */
  public Role record(RoleEvent event) {
    Objects.requireNonNull(event, "event");
    RoleAction action = actionOf(event);
    if (!history().isEmpty()) {
      Instant previous = history().get(history().size() - 1).at();
      if (event.at().isBefore(previous)) {
        throw refuse(action, event.by(), "event time " + event.at()
            + " is before the previous event at " + previous);
      }
    }
    RoleStatus target = rules().fire(id().value(), status(), action, event.by(), this);
    Role.Builder next = new Builder(true);
    next.from(this).status(target).addHistory(event);
    if (event instanceof Closed) {
      List<Opening> openings = new ArrayList<>();
      for (Opening opening : openings()) {
        openings.add(opening.isOpen()
            ? Opening.closed(opening.id(), OpeningCloseReason.CANCELLED) : opening);
      }
      next.openings(openings);
    } else if (event instanceof OpeningAdded added) {
      if (opening(added.opening()).isPresent()) {
        throw refuse(action, event.by(), "opening " + added.opening()
            + " already exists; add a new opening under a new id");
      }
      next.addOpening(Opening.open(added.opening()));
    } else if (event instanceof OpeningFilled filled) {
      requireOpenOpening(action, event.by(), filled.opening());
      next.openings(replaced(Opening.closed(filled.opening(), OpeningCloseReason.FILLED)));
    } else if (event instanceof OpeningClosed closed) {
      requireOpenOpening(action, event.by(), closed.opening());
      next.openings(replaced(Opening.closed(closed.opening(), OpeningCloseReason.CANCELLED)));
    } else if (event instanceof OpeningReopened reopened) {
      Opening opening = known(action, event.by(), reopened.opening());
      if (!opening.closeReason().filter(r -> r == OpeningCloseReason.FILLED).isPresent()) {
        throw refuse(action, event.by(), "opening " + opening.id() + " is "
            + opening.closeReason().map(Enum::name).orElse(opening.status().name())
            + ", not FILLED; only a filled opening reopens");
      }
      next.openings(replaced(Opening.open(opening.id())));
    }
    Role role = next.build();
    LOG.debug("role {} {} -> {} by {}", id(), event.getClass().getSimpleName(), role.status(),
        event.by());
    return role;
  }

  /** The action each event records. */
  private static final Map<Class<?>, RoleAction> ACTIONS = Map.of(
      Opened.class, RoleAction.OPEN,
      Held.class, RoleAction.HOLD,
      Resumed.class, RoleAction.RESUME,
      Closed.class, RoleAction.CLOSE,
      Reopened.class, RoleAction.REOPEN,
      OpeningAdded.class, RoleAction.ADD_OPENING,
      OpeningFilled.class, RoleAction.FILL_OPENING,
      OpeningClosed.class, RoleAction.CLOSE_OPENING,
      OpeningReopened.class, RoleAction.REOPEN_OPENING);

  private static RoleAction actionOf(RoleEvent event) {
    return ACTIONS.get(event.getClass());
  }

  private Opening known(RoleAction action, Actor by, OpeningId id) {
    return opening(id).orElseThrow(() -> refuse(action, by, "role " + id() + " has no opening "
        + id));
  }

  private void requireOpenOpening(RoleAction action, Actor by, OpeningId id) {
    Opening opening = known(action, by, id);
    if (!opening.isOpen()) {
      throw refuse(action, by, "opening " + id + " is already closed ("
          + opening.closeReason().map(Enum::name).orElse("") + ")");
    }
  }

  private List<Opening> replaced(Opening replacement) {
    List<Opening> openings = new ArrayList<>(openings());
    openings.replaceAll(o -> o.id().equals(replacement.id()) ? replacement : o);
    return openings;
  }

  private IllegalTransitionException refuse(RoleAction action, Actor by, String reason) {
    return rules().refuse(id().value(), status(), action, by, this, reason);
  }

  /**
   * Who may perform which action on this role: the default policy of {@link #LIFECYCLE}
   * unless replaced with {@link #withPolicy}. Not part of equality, hashing or {@code
   * toString()}, and not recorded in the history.
   *
   * @return the policy
   */
  @Value.Default
  @Value.Auxiliary
  public Policy<RoleAction, Role> policy() {
    return DEFAULT_POLICY;
  }

  /**
   * A copy whose later actions are checked against another policy, e.g. one that lets only
   * hiring managers open and close the role. The states, actions and guards stay those of
   * {@link #LIFECYCLE}.
   *
   * @param value the policy
   * @return the copy
   */
  public abstract Role withPolicy(Policy<RoleAction, Role> value);

  /** The table with this role's policy bound to its team; computed once per instance. */
  @Value.Lazy
  TransitionTable<RoleStatus, RoleAction, Role, Actor> rules() {
    Policy<RoleAction, Role> bound = policy().within(hiringTeam());
    return bound == DEFAULT_POLICY ? LIFECYCLE : LIFECYCLE.withPolicy(bound);
  }

  @Value.Check
  void check() {
    Require.name("Role", "title", title());
    Require.name("Role", "department", department());
    Require.nonEmpty("Role", "locations", locations(),
        "give at least one location, such as the office or the country of a remote role");
    if (workplaceType() == WorkplaceType.ON_SITE && remotePolicy().isPresent()) {
      throw new InvalidValueException("Role", "remotePolicy", "must be empty when workplaceType"
          + " is ON_SITE; drop it or choose HYBRID or REMOTE");
    }
    equityStatement().ifPresent(s -> Require.nonBlank("Role", "equityStatement", s));
    compensationNote().ifPresent(s -> Require.nonBlank("Role", "compensationNote", s));
    equalOpportunityStatement()
        .ifPresent(s -> Require.nonBlank("Role", "equalOpportunityStatement", s));
    Require.distinct("Role", "openings", openings(), Opening::id);
    applyUrl().ifPresent(Role::checkApplyUrl);
    if (history().isEmpty()) {
      requireAsBuilt(this);
    }
    Require.that(plan().isPresent() || (status() != RoleStatus.OPEN
        && status() != RoleStatus.ON_HOLD), "Role", "plan", "is missing while " + status()
        + "; a role takes applications only with an interview plan");
  }

  /** A role without history is a draft whose openings are all open: nothing has happened yet. */
  private static void requireAsBuilt(Role role) {
    Require.that(role.status() == RoleStatus.DRAFT, "Role", "status", role.status()
        + " without a history; a role starts as a DRAFT and changes status only through its"
        + " actions (open, hold, close, ...) or a replay of them");
    Require.that(role.openings().stream().allMatch(Opening::isOpen), "Role", "openings",
        "holds a closed opening without a history; openings start open and close only through"
        + " the role's actions (fillOpening, closeOpening, close) or a replay of them");
  }

  private static void checkApplyUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!url.isAbsolute() || !web || url.getHost() == null) {
      throw new InvalidValueException("Role", "applyUrl", "must be an absolute http or https"
          + " link; give one like https://jobs.example.com/apply");
    }
  }

  /**
   * Builds a {@link Role} as a draft; see {@link Role#builder()}.
   *
   * <pre>{@code
   * Role draft = Role.builder().id(RoleId.of("r-1")).title("Backend Engineer") ... .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableRole.Builder {
    /** Whether the lifecycle builds this role (then status and history are its actions'). */
    private final boolean lifecycle;

    Builder() {
      this(false);
    }

    Builder(boolean lifecycle) {
      this.lifecycle = lifecycle;
    }

    /**
     * The role; a draft with open openings and no history unless a lifecycle action builds it.
     *
     * @return the role
     * @throws InvalidValueException if a field breaks a rule of the role, or a status, history or
     *     closed opening was given
     */
    @Override
    public Role build() {
      Role role = super.build();
      if (!lifecycle) {
        Require.that(role.history().isEmpty(), "Role", "history", "was given to the builder"
            + " (or copied by from(role) from a role that has acted); a role's history comes only"
            + " from its actions or Role.replay(asBuilt, events): edit a live role with its"
            + " with* copies");
      }
      return role;
    }
  }
}
