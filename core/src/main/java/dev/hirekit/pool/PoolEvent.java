package dev.hirekit.pool;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.internal.Require;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Something that happened in a talent pool, with who and when; a {@link TalentPool} is the
 * replay of its events, the first always {@link Created}, numbered 1, 2, 3 without gaps.
 *
 * <pre>{@code
 * pool.history().get(0).type(); // "pool.created"
 * }</pre>
 */
public sealed interface PoolEvent permits PoolEvent.Created, PoolEvent.EntryAdded,
    PoolEvent.EntryMoved, PoolEvent.EntryExtended, PoolEvent.EntryRemoved,
    PoolEvent.MovedToRole {

  /**
   * The pool.
   *
   * @return its id
   */
  PoolId pool();

  /**
   * The event's place in the pool's history.
   *
   * @return 1 for the first event, then 2, 3 ...
   */
  long sequence();

  /**
   * When it happened.
   *
   * @return the moment
   */
  Instant at();

  /**
   * Who did it.
   *
   * @return the actor
   */
  Actor by();

  /**
   * The event's stable name, e.g. {@code "pool.entry_added"}.
   *
   * @return the name
   */
  String type();

  /**
   * Every kind of PoolEvent by its stable {@link #type()} name, sorted by name: what a store or a
   * document reader needs to turn a stored type name back into a Java type.
   *
   * <pre>{@code
   * Class<? extends PoolEvent> type = PoolEvent.types().get("pool.entry_added");
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  static SortedMap<String, Class<? extends PoolEvent>> types() {
    SortedMap<String, Class<? extends PoolEvent>> types = new TreeMap<>();
    types.put("pool.created", Created.class);
    types.put("pool.entry_added", EntryAdded.class);
    types.put("pool.entry_moved", EntryMoved.class);
    types.put("pool.entry_extended", EntryExtended.class);
    types.put("pool.entry_removed", EntryRemoved.class);
    types.put("pool.moved_to_role", MovedToRole.class);
    return Collections.unmodifiableSortedMap(types);
  }

  /**
   * A pool was created with its stages, in order, and whether extending an entry needs an
   * approver.
   *
   * @param pool the pool
   * @param sequence 1
   * @param name its name (a label such as "Engineering reserve list")
   * @param stages its stages in order, identifiers, at least one
   * @param extensionsNeedApproval whether only an approver may extend an entry
   * @param at when
   * @param by who
   */
  record Created(PoolId pool, long sequence, String name, List<String> stages,
      boolean extensionsNeedApproval, Instant at, Actor by) implements PoolEvent {
    /**
     * Checks the components: given, a printable name, stages identifiers without repeats.
     *
     * @param pool the pool
     * @param sequence 1
     * @param name its name
     * @param stages its stages in order
     * @param extensionsNeedApproval whether only an approver may extend an entry
     * @param at when
     * @param by who
     */
    public Created {
      Require.given(pool, "Created", "pool");
      Require.sequence(sequence, "Created");
      Require.name("Created", "name", name);
      Require.given(stages, "Created", "stages");
      stages = List.copyOf(stages.stream().map(s -> Require.given(s, "Created", "stages"))
          .toList());
      for (String stage : stages) {
        Require.identifier("Created", "stages", stage);
      }
      Require.that(!stages.isEmpty(), "Created", "stages", "is empty; give at least one");
      Require.that(stages.stream().distinct().count() == stages.size(), "Created", "stages",
          "name a stage twice; name each once, in order");
      Require.given(at, "Created", "at");
      Require.given(by, "Created", "by");
    }

    @Override
    public String type() {
      return "pool.created";
    }
  }

  /**
   * A candidate was added to the pool.
   *
   * @param pool the pool
   * @param sequence its place in the history
   * @param candidate who
   * @param stage the pool stage they start at
   * @param reason why they were added (free text, redacted from {@code toString()})
   * @param consent their consent to be contacted, if given
   * @param expiresAt when the entry runs out, after {@code at}
   * @param at when
   * @param by who
   */
  record EntryAdded(PoolId pool, long sequence, CandidateId candidate, String stage,
      String reason, Optional<Consent> consent, Instant expiresAt, Instant at, Actor by)
      implements PoolEvent {
    /**
     * Checks the components: given, a reason with text, an expiry after the event.
     *
     * @param pool the pool
     * @param sequence its place in the history
     * @param candidate who
     * @param stage the pool stage
     * @param reason why
     * @param consent the consent to contact, if given
     * @param expiresAt when the entry runs out
     * @param at when
     * @param by who
     */
    public EntryAdded {
      Require.given(pool, "EntryAdded", "pool");
      Require.sequence(sequence, "EntryAdded");
      Require.given(candidate, "EntryAdded", "candidate");
      Require.given(stage, "EntryAdded", "stage");
      Require.nonBlank("EntryAdded", "reason", reason);
      Require.given(consent, "EntryAdded", "consent");
      Require.given(expiresAt, "EntryAdded", "expiresAt");
      Require.given(at, "EntryAdded", "at");
      Require.that(expiresAt.isAfter(at), "EntryAdded", "expiresAt",
          "is not after the time the entry is added; give a later expiry");
      Require.given(by, "EntryAdded", "by");
    }

    @Override
    public String type() {
      return "pool.entry_added";
    }

    /** The reason is free text, which may name people: redacted. */
    @Override
    public String toString() {
      return "EntryAdded[pool=" + pool + ", sequence=" + sequence + ", candidate=" + candidate
          + ", stage=" + stage + ", reason=<redacted>, consent=" + consent + ", expiresAt="
          + expiresAt + ", at=" + at + ", by=" + by + "]";
    }
  }

  /**
   * An entry moved to another of the pool's stages.
   *
   * @param pool the pool
   * @param sequence its place in the history
   * @param candidate whose entry
   * @param stage the stage it moved to
   * @param at when
   * @param by who
   */
  record EntryMoved(PoolId pool, long sequence, CandidateId candidate, String stage,
      Instant at, Actor by) implements PoolEvent {
    /**
     * Checks that every component is given.
     *
     * @param pool the pool
     * @param sequence its place in the history
     * @param candidate whose entry
     * @param stage the new stage
     * @param at when
     * @param by who
     */
    public EntryMoved {
      Require.given(pool, "EntryMoved", "pool");
      Require.sequence(sequence, "EntryMoved");
      Require.given(candidate, "EntryMoved", "candidate");
      Require.given(stage, "EntryMoved", "stage");
      Require.given(at, "EntryMoved", "at");
      Require.given(by, "EntryMoved", "by");
    }

    @Override
    public String type() {
      return "pool.entry_moved";
    }
  }

  /**
   * An entry's time in the pool was extended, before it ran out.
   *
   * @param pool the pool
   * @param sequence its place in the history
   * @param candidate whose entry
   * @param expiresAt the new expiry
   * @param at when
   * @param by who (an approver, where the pool requires one)
   */
  record EntryExtended(PoolId pool, long sequence, CandidateId candidate, Instant expiresAt,
      Instant at, Actor by) implements PoolEvent {
    /**
     * Checks that every component is given.
     *
     * @param pool the pool
     * @param sequence its place in the history
     * @param candidate whose entry
     * @param expiresAt the new expiry
     * @param at when
     * @param by who
     */
    public EntryExtended {
      Require.given(pool, "EntryExtended", "pool");
      Require.sequence(sequence, "EntryExtended");
      Require.given(candidate, "EntryExtended", "candidate");
      Require.given(expiresAt, "EntryExtended", "expiresAt");
      Require.given(at, "EntryExtended", "at");
      Require.given(by, "EntryExtended", "by");
    }

    @Override
    public String type() {
      return "pool.entry_extended";
    }
  }

  /**
   * An entry left the pool.
   *
   * @param pool the pool
   * @param sequence its place in the history
   * @param candidate whose entry
   * @param removal why
   * @param at when
   * @param by who
   */
  record EntryRemoved(PoolId pool, long sequence, CandidateId candidate, PoolRemoval removal,
      Instant at, Actor by) implements PoolEvent {
    /**
     * Checks that every component is given.
     *
     * @param pool the pool
     * @param sequence its place in the history
     * @param candidate whose entry
     * @param removal why
     * @param at when
     * @param by who
     */
    public EntryRemoved {
      Require.given(pool, "EntryRemoved", "pool");
      Require.sequence(sequence, "EntryRemoved");
      Require.given(candidate, "EntryRemoved", "candidate");
      Require.given(removal, "EntryRemoved", "removal");
      Require.given(at, "EntryRemoved", "at");
      Require.given(by, "EntryRemoved", "by");
    }

    @Override
    public String type() {
      return "pool.entry_removed";
    }
  }

  /**
   * An entry left the pool as a new application to a role.
   *
   * @param pool the pool
   * @param sequence its place in the history
   * @param candidate whose entry
   * @param role the role
   * @param application the application created
   * @param at when
   * @param by who
   */
  record MovedToRole(PoolId pool, long sequence, CandidateId candidate, RoleId role,
      ApplicationId application, Instant at, Actor by) implements PoolEvent {
    /**
     * Checks that every component is given.
     *
     * @param pool the pool
     * @param sequence its place in the history
     * @param candidate whose entry
     * @param role the role
     * @param application the application created
     * @param at when
     * @param by who
     */
    public MovedToRole {
      Require.given(pool, "MovedToRole", "pool");
      Require.sequence(sequence, "MovedToRole");
      Require.given(candidate, "MovedToRole", "candidate");
      Require.given(role, "MovedToRole", "role");
      Require.given(application, "MovedToRole", "application");
      Require.given(at, "MovedToRole", "at");
      Require.given(by, "MovedToRole", "by");
    }

    @Override
    public String type() {
      return "pool.moved_to_role";
    }
  }
}
