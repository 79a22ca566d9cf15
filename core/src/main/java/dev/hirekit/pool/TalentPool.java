package dev.hirekit.pool;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A talent pool: candidates kept outside any role (a reserve list, a prospect pool, people to
 * keep warm), each at one of the pool's ordered stages, with who added them, when and why, their
 * consent to be contacted and when the entry runs out. Event-sourced like the lifecycles: every
 * change is a {@link PoolEvent} with who and when, the pool is the replay of its events, and a
 * rule that refuses an action refuses the same event in a replay.
 *
 * <p>Time is explicit. {@link #due} lists the entries that have run out (remove them with
 * {@link PoolRemoval#EXPIRED}, which is refused before their time) and those whose consent to
 * contact has lapsed ({@link PoolEntry#mayContact} is false from then). An entry is extended
 * only before it runs out, and only by an approver where the pool says so. {@link #moveToRole}
 * turns an entry into an application, at an entry stage, keeping the date of interest if you
 * say so.
 *
 * <p>A candidate may add themself (with their consent to be contacted) and ask to leave; the
 * team does the rest.
 *
 * <pre>{@code
 * TalentPool pool = TalentPool.create(PoolId.of("eng-reserve"), "Engineering reserve",
 *         List.of("new", "contacted", "warm"), false, recruiter, now)
 *     .add(recruiter, now, candidate, "new", "strong final round, no opening left",
 *         Optional.of(Consent.of(now, now.plus(Duration.ofDays(365)))),
 *         now.plus(Duration.ofDays(180)));
 * pool.due(now.plus(Duration.ofDays(181))); // [ENTRY_EXPIRED for the candidate]
 * }</pre>
 */
public final class TalentPool {
  private final List<PoolEvent> history;
  private final PoolEvent.Created created;
  private final Map<CandidateId, PoolEntry> entries;

  private TalentPool(List<PoolEvent> history, PoolEvent.Created created,
      Map<CandidateId, PoolEntry> entries) {
    this.history = List.copyOf(history);
    this.created = created;
    this.entries = entries;
  }

  // ---------------------------------------------------------------- creation

  /**
   * Creates a pool.
   *
   * @param id the pool's id
   * @param name its name, a printable label
   * @param stages its stages in order, identifiers, at least one
   * @param extensionsNeedApproval whether only an approver may extend an entry
   * @param by a team member or the system
   * @param at when
   * @return the pool, empty
   * @throws IllegalTransitionException if a candidate creates it
   * @throws InvalidValueException if an argument is missing or bad
   */
  public static TalentPool create(PoolId id, String name, List<String> stages,
      boolean extensionsNeedApproval, Actor by, Instant at) {
    Require.given(id, "TalentPool", "id");
    Require.given(name, "TalentPool", "name");
    Require.given(stages, "TalentPool", "stages");
    Require.given(by, "TalentPool", "by");
    Require.given(at, "TalentPool", "at");
    return replay(List.of(new PoolEvent.Created(id, 1, name, stages, extensionsNeedApproval,
        at, by)));
  }

  /**
   * Rebuilds a pool from its history, checking every event as the action that records it.
   *
   * @param history the events, oldest first, starting with {@link PoolEvent.Created}
   * @return the pool
   * @throws IllegalTransitionException if an event is not legal where it stands
   * @throws InvalidValueException if the history is empty, does not start with a creation, or
   *     is misnumbered or of another pool
   */
  public static TalentPool replay(List<PoolEvent> history) {
    Require.given(history, "TalentPool", "history");
    Require.that(!history.isEmpty(), "TalentPool", "history",
        "is empty; a pool starts with a Created event");
    PoolEvent first = Require.given(history.get(0), "TalentPool", "history");
    if (!(first instanceof PoolEvent.Created created) || first.sequence() != 1) {
      throw new InvalidValueException("TalentPool", "history", "starts with " + first.type()
          + " number " + first.sequence() + "; a pool starts with pool.created number 1");
    }
    if (created.by().kind() == Actor.Kind.CANDIDATE) {
      throw new IllegalTransitionException("TalentPool", created.pool().value(), "NEW",
          "CREATE", "a candidate does not create a pool; a team member or the system does",
          List.of());
    }
    TalentPool pool = new TalentPool(List.of(first), created, Map.of());
    for (PoolEvent event : history.subList(1, history.size())) {
      pool = pool.record(Require.given(event, "TalentPool", "history"));
    }
    return pool;
  }

  // ---------------------------------------------------------------- actions

  /**
   * Adds a candidate at one of the pool's stages.
   *
   * @param by a team member, the system, or the candidate themself (with consent)
   * @param at when: the candidate's date of interest
   * @param candidate who
   * @param stage one of the pool's stages
   * @param reason why, not blank (redacted from {@code toString()})
   * @param consent their consent to be contacted, if given; required when they add themself
   * @param expiresAt when the entry runs out, after {@code at}
   * @return the pool with the entry
   * @throws IllegalTransitionException if they are in the pool already, or the actor may not
   *     add them
   * @throws InvalidValueException if an argument is missing or bad, or the stage is not the
   *     pool's
   */
  public TalentPool add(Actor by, Instant at, CandidateId candidate, String stage, String reason,
      Optional<Consent> consent, Instant expiresAt) {
    return record(new PoolEvent.EntryAdded(id(), next(), candidate, stage, reason, consent,
        expiresAt, at, by));
  }

  /**
   * Moves an entry to another of the pool's stages.
   *
   * @param by a team member or the system
   * @param at when
   * @param candidate whose entry
   * @param stage another of the pool's stages
   * @return the pool with the entry moved
   * @throws IllegalTransitionException if the entry is missing or has run out, or the actor
   *     may not move it
   * @throws InvalidValueException if the stage is not the pool's or is the entry's own
   */
  public TalentPool move(Actor by, Instant at, CandidateId candidate, String stage) {
    return record(new PoolEvent.EntryMoved(id(), next(), candidate, stage, at, by));
  }

  /**
   * Extends an entry's time in the pool, before it runs out.
   *
   * @param by a team member or the system; an approver where {@link #extensionsNeedApproval()}
   * @param at when, before the entry runs out
   * @param candidate whose entry
   * @param expiresAt the new expiry, after the current one
   * @return the pool with the entry extended
   * @throws IllegalTransitionException if the entry is missing or has run out, or the actor
   *     may not extend it
   * @throws InvalidValueException if the new expiry is not after the current one
   */
  public TalentPool extend(Actor by, Instant at, CandidateId candidate, Instant expiresAt) {
    return record(new PoolEvent.EntryExtended(id(), next(), candidate, expiresAt, at, by));
  }

  /**
   * Removes an entry.
   *
   * @param by a team member or the system; the candidate themself, asking to leave
   * @param at when; for {@link PoolRemoval#EXPIRED}, once the entry has run out
   * @param candidate whose entry
   * @param removal why
   * @return the pool without the entry
   * @throws IllegalTransitionException if the entry is missing, has not run out for {@code
   *     EXPIRED}, or the actor may not remove it for that reason
   */
  public TalentPool remove(Actor by, Instant at, CandidateId candidate, PoolRemoval removal) {
    return record(new PoolEvent.EntryRemoved(id(), next(), candidate, removal, at, by));
  }

  /**
   * Moves an entry to a role: the entry leaves the pool and the candidate's application to the
   * role starts at an entry stage, with the reason prefixed by this pool's id so that the
   * application says where it came from. Nothing changes if the application is refused.
   *
   * @param by a team member or the system, who may apply for the candidate
   * @param at when
   * @param candidate whose entry, before it runs out
   * @param role the role, open, with a plan
   * @param application the new application's id
   * @param entry the stage of the role's plan the application starts at
   * @param reason why, not blank
   * @param keepDateOfInterest whether the application is dated when the entry was added
   *     (otherwise at {@code at})
   * @return the pool without the entry, and the application
   * @throws IllegalTransitionException if the entry is missing or has run out, the actor may
   *     not move it, or the application is refused (the role is not open, ...)
   * @throws InvalidValueException if an argument is missing or the stage is not in the plan
   */
  public PoolMove moveToRole(Actor by, Instant at, CandidateId candidate, Role role,
      ApplicationId application, StageId entry, String reason, boolean keepDateOfInterest) {
    return moveToRole(HiringPolicy.roles(), by, at, candidate, role, application, entry, reason,
        keepDateOfInterest);
  }

  /**
   * Moves an entry to a role under your hiring policy (for instance {@link
   * HiringPolicy#team()}, which checks the role's hiring team): the application is created as
   * {@code policy.apply} creates it; see {@link #moveToRole(Actor, Instant, CandidateId, Role,
   * ApplicationId, StageId, String, boolean)}.
   *
   * @param policy the policies the application is created under
   * @param by a team member or the system, who may apply for the candidate under the policy
   * @param at when
   * @param candidate whose entry, before it runs out
   * @param role the role, open, with a plan
   * @param application the new application's id
   * @param entry the stage of the role's plan the application starts at
   * @param reason why, not blank
   * @param keepDateOfInterest whether the application is dated when the entry was added
   * @return the pool without the entry, and the application
   * @throws IllegalTransitionException if the entry is missing or has run out, the actor may
   *     not move it, or the application is refused
   * @throws InvalidValueException if an argument is missing or the stage is not in the plan
   */
  public PoolMove moveToRole(HiringPolicy policy, Actor by, Instant at, CandidateId candidate,
      Role role, ApplicationId application, StageId entry, String reason,
      boolean keepDateOfInterest) {
    Require.given(policy, "TalentPool", "policy");
    Require.given(role, "TalentPool", "role");
    Require.given(application, "TalentPool", "application");
    Require.given(entry, "TalentPool", "entry");
    Require.nonBlank("TalentPool", "reason", reason);
    PoolEvent.MovedToRole moved = new PoolEvent.MovedToRole(id(), next(), candidate, role.id(),
        application, at, by);
    TalentPool after = record(moved);
    PoolEntry leaving = entries.get(candidate);
    Application created = policy.apply(application, candidate, role, by,
        keepDateOfInterest ? leaving.addedAt() : at, entry, "from talent pool " + id() + ": "
            + reason);
    return new PoolMove(after, created);
  }

  /**
   * The actions an actor may take on a candidate's entry at a moment.
   *
   * @param actor who asks
   * @param candidate whose entry (or who would be added)
   * @param at when
   * @return the legal actions
   */
  public Set<PoolAction> allowedActions(Actor actor, CandidateId candidate, Instant at) {
    Require.given(actor, "TalentPool", "actor");
    Require.given(candidate, "TalentPool", "candidate");
    Require.given(at, "TalentPool", "at");
    Set<PoolAction> allowed = EnumSet.noneOf(PoolAction.class);
    if (at.isBefore(lastAt())) {
      return allowed;
    }
    for (PoolAction action : PoolAction.values()) {
      if (refusal(action, actor, candidate, at, null).isEmpty()) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * The reasons for which an actor may remove a candidate's entry at a moment: {@link
   * PoolRemoval#EXPIRED} only once it has run out, {@link PoolRemoval#CANDIDATE_ASKED} alone
   * for the candidate themself.
   *
   * @param actor who asks
   * @param candidate whose entry
   * @param at when
   * @return the removals {@link #remove} accepts now; empty when {@link PoolAction#REMOVE} is
   *     not allowed
   */
  public Set<PoolRemoval> removals(Actor actor, CandidateId candidate, Instant at) {
    Set<PoolRemoval> removals = EnumSet.noneOf(PoolRemoval.class);
    if (allowedActions(actor, candidate, at).contains(PoolAction.REMOVE)) {
      for (PoolRemoval removal : PoolRemoval.values()) {
        if (refusal(PoolAction.REMOVE, actor, candidate, at, removal).isEmpty()) {
          removals.add(removal);
        }
      }
    }
    return removals;
  }

  /** Why an action is refused (the removal only for REMOVE), or empty if it is allowed. */
  private Optional<String> refusal(PoolAction action, Actor by, CandidateId candidate,
      Instant at, PoolRemoval removal) {
    boolean isCandidate = by.kind() == Actor.Kind.CANDIDATE;
    boolean self = by.candidateId().filter(candidate::equals).isPresent();
    PoolEntry entry = entries.get(candidate);
    if (isCandidate && !self) {
      return Optional.of("candidate " + by.candidateId().orElseThrow() + " acts only for"
          + " themself");
    }
    if (action == PoolAction.ADD) {
      return entry != null ? Optional.of("candidate " + candidate + " is in the pool already")
          : Optional.empty();
    }
    if (entry == null) {
      return Optional.of("candidate " + candidate + " is not in the pool; ADD them first");
    }
    if (action == PoolAction.REMOVE) {
      if (isCandidate && removal != null && removal != PoolRemoval.CANDIDATE_ASKED) {
        return Optional.of("a candidate leaves as CANDIDATE_ASKED");
      }
      if (removal == PoolRemoval.EXPIRED && !entry.isExpiredAt(at)) {
        return Optional.of("the entry runs out at " + entry.expiresAt() + "; remove it as EXPIRED"
            + " from then, or for another reason now");
      }
      return Optional.empty();
    }
    if (isCandidate) {
      return Optional.of("a candidate may only add themself or leave");
    }
    if (entry.isExpiredAt(at)) {
      return Optional.of("the entry ran out at " + entry.expiresAt() + "; REMOVE it as EXPIRED");
    }
    if (action == PoolAction.MOVE && stages().size() < 2) {
      return Optional.of("pool " + id() + " has one stage; there is no other stage to move to");
    }
    if (action == PoolAction.EXTEND && extensionsNeedApproval()
        && !by.actsAs(HiringRole.APPROVER)) {
      return Optional.of("pool " + id() + " extends entries with an approver's approval; an"
          + " APPROVER extends it");
    }
    return Optional.empty();
  }

  private TalentPool record(PoolEvent event) {
    Require.that(event.pool().equals(id()), event.getClass().getSimpleName(), "pool",
        "is " + event.pool() + ", not this pool (" + id() + "); pass this pool's events");
    Require.that(event.sequence() == next(), event.getClass().getSimpleName(), "sequence",
        "is " + event.sequence() + " where " + next()
            + " comes next; number the events 1, 2, 3 without gaps");
    if (event instanceof PoolEvent.Created) {
      throw new InvalidValueException("TalentPool", "history", "holds a second pool.created"
          + " at " + event.sequence() + "; a pool is created once");
    }
    CandidateId candidate = candidateOf(event);
    PoolAction action = actionOf(event);
    if (event.at().isBefore(lastAt())) {
      throw refused(action, event.by(), candidate, event.at(), "event time " + event.at()
          + " is before the previous event at " + lastAt());
    }
    PoolRemoval removal = event instanceof PoolEvent.EntryRemoved r ? r.removal() : null;
    Optional<String> refusal = refusal(action, event.by(), candidate, event.at(), removal);
    if (refusal.isPresent()) {
      throw refused(action, event.by(), candidate, event.at(), refusal.get());
    }
    Map<CandidateId, PoolEntry> next = new LinkedHashMap<>(entries);
    PoolEntry entry = entries.get(candidate);
    if (event instanceof PoolEvent.EntryAdded added) {
      checkStage(added.stage(), "EntryAdded");
      Require.that(event.by().kind() != Actor.Kind.CANDIDATE || added.consent().isPresent(),
          "EntryAdded", "consent", "is missing; a candidate who adds themself consents to be"
              + " contacted");
      next.put(candidate, new PoolEntry(candidate, added.stage(), added.by(), added.at(),
          added.reason(), added.consent(), added.expiresAt()));
    } else if (event instanceof PoolEvent.EntryMoved moved) {
      checkStage(moved.stage(), "EntryMoved");
      Require.that(!moved.stage().equals(entry.stage()), "EntryMoved", "stage", "is the"
          + " entry's stage already; name another of " + stages());
      next.put(candidate, new PoolEntry(candidate, moved.stage(), entry.addedBy(),
          entry.addedAt(), entry.reason(), entry.consent(), entry.expiresAt()));
    } else if (event instanceof PoolEvent.EntryExtended extended) {
      Require.that(extended.expiresAt().isAfter(entry.expiresAt()), "EntryExtended",
          "expiresAt", "is not after the entry's expiry at " + entry.expiresAt()
              + "; give a later one");
      next.put(candidate, new PoolEntry(candidate, entry.stage(), entry.addedBy(),
          entry.addedAt(), entry.reason(), entry.consent(), extended.expiresAt()));
    } else {
      next.remove(candidate);
    }
    List<PoolEvent> appended = new ArrayList<>(history);
    appended.add(event);
    return new TalentPool(appended, created, java.util.Collections.unmodifiableMap(next));
  }

  private static CandidateId candidateOf(PoolEvent event) {
    if (event instanceof PoolEvent.EntryAdded e) {
      return e.candidate();
    } else if (event instanceof PoolEvent.EntryMoved e) {
      return e.candidate();
    } else if (event instanceof PoolEvent.EntryExtended e) {
      return e.candidate();
    } else if (event instanceof PoolEvent.EntryRemoved e) {
      return e.candidate();
    }
    return ((PoolEvent.MovedToRole) event).candidate();
  }

  private static PoolAction actionOf(PoolEvent event) {
    if (event instanceof PoolEvent.EntryAdded) {
      return PoolAction.ADD;
    } else if (event instanceof PoolEvent.EntryMoved) {
      return PoolAction.MOVE;
    } else if (event instanceof PoolEvent.EntryExtended) {
      return PoolAction.EXTEND;
    } else if (event instanceof PoolEvent.EntryRemoved) {
      return PoolAction.REMOVE;
    }
    return PoolAction.MOVE_TO_ROLE;
  }

  private void checkStage(String stage, String type) {
    Require.that(stages().contains(stage), type, "stage", "is not a stage of pool " + id()
        + "; name one of " + stages());
  }

  private IllegalTransitionException refused(PoolAction action, Actor by, CandidateId candidate,
      Instant at, String reason) {
    PoolEntry entry = entries.get(candidate);
    String state = entry == null ? "NOT_IN_POOL" : entry.isExpiredAt(at) ? "EXPIRED"
        : "IN_POOL";
    return new IllegalTransitionException("TalentPool", id() + " entry of " + candidate, state,
        action.name(), reason, allowedActions(by, candidate, at).stream().map(Enum::name)
            .toList());
  }

  private long next() {
    return history.size() + 1L;
  }

  private Instant lastAt() {
    return history.get(history.size() - 1).at();
  }

  // ---------------------------------------------------------------- views

  /**
   * The pool's id.
   *
   * @return the id
   */
  public PoolId id() {
    return created.pool();
  }

  /**
   * The pool's name.
   *
   * @return the name
   */
  public String name() {
    return created.name();
  }

  /**
   * The pool's stages, in order.
   *
   * @return the stages
   */
  public List<String> stages() {
    return created.stages();
  }

  /**
   * Whether only an approver may extend an entry.
   *
   * @return true if extensions need an approver
   */
  public boolean extensionsNeedApproval() {
    return created.extensionsNeedApproval();
  }

  /**
   * The entries, in the order they were added.
   *
   * @return the entries
   */
  public List<PoolEntry> entries() {
    return List.copyOf(entries.values());
  }

  /**
   * A candidate's entry.
   *
   * @param candidate who
   * @return the entry, if they are in the pool
   */
  public Optional<PoolEntry> entry(CandidateId candidate) {
    return Optional.ofNullable(entries.get(candidate));
  }

  /**
   * What is due at a moment: entries that have run out (to remove) and entries whose consent to
   * contact has lapsed, in the order the entries were added.
   *
   * @param at the moment
   * @return what is due
   */
  public List<PoolDue> due(Instant at) {
    Require.given(at, "TalentPool", "at");
    List<PoolDue> due = new ArrayList<>();
    for (PoolEntry entry : entries.values()) {
      if (entry.isExpiredAt(at)) {
        due.add(new PoolDue(entry.candidate(), PoolDueKind.ENTRY_EXPIRED, entry.expiresAt()));
      }
      entry.consent().flatMap(Consent::expiresAt).filter(end -> !at.isBefore(end))
          .ifPresent(end -> due.add(new PoolDue(entry.candidate(), PoolDueKind.CONSENT_EXPIRED,
              end)));
    }
    return due;
  }

  /**
   * The events, oldest first.
   *
   * @return the history
   */
  public List<PoolEvent> history() {
    return history;
  }

  /**
   * The number of events.
   *
   * @return the version, from 1
   */
  public long version() {
    return history.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TalentPool p && p.history.equals(history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "TalentPool[id=" + id() + ", entries=" + entries.size() + ", version=" + version()
        + "]";
  }
}
