package dev.hirekit.slate;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
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

/**
 * A ranking of one role's applications (or of those at one stage of it) for a decision, such as
 * whom to offer: the committee's ranks with ties, categories in order of preference with your
 * own preference data inside each, and cuts. Event-sourced like the lifecycles: every change is
 * a {@link SlateEvent} with who and when, and the slate is the replay of its events; a rule that
 * refuses an action refuses the same event in a replay.
 *
 * <p>The order is total and stable: category (best first), then preference (higher first), then
 * rank; entries equal on all three are a tie, listed by application id. {@link #next} reads the
 * applications as they stand now, so the slate never contradicts them: a withdrawn or rejected
 * application is passed over, a reopened one is back at its rank, and everything passed over is
 * named with why.
 *
 * <pre>{@code
 * Slate slate = Slate.draft(SlateId.of("fde-final"), role.id(), hiringManager, now)
 *     .rank(hiringManager, now, SlateEntry.of(ada, 1), SlateEntry.of(grace, 2),
 *         SlateEntry.of(alan, 2))
 *     .cut(hiringManager, now, SlateCut.top(3));
 * NextRanked next = slate.next(applications); // Ada; after she declines: Grace and Alan, tied
 * }</pre>
 */
public final class Slate {
  private final List<SlateEvent> history;
  private final SlateEvent.Drafted drafted;
  private final List<SlateEntry> entries;
  private final List<SlateCut> cuts;

  private Slate(List<SlateEvent> history, SlateEvent.Drafted drafted, List<SlateEntry> entries,
      List<SlateCut> cuts) {
    this.history = List.copyOf(history);
    this.drafted = drafted;
    this.entries = List.copyOf(entries);
    this.cuts = List.copyOf(cuts);
  }

  // ---------------------------------------------------------------- creation

  /**
   * Drafts a slate for a role, without categories.
   *
   * @param id the slate's id
   * @param role the role whose applications it ranks
   * @param by a team member or the system
   * @param at when
   * @return the draft
   * @throws IllegalTransitionException if a candidate drafts it
   */
  public static Slate draft(SlateId id, RoleId role, Actor by, Instant at) {
    return draft(id, role, Optional.empty(), List.of(), by, at);
  }

  /**
   * Drafts a slate for a role or one stage of it, with categories best first (none for a plain
   * ranking).
   *
   * @param id the slate's id
   * @param role the role whose applications it ranks
   * @param stage the stage it ranks for, if one
   * @param categories the categories, best first, perhaps none
   * @param by a team member or the system
   * @param at when
   * @return the draft
   * @throws IllegalTransitionException if a candidate drafts it
   * @throws InvalidValueException if an argument is missing or a category is repeated or not an
   *     identifier
   */
  public static Slate draft(SlateId id, RoleId role, Optional<StageId> stage,
      List<String> categories, Actor by, Instant at) {
    Require.given(id, "Slate", "id");
    Require.given(role, "Slate", "role");
    Require.given(stage, "Slate", "stage");
    Require.given(categories, "Slate", "categories");
    Require.given(by, "Slate", "by");
    Require.given(at, "Slate", "at");
    return replay(List.of(new SlateEvent.Drafted(id, 1, role, stage, categories, at, by)));
  }

  /**
   * Rebuilds a slate from its history, checking every event as the action that records it.
   *
   * @param history the events, oldest first, starting with {@link SlateEvent.Drafted}
   * @return the slate
   * @throws IllegalTransitionException if an event is not legal where it stands
   * @throws InvalidValueException if the history is empty, does not start with a draft, or is
   *     misnumbered or of another slate
   */
  public static Slate replay(List<SlateEvent> history) {
    Require.given(history, "Slate", "history");
    Require.that(!history.isEmpty(), "Slate", "history",
        "is empty; a slate starts with a Drafted event");
    SlateEvent first = Require.given(history.get(0), "Slate", "history");
    if (!(first instanceof SlateEvent.Drafted drafted) || first.sequence() != 1) {
      throw new InvalidValueException("Slate", "history", "starts with " + first.type()
          + " number " + first.sequence() + "; a slate starts with slate.drafted number 1");
    }
    refuseCandidate(drafted.slate(), "DRAFT", "NEW", drafted.by());
    Slate slate = new Slate(List.of(first), drafted, List.of(), List.of());
    for (SlateEvent event : history.subList(1, history.size())) {
      slate = slate.record(Require.given(event, "Slate", "history"));
    }
    return slate;
  }

