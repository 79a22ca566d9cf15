package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateAction;
import dev.hirekit.slate.SlateCut;
import dev.hirekit.slate.SlateEntry;
import dev.hirekit.slate.SlateId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random slates, every one legal: drafted with or without categories and a stage, then ranked,
 * cut and cleared by team members or the system, in time order.
 *
 * <pre>{@code
 * Arbitrary<Slate> slates = Slates.slates();
 * }</pre>
 */
public final class Slates {
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<String> CATEGORIES = List.of("best-qualified", "well-qualified",
      "qualified");

  private Slates() {}

  /**
   * Identifiers such as {@code slate-k2}.
   *
   * <pre>{@code
   * Arbitrary<SlateId> ids = Slates.slateIds();
   * }</pre>
   *
   * @return slate ids
   */
  public static Arbitrary<SlateId> slateIds() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
        .map(s -> SlateId.of("slate-" + s));
  }

  /**
   * Entries of a slate without categories: an application and a rank from 1 to 5.
   *
   * <pre>{@code
   * Arbitrary<SlateEntry> entries = Slates.entries();
   * }</pre>
   *
   * @return entries
   */
  public static Arbitrary<SlateEntry> entries() {
    return Combinators.combine(Applications.applicationIds(),
        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(-1, 2),
        Arbitraries.integers().between(0, 3))
        .as((application, rank, category, preference) -> category < 0
            ? SlateEntry.of(application, rank)
            : SlateEntry.of(application, rank, CATEGORIES.get(category), preference));
  }

  /**
   * Cuts: keep the top 1 to 6, or everyone at or above a category.
   *
   * <pre>{@code
   * Arbitrary<SlateCut> cuts = Slates.cuts();
   * }</pre>
   *
   * @return cuts
   */
  public static Arbitrary<SlateCut> cuts() {
    return Arbitraries.oneOf(Arbitraries.integers().between(1, 6).map(SlateCut::top),
        Arbitraries.of(CATEGORIES).map(SlateCut::atOrAbove));
  }

  /**
   * Slates of one role, each a legal history of up to six actions after the draft.
   *
   * <pre>{@code
   * Arbitrary<Slate> slates = Slates.slates();
   * }</pre>
   *
   * @return slates
   */
  public static Arbitrary<Slate> slates() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 999).list()
        .ofMaxSize(6);
    return Combinators.combine(slateIds(), Roles.roleIds(),
        Arbitraries.integers().between(0, 3), Arbitraries.of(false, true),
        Actors.members(), steps).as(Slates::walk);
  }

  static Slate walk(SlateId id, RoleId role, int categoryCount, boolean atStage,
      Actor member, List<Integer> steps) {
    List<String> categories = CATEGORIES.subList(0, categoryCount);
    Optional<StageId> stage = atStage ? Optional.of(StageId.of("interviews")) : Optional.empty();
    Slate slate = Slate.draft(id, role, stage, categories, member, START);
    Instant at = START;
    for (int step : steps) {
      at = at.plus(Duration.ofHours(1 + step % 7));
      Actor by = step % 5 == 0 ? Actor.system() : member;
      List<SlateAction> allowed = new ArrayList<>(slate.allowedActions(by));
      SlateAction action = allowed.get(step % allowed.size());
      slate = switch (action) {
        case RANK -> slate.rank(by, at, ranking(categories, step));
        case CUT -> slate.cut(by, at, categories.isEmpty() || step % 2 == 0
            ? SlateCut.top(1 + step % 4)
            : SlateCut.atOrAbove(categories.get(step % categories.size())));
        case CLEAR_CUTS -> slate.clearCuts(by, at);
      };
    }
    return slate;
  }

  private static List<SlateEntry> ranking(List<String> categories, int step) {
    List<SlateEntry> entries = new ArrayList<>();
    int size = 1 + step % 5;
    for (int i = 0; i < size; i++) {
      ApplicationId application = ApplicationId.of("app-" + (i + step % 3));
      int rank = 1 + (i * 7 + step) % 4;
      entries.add(categories.isEmpty() ? SlateEntry.of(application, rank)
          : SlateEntry.of(application, rank, categories.get((i + step) % categories.size()),
              (i + step) % 3));
    }
    return entries;
  }
}
