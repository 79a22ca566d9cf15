package dev.hirekit.slate;

import dev.hirekit.actor.Actor;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Something that happened to a slate, with who and when; a {@link Slate} is the replay of its
 * events, the first always {@link Drafted}, numbered 1, 2, 3 without gaps.
 *
 * <pre>{@code
 * for (SlateEvent event : slate.history()) {
 *   log.info("{} {} by {}", event.sequence(), event.type(), event.by());
 * }
 * }</pre>
 */
public sealed interface SlateEvent permits SlateEvent.Drafted, SlateEvent.Ranked,
    SlateEvent.CutMade, SlateEvent.CutsCleared {

  /**
   * The slate.
   *
   * @return its id
   */
  SlateId slate();

  /**
   * The event's place in the slate's history.
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
   * The event's stable name, e.g. {@code "slate.ranked"}.
   *
   * @return the name
   */
  String type();

  /**
   * Every kind of SlateEvent by its stable {@link #type()} name, sorted by name: what a store or a
   * document reader needs to turn a stored type name back into a Java type.
   *
   * <pre>{@code
   * Class<? extends SlateEvent> type = SlateEvent.types().get("slate.ranked");
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  static SortedMap<String, Class<? extends SlateEvent>> types() {
    SortedMap<String, Class<? extends SlateEvent>> types = new TreeMap<>();
    types.put("slate.drafted", Drafted.class);
    types.put("slate.ranked", Ranked.class);
    types.put("slate.cut_made", CutMade.class);
    types.put("slate.cuts_cleared", CutsCleared.class);
    return Collections.unmodifiableSortedMap(types);
  }

  /**
   * A slate was drafted for a role, or for one stage of it, with its categories in order of
   * preference (none for a plain ranking).
   *
   * @param slate the slate
   * @param sequence 1
   * @param role the role whose applications it ranks
   * @param stage the stage it ranks for, if one
   * @param categories the categories, best first; perhaps none
   * @param at when
   * @param by who
   */
  record Drafted(SlateId slate, long sequence, RoleId role, Optional<StageId> stage,
      List<String> categories, Instant at, Actor by) implements SlateEvent {
    /**
     * Checks the components: given, categories identifiers without repeats.
     *
     * @param slate the slate
     * @param sequence 1
     * @param role the role
     * @param stage the stage, if one
     * @param categories the categories, best first
     * @param at when
     * @param by who
     */
    public Drafted {
      Require.given(slate, "Drafted", "slate");
      Require.sequence(sequence, "Drafted");
      Require.given(role, "Drafted", "role");
      Require.given(stage, "Drafted", "stage");
      Require.given(categories, "Drafted", "categories");
      categories = List.copyOf(categories.stream()
          .map(c -> Require.given(c, "Drafted", "categories")).toList());
      for (String c : categories) {
        Require.identifier("Drafted", "categories", c);
      }
      Require.that(categories.stream().distinct().count() == categories.size(), "Drafted",
          "categories", "name a category twice; name each once, best first");
      Require.given(at, "Drafted", "at");
      Require.given(by, "Drafted", "by");
    }

    @Override
    public String type() {
      return "slate.drafted";
    }
  }

  /**
   * The committee ranked the applications; the entries replace any earlier ranking.
   *
   * @param slate the slate
   * @param sequence its place in the history
   * @param entries the entries, one per application
   * @param at when
   * @param by who
   */
  record Ranked(SlateId slate, long sequence, List<SlateEntry> entries, Instant at, Actor by)
      implements SlateEvent {
    /**
     * Checks the components: given, at least one entry, each application once.
     *
     * @param slate the slate
     * @param sequence its place in the history
     * @param entries the entries
     * @param at when
     * @param by who
     */
    public Ranked {
      Require.given(slate, "Ranked", "slate");
      Require.sequence(sequence, "Ranked");
      Require.given(entries, "Ranked", "entries");
      entries = List.copyOf(entries.stream()
          .map(e -> Require.given(e, "Ranked", "entries")).toList());
      Require.that(!entries.isEmpty(), "Ranked", "entries", "is empty; rank at least one");
      Require.that(entries.stream().map(SlateEntry::application).distinct().count()
          == entries.size(), "Ranked", "entries", "rank an application twice; rank each once");
      Require.given(at, "Ranked", "at");
      Require.given(by, "Ranked", "by");
    }

    @Override
    public String type() {
      return "slate.ranked";
    }
  }

  /**
   * The slate was cut.
   *
   * @param slate the slate
   * @param sequence its place in the history
   * @param cut the cut
   * @param at when
   * @param by who
   */
  record CutMade(SlateId slate, long sequence, SlateCut cut, Instant at, Actor by)
      implements SlateEvent {
    /**
     * Checks that every component is given.
     *
     * @param slate the slate
     * @param sequence its place in the history
     * @param cut the cut
     * @param at when
     * @param by who
     */
    public CutMade {
      Require.given(slate, "CutMade", "slate");
      Require.sequence(sequence, "CutMade");
      Require.given(cut, "CutMade", "cut");
      Require.given(at, "CutMade", "at");
      Require.given(by, "CutMade", "by");
    }

    @Override
    public String type() {
      return "slate.cut_made";
    }
  }

  /**
   * Every cut was removed.
   *
   * @param slate the slate
   * @param sequence its place in the history
   * @param at when
   * @param by who
   */
  record CutsCleared(SlateId slate, long sequence, Instant at, Actor by) implements SlateEvent {
    /**
     * Checks that every component is given.
     *
     * @param slate the slate
     * @param sequence its place in the history
     * @param at when
     * @param by who
     */
    public CutsCleared {
      Require.given(slate, "CutsCleared", "slate");
      Require.sequence(sequence, "CutsCleared");
      Require.given(at, "CutsCleared", "at");
      Require.given(by, "CutsCleared", "by");
    }

    @Override
    public String type() {
      return "slate.cuts_cleared";
    }
  }
}