  // ---------------------------------------------------------------- actions

  /**
   * Ranks the applications, replacing any earlier ranking (the cuts stay).
   *
   * @param by a team member or the system
   * @param at when
   * @param ranked the entries, each application once; on a slate with categories each names
   *     one of them, on one without none does
   * @return the ranked slate
   * @throws IllegalTransitionException if a candidate ranks, or the time is before the last
   *     event
   * @throws InvalidValueException if no entry is given, an application is ranked twice or a
   *     category does not fit the slate
   */
  public Slate rank(Actor by, Instant at, List<SlateEntry> ranked) {
    return record(new SlateEvent.Ranked(id(), version() + 1, ranked, at, by));
  }

  /**
   * Ranks the applications; see {@link #rank(Actor, Instant, List)}.
   *
   * @param by a team member or the system
   * @param at when
   * @param ranked the entries
   * @return the ranked slate
   */
  public Slate rank(Actor by, Instant at, SlateEntry... ranked) {
    Require.given(ranked, "Ranked", "entries");
    return rank(by, at, java.util.Arrays.asList(ranked));
  }

  /**
   * Cuts the ranked slate; cuts apply in the order made.
   *
   * @param by a team member or the system
   * @param at when
   * @param cut the cut; a category cut names one of the slate's categories
   * @return the cut slate
   * @throws IllegalTransitionException if the slate is not ranked yet or a candidate cuts
   * @throws InvalidValueException if the category is not the slate's
   */
  public Slate cut(Actor by, Instant at, SlateCut cut) {
    return record(new SlateEvent.CutMade(id(), version() + 1, cut, at, by));
  }

  /**
   * Removes every cut.
   *
   * @param by a team member or the system
   * @param at when
   * @return the slate without cuts
   * @throws IllegalTransitionException if there is no cut or a candidate acts
   */
  public Slate clearCuts(Actor by, Instant at) {
    return record(new SlateEvent.CutsCleared(id(), version() + 1, at, by));
  }

  /**
   * The actions an actor may take now.
   *
   * @param actor who asks
   * @return the legal actions; none for a candidate
   */
  public Set<SlateAction> allowedActions(Actor actor) {
    Require.given(actor, "Slate", "actor");
    Set<SlateAction> allowed = EnumSet.noneOf(SlateAction.class);
    if (actor.kind() == Actor.Kind.CANDIDATE) {
      return allowed;
    }
    allowed.add(SlateAction.RANK);
    if (status() == SlateStatus.RANKED) {
      allowed.add(SlateAction.CUT);
    }
    if (!cuts.isEmpty()) {
      allowed.add(SlateAction.CLEAR_CUTS);
    }
    return allowed;
  }

  private Slate record(SlateEvent event) {
    String action = event instanceof SlateEvent.Ranked ? "RANK"
        : event instanceof SlateEvent.CutMade ? "CUT"
        : event instanceof SlateEvent.CutsCleared ? "CLEAR_CUTS" : "DRAFT";
    refuseCandidate(id(), action, status().name(), event.by());
    Require.that(event.slate().equals(id()), event.getClass().getSimpleName(), "slate",
        "is " + event.slate() + ", not this slate (" + id() + "); pass this slate's events");
    Require.that(event.sequence() == version() + 1, event.getClass().getSimpleName(),
        "sequence", "is " + event.sequence() + " where " + (version() + 1)
            + " comes next; number the events 1, 2, 3 without gaps");
    Instant last = history.get(history.size() - 1).at();
    if (event.at().isBefore(last)) {
      throw refused(action, event.by(), "event time " + event.at()
          + " is before the previous event at " + last);
    }
    List<SlateEvent> appended = new ArrayList<>(history);
    appended.add(event);
    if (event instanceof SlateEvent.Ranked ranked) {
      for (SlateEntry entry : ranked.entries()) {
        checkCategory(entry.category(), "Ranked", "entries", "entry " + entry.application());
      }
      return new Slate(appended, drafted, ranked.entries(), cuts);
    }
    if (event instanceof SlateEvent.CutMade made) {
      if (status() != SlateStatus.RANKED) {
        throw refused(action, event.by(), "nothing is ranked yet; RANK first");
      }
      made.cut().category().ifPresent(c -> checkCategory(Optional.of(c), "CutMade", "cut",
          "the cut"));
      List<SlateCut> more = new ArrayList<>(cuts);
      more.add(made.cut());
      return new Slate(appended, drafted, entries, more);
    }
    if (event instanceof SlateEvent.CutsCleared) {
      if (cuts.isEmpty()) {
        throw refused(action, event.by(), "there is no cut to clear");
      }
      return new Slate(appended, drafted, entries, List.of());
    }
    throw new InvalidValueException("Slate", "history", "holds a second slate.drafted at "
        + event.sequence() + "; a slate is drafted once");
  }

