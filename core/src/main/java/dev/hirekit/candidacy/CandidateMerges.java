package dev.hirekit.candidacy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which candidate records are the same person: duplicates merged into another record, and merges
 * undone. Event-sourced like the lifecycles: every merge and unmerge is a {@link MergeEvent} with
 * who, when and why, and the merges are the replay of their events; a rule that refuses an
 * action refuses the same event in a replay.
 *
 * <p>A merge changes nothing else: both records stay, and every application of either keeps its
 * own history, with the candidate id it was made with. The merges say whose they are: {@link
 * #applicationsOf} gives one person's applications across all their records, which is what
 * {@link CandidacyRules#check} needs; {@link #personOf} names the record that now stands for the
 * person. Rules: only a record standing on its own is merged, into another record standing on
 * its own (so merges never form a cycle; the records merged into a duplicate follow it); only a
 * merged record is unmerged, and it takes the records merged into it along; a candidate never
 * merges; time never runs backwards.
 *
 * <pre>{@code
 * CandidateMerges merges = CandidateMerges.none()
 *     .merge(CandidateId.of("cand-9"), CandidateId.of("cand-2"), recruiter, now,
 *         "same email on both profiles");
 * merges.personOf(CandidateId.of("cand-9"));          // cand-2
 * merges.applicationsOf(CandidateId.of("cand-2"), all); // the applications of cand-2 and cand-9
 * }</pre>
 */
public final class CandidateMerges {
  private static final String PRIMARY = "PRIMARY";
  private static final String MERGED = "MERGED";

  private final List<MergeEvent> history;
  private final Map<CandidateId, CandidateId> into;

  private CandidateMerges(List<MergeEvent> history, Map<CandidateId, CandidateId> into) {
    this.history = List.copyOf(history);
    this.into = Map.copyOf(into);
  }

  /**
   * No merges yet.
   *
   * @return merges with an empty history
   */
  public static CandidateMerges none() {
    return new CandidateMerges(List.of(), Map.of());
  }

  /**
   * Rebuilds the merges from their history, checking every event as the action that records it.
   *
   * @param history the events, oldest first; perhaps none
   * @return the merges
   * @throws IllegalTransitionException if an event is not legal where it stands
   * @throws InvalidValueException if the history is misnumbered or an event is missing
   */
  public static CandidateMerges replay(List<MergeEvent> history) {
    Require.given(history, "CandidateMerges", "history");
    CandidateMerges merges = none();
    for (MergeEvent event : history) {
      merges = merges.record(Require.given(event, "CandidateMerges", "history"));
    }
    return merges;
  }

  // ---------------------------------------------------------------- actions

  /**
   * Merges a duplicate record into another record of the same person.
   *
   * @param duplicate the record merged; it stands on its own
   * @param into the record it is merged into; it stands on its own
   * @param by a team member or the system
   * @param at when, not before the last event
   * @param reason why, e.g. "same email on both profiles"
   * @return the merges with this one
   * @throws IllegalTransitionException if either record is already merged, a candidate acts or
   *     the time is before the last event
   * @throws InvalidValueException if an argument is missing, the records are the same or the
   *     reason is blank
   */
  public CandidateMerges merge(CandidateId duplicate, CandidateId into, Actor by, Instant at,
      String reason) {
    return record(new MergeEvent.Merged(version() + 1, duplicate, into, reason, at, by));
  }

  /**
   * Undoes a record's merge: it stands on its own again, with the records merged into it.
   *
   * @param duplicate the merged record
   * @param by a team member or the system
   * @param at when, not before the last event
   * @param reason why, e.g. "two people with one shared inbox"
   * @return the merges without this one
   * @throws IllegalTransitionException if the record is not merged, a candidate acts or the
   *     time is before the last event
   * @throws InvalidValueException if an argument is missing or the reason is blank
   */
  public CandidateMerges unmerge(CandidateId duplicate, Actor by, Instant at, String reason) {
    Require.given(duplicate, "Unmerged", "duplicate");
    CandidateId from = into.get(duplicate);
    if (from == null) {
      Require.given(by, "Unmerged", "by");
      throw refused(duplicate, MergeAction.UNMERGE, by,
          "it is not merged; only a merged record is unmerged");
    }
    return record(new MergeEvent.Unmerged(version() + 1, duplicate, from, reason, at, by));
  }

  /**
   * The actions an actor may take on a record now.
   *
   * @param actor who asks
   * @param record the record
   * @return {@link MergeAction#MERGE} for a record standing on its own (into any other such
   *     record), {@link MergeAction#UNMERGE} for a merged one; none for a candidate
   */
  public Set<MergeAction> allowedActions(Actor actor, CandidateId record) {
    Require.given(actor, "CandidateMerges", "actor");
    Require.given(record, "CandidateMerges", "record");
    if (actor.kind() == Actor.Kind.CANDIDATE) {
      return EnumSet.noneOf(MergeAction.class);
    }
    return EnumSet.of(into.containsKey(record) ? MergeAction.UNMERGE : MergeAction.MERGE);
  }

  private CandidateMerges record(MergeEvent event) {
    MergeAction action = event instanceof MergeEvent.Merged ? MergeAction.MERGE
        : MergeAction.UNMERGE;
    String type = event.getClass().getSimpleName();
    Require.that(event.sequence() == version() + 1, type, "sequence", "is " + event.sequence()
        + " where " + (version() + 1) + " comes next; number the events 1, 2, 3 without gaps");
    if (event.by().kind() == Actor.Kind.CANDIDATE) {
      throw refused(event.duplicate(), action, event.by(),
          "a candidate does not merge records; a team member or the system does");
    }
    if (!history.isEmpty()) {
      Instant last = history.get(history.size() - 1).at();
      if (event.at().isBefore(last)) {
        throw refused(event.duplicate(), action, event.by(), "event time " + event.at()
            + " is before the previous event at " + last);
      }
    }
    Map<CandidateId, CandidateId> next = new HashMap<>(into);
    if (event instanceof MergeEvent.Merged merged) {
      CandidateId already = into.get(merged.duplicate());
      if (already != null) {
        throw refused(merged.duplicate(), action, merged.by(), "it is already merged into "
            + already + "; unmerge it first to merge it elsewhere");
      }
      CandidateId target = into.get(merged.into());
      if (target != null) {
        throw refused(merged.duplicate(), action, merged.by(), "the record to merge into ("
            + merged.into() + ") is already merged into " + target + "; merge into "
            + personOf(merged.into()) + ", which stands for the person, or unmerge "
            + merged.into() + " first");
      }
      next.put(merged.duplicate(), merged.into());
    } else {
      MergeEvent.Unmerged unmerged = (MergeEvent.Unmerged) event;
      CandidateId from = into.get(unmerged.duplicate());
      if (from == null) {
        throw refused(unmerged.duplicate(), action, unmerged.by(),
            "it is not merged; only a merged record is unmerged");
      }
      Require.that(from.equals(unmerged.from()), "Unmerged", "from", "is " + unmerged.from()
          + ", and record " + unmerged.duplicate() + " is merged into " + from
          + "; name the record it is merged into");
      next.remove(unmerged.duplicate());
    }
    List<MergeEvent> appended = new ArrayList<>(history);
    appended.add(event);
    return new CandidateMerges(appended, next);
  }

  private IllegalTransitionException refused(CandidateId record, MergeAction action, Actor by,
      String reason) {
    return new IllegalTransitionException("Candidate", record.value(),
        into.containsKey(record) ? MERGED : PRIMARY, action.name(), reason,
        allowedActions(by, record).stream().map(Enum::name).toList());
  }

  // ---------------------------------------------------------------- views

  /**
   * The record a record was merged into, if it was.
   *
   * @param record the record
   * @return the record it was merged into directly; empty for a record standing on its own
   */
  public Optional<CandidateId> mergedInto(CandidateId record) {
    Require.given(record, "CandidateMerges", "record");
    return Optional.ofNullable(into.get(record));
  }

  /**
   * The record that stands for a record's person: itself unless merged, else the end of its
   * merges.
   *
   * @param record the record
   * @return the record standing on its own that the record leads to
   */
  public CandidateId personOf(CandidateId record) {
    Require.given(record, "CandidateMerges", "record");
    CandidateId person = record;
    for (CandidateId next = into.get(person); next != null; next = into.get(person)) {
      person = next;
    }
    return person;
  }

  /**
   * Every record of a record's person.
   *
   * @param record the record
   * @return the record, the record standing for its person and every record merged into it
   *     (directly or not), ordered by id
   */
  public Set<CandidateId> recordsOf(CandidateId record) {
    CandidateId person = personOf(record);
    Set<CandidateId> records = new TreeSet<>(Comparator.comparing(CandidateId::value));
    records.add(record);
    records.add(person);
    for (CandidateId merged : into.keySet()) {
      if (personOf(merged).equals(person)) {
        records.add(merged);
      }
    }
    return java.util.Collections.unmodifiableSet(records);
  }

  /**
   * One person's applications across all their records, each with its own history.
   *
   * @param record any record of the person
   * @param applications the applications to look through
   * @return those whose candidate is one of {@link #recordsOf(CandidateId) the person's records},
   *     in the order given
   * @throws InvalidValueException if an argument or an application is missing
   */
  public List<Application> applicationsOf(CandidateId record,
      Collection<Application> applications) {
    Require.given(applications, "CandidateMerges", "applications");
    Set<CandidateId> records = recordsOf(record);
    List<Application> found = new ArrayList<>();
    for (Application application : applications) {
      Require.given(application, "CandidateMerges", "applications");
      if (records.contains(application.candidateId())) {
        found.add(application);
      }
    }
    return List.copyOf(found);
  }

  /**
   * Every merge in force: each merged record and the record it was merged into.
   *
   * @return the merges, by merged record
   */
  public Map<CandidateId, CandidateId> merges() {
    return into;
  }

  /**
   * The events, oldest first.
   *
   * @return the history, perhaps empty
   */
  public List<MergeEvent> history() {
    return history;
  }

  /**
   * The number of events.
   *
   * @return the version, 0 before the first merge
   */
  public long version() {
    return history.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CandidateMerges that && history.equals(that.history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "CandidateMerges[merged=" + into.size() + ", version=" + version() + "]";
  }
}
