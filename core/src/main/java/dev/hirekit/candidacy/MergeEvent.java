package dev.hirekit.candidacy;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Something that happened to the merges of candidate records, with who and when; {@link
 * CandidateMerges} is the replay of its events, numbered 1, 2, 3 without gaps.
 *
 * <pre>{@code
 * for (MergeEvent event : merges.history()) {
 *   log.info("{} {} {} by {}", event.sequence(), event.type(), event.duplicate(), event.by());
 * }
 * }</pre>
 */
public sealed interface MergeEvent permits MergeEvent.Merged, MergeEvent.Unmerged {

  /**
   * The event's place in the history.
   *
   * @return 1 for the first event, then 2, 3 ...
   */
  long sequence();

  /**
   * The record that was merged or unmerged.
   *
   * @return the duplicate record's id
   */
  CandidateId duplicate();

  /**
   * Why; free text, which may name people, so never in {@code toString()}.
   *
   * @return the reason, not blank
   */
  String reason();

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
   * The event's stable name, e.g. {@code "candidate.merged"}.
   *
   * @return the name
   */
  String type();

  /**
   * Every kind of MergeEvent by its stable {@link #type()} name, sorted by name: what a store or a
   * document reader needs to turn a stored type name back into a Java type.
   *
   * <pre>{@code
   * Class<? extends MergeEvent> type = MergeEvent.types().get("candidate.merged");
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  static SortedMap<String, Class<? extends MergeEvent>> types() {
    SortedMap<String, Class<? extends MergeEvent>> types = new TreeMap<>();
    types.put("candidate.merged", Merged.class);
    types.put("candidate.unmerged", Unmerged.class);
    return Collections.unmodifiableSortedMap(types);
  }

  /**
   * A duplicate record was merged into another record of the same person. Both records and
   * every application of either keep their histories; the merge only says they are one person.
   *
   * @param sequence its place in the history
   * @param duplicate the record merged
   * @param into the record it was merged into
   * @param reason why (free text, redacted from {@code toString()})
   * @param at when
   * @param by who
   */
  record Merged(long sequence, CandidateId duplicate, CandidateId into, String reason,
      Instant at, Actor by) implements MergeEvent {
    /**
     * Checks the components: given, two different records, a reason with text.
     *
     * @param sequence its place in the history
     * @param duplicate the record merged
     * @param into the record it was merged into
     * @param reason why
     * @param at when
     * @param by who
     */
    public Merged {
      Require.sequence(sequence, "Merged");
      Require.given(duplicate, "Merged", "duplicate");
      Require.given(into, "Merged", "into");
      Require.that(!duplicate.equals(into), "Merged", "into", "is the duplicate itself ("
          + duplicate + "); merge a record into another record");
      Require.nonBlank("Merged", "reason", reason);
      Require.given(at, "Merged", "at");
      Require.given(by, "Merged", "by");
    }

    @Override
    public String type() {
      return "candidate.merged";
    }

    /** The reason is free text, which may name people: redacted. */
    @Override
    public String toString() {
      return "Merged[sequence=" + sequence + ", duplicate=" + duplicate + ", into=" + into
          + ", reason=<redacted>, at=" + at + ", by=" + by + "]";
    }
  }

  /**
   * A merge was undone: the record stands on its own again, with the records merged into it.
   *
   * @param sequence its place in the history
   * @param duplicate the record unmerged
   * @param from the record it had been merged into
   * @param reason why (free text, redacted from {@code toString()})
   * @param at when
   * @param by who
   */
  record Unmerged(long sequence, CandidateId duplicate, CandidateId from, String reason,
      Instant at, Actor by) implements MergeEvent {
    /**
     * Checks the components: given, two different records, a reason with text.
     *
     * @param sequence its place in the history
     * @param duplicate the record unmerged
     * @param from the record it had been merged into
     * @param reason why
     * @param at when
     * @param by who
     */
    public Unmerged {
      Require.sequence(sequence, "Unmerged");
      Require.given(duplicate, "Unmerged", "duplicate");
      Require.given(from, "Unmerged", "from");
      Require.that(!duplicate.equals(from), "Unmerged", "from", "is the duplicate itself ("
          + duplicate + "); a record is never merged into itself");
      Require.nonBlank("Unmerged", "reason", reason);
      Require.given(at, "Unmerged", "at");
      Require.given(by, "Unmerged", "by");
    }

    @Override
    public String type() {
      return "candidate.unmerged";
    }

    /** The reason is free text, which may name people: redacted. */
    @Override
    public String toString() {
      return "Unmerged[sequence=" + sequence + ", duplicate=" + duplicate + ", from=" + from
          + ", reason=<redacted>, at=" + at + ", by=" + by + "]";
    }
  }
}