  private void checkCategory(Optional<String> category, String type, String field,
      String what) {
    List<String> categories = categories();
    if (categories.isEmpty()) {
      Require.that(category.isEmpty(), type, field, what + " names a category, and slate "
          + id() + " has none; leave it out");
    } else {
      Require.that(category.isPresent() && categories.contains(category.get()), type, field,
          what + (category.isPresent() ? " names a category slate " + id() + " does not have"
              : " names no category") + "; name one of " + categories);
    }
  }

  private static void refuseCandidate(SlateId id, String action, String state, Actor by) {
    Require.given(by, "Slate", "by");
    if (by.kind() == Actor.Kind.CANDIDATE) {
      throw new IllegalTransitionException("Slate", id.value(), state, action,
          "a candidate does not rank; a team member or the system does", List.of());
    }
  }

  private IllegalTransitionException refused(String action, Actor by, String reason) {
    return new IllegalTransitionException("Slate", id().value(), status().name(), action,
        reason, allowedActions(by).stream().map(Enum::name).toList());
  }

  // ---------------------------------------------------------------- views

  /**
   * The slate's id.
   *
   * @return the id
   */
  public SlateId id() {
    return drafted.slate();
  }

  /**
   * The role whose applications it ranks.
   *
   * @return the role id
   */
  public RoleId role() {
    return drafted.role();
  }

  /**
   * The stage it ranks for, if one.
   *
   * @return the stage id
   */
  public Optional<StageId> stage() {
    return drafted.stage();
  }

  /**
   * The categories, best first.
   *
   * @return the categories, perhaps none
   */
  public List<String> categories() {
    return drafted.categories();
  }

  /**
   * Where the slate is.
   *
   * @return {@link SlateStatus#DRAFT} until ranked, then {@link SlateStatus#RANKED}
   */
  public SlateStatus status() {
    return entries.isEmpty() ? SlateStatus.DRAFT : SlateStatus.RANKED;
  }

  /**
   * The current ranking, as given.
   *
   * @return the entries, none before the first ranking
   */
  public List<SlateEntry> entries() {
    return entries;
  }

  /**
   * The cuts, in the order made.
   *
   * @return the cuts
   */
  public List<SlateCut> cuts() {
    return cuts;
  }

  /**
   * Who ranked the current ranking and when.
   *
   * @return the last {@link SlateEvent.Ranked}, if any
   */
  public Optional<SlateEvent.Ranked> lastRanking() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof SlateEvent.Ranked ranked) {
        return Optional.of(ranked);
      }
    }
    return Optional.empty();
  }

  /**
   * The events, oldest first.
   *
   * @return the history
   */
  public List<SlateEvent> history() {
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

  /**
   * Every entry in the slate's order, grouped in ties.
   *
   * @return the tie groups, best first; each group listed by application id
   */
  public List<List<SlateEntry>> order() {
    List<String> categories = categories();
    Comparator<SlateEntry> byKey = Comparator
        .comparingInt((SlateEntry e) -> e.category().map(categories::indexOf).orElse(0))
        .thenComparing(Comparator.comparingInt(SlateEntry::preference).reversed())
        .thenComparingInt(SlateEntry::rank);
    List<SlateEntry> sorted = new ArrayList<>(entries);
    sorted.sort(byKey.thenComparing(e -> e.application().value()));
    List<List<SlateEntry>> groups = new ArrayList<>();
    for (SlateEntry entry : sorted) {
      if (groups.isEmpty()
          || byKey.compare(groups.get(groups.size() - 1).get(0), entry) != 0) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(entry);
    }
    return groups.stream().map(List::copyOf).toList();
  }

  /**
   * The tie groups the cuts keep, in order.
   *
   * @return the kept groups; all of {@link #order()} without cuts
   */
  public List<List<SlateEntry>> kept() {
    List<List<SlateEntry>> kept = order();
    for (SlateCut cut : cuts) {
      List<List<SlateEntry>> next = new ArrayList<>();
      int taken = 0;
      for (List<SlateEntry> group : kept) {
        if (cut.top().isPresent() ? taken < cut.top().get()
            : categoryIndex(group.get(0)) <= categories().indexOf(cut.category().get())) {
          next.add(group);
          taken += group.size();
        }
      }
      kept = next;
    }
    return kept;
  }

  private int categoryIndex(SlateEntry entry) {
    return entry.category().map(categories()::indexOf).orElse(0);
  }

  /**
   * The entries the cuts leave out, in the slate's order.
   *
   * @return the entries below the cut
   */
  public List<SlateEntry> belowCut() {
    Set<SlateEntry> kept = new java.util.HashSet<>();
    kept().forEach(kept::addAll);
    return order().stream().flatMap(List::stream).filter(e -> !kept.contains(e)).toList();
  }

  /**
   * Who is next, from the applications as they stand.
   *
   * @param applications every ranked application (others of the role may come too, and are
   *     not on the slate)
   * @return the next entries, those passed over with why, and those below the cut
   * @throws InvalidValueException if an application is of another role (one transferred away
   *     from the slate's role stands as {@link SlateStanding#TRANSFERRED}) or given twice, or a
   *     ranked application is missing
   */
  public NextRanked next(Collection<Application> applications) {
    Require.given(applications, "Slate", "applications");
    Map<ApplicationId, SlateStanding> standings = new HashMap<>();
    for (Application a : applications) {
      Require.given(a, "Slate", "applications");
      boolean left = !a.roleId().equals(role()) && a.history().stream().anyMatch(e ->
          e instanceof ApplicationEvent.Transferred t && t.from().equals(role()));
      Require.that(a.roleId().equals(role()) || left, "Slate", "applications",
          "hold application " + a.id() + " of role " + a.roleId() + "; slate " + id()
          + " ranks role " + role());
      SlateStanding standing = left ? SlateStanding.TRANSFERRED : SlateStanding.of(a);
      if (standing == SlateStanding.AVAILABLE && stage().isPresent()
          && !a.stage().equals(stage())) {
        standing = SlateStanding.AT_ANOTHER_STAGE;
      }
      Require.that(standings.put(a.id(), standing) == null, "Slate", "applications",
          "hold application " + a.id() + " twice; pass each once");
    }
    return next(standings);
  }

  /**
   * Who is next, from where each ranked application stands.
   *
   * @param standings the standing of every ranked application
   * @return the next entries, those passed over with why, and those below the cut
   * @throws InvalidValueException if a ranked application has no standing
   */
  public NextRanked next(Map<ApplicationId, SlateStanding> standings) {
    Require.given(standings, "Slate", "standings");
    for (SlateEntry entry : entries) {
      Require.that(standings.get(entry.application()) != null, "Slate", "applications",
          "lack application " + entry.application() + ", ranked on slate " + id()
              + "; pass every ranked application");
    }
    List<PassedOver> passed = new ArrayList<>();
    for (List<SlateEntry> group : kept()) {
      List<SlateEntry> available = new ArrayList<>();
      for (SlateEntry entry : group) {
        SlateStanding standing = standings.get(entry.application());
        if (standing == SlateStanding.AVAILABLE) {
          available.add(entry);
        } else {
          passed.add(new PassedOver(entry, standing));
        }
      }
      if (!available.isEmpty()) {
        return new NextRanked(available, passed, belowCut());
      }
    }
    return new NextRanked(List.of(), passed, belowCut());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Slate s && s.history.equals(history);
  }

  @Override
  public int hashCode() {
    return history.hashCode();
  }

  @Override
  public String toString() {
    return "Slate[id=" + id() + ", role=" + role() + ", status=" + status() + ", entries="
        + entries.size() + ", cuts=" + cuts.size() + ", version=" + version() + "]";
  }
}
