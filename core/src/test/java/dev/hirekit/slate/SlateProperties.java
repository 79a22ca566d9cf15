package dev.hirekit.slate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.ApplicationId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A slate's order is total and stable, its cuts keep what they say, and "next" walks the kept
 * order without skipping or repeating anyone, whatever the applications do between calls
 * (offers declined, withdrawals, reopenings). Each is checked against a reference written here
 * from the rules, not from the slate's code.
 */
class SlateProperties {

  record Case(Slate slate, long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Boolean> categorised = Arbitraries.of(true, false);
    return categorised.flatMap(withCategories -> {
      List<String> categories = withCategories ? SlateTest.CATEGORIES : List.of();
      Arbitrary<Optional<String>> category = withCategories
          ? Arbitraries.of(categories).map(Optional::of) : Arbitraries.just(Optional.empty());
      Arbitrary<List<SlateEntry>> entries = Combinators.combine(
              Arbitraries.integers().between(1, 5), category,
              Arbitraries.integers().between(0, 2))
          .as((rank, c, pref) -> new int[] {rank, pref, c.map(categories::indexOf).orElse(-1)})
          .list().ofMinSize(1).ofMaxSize(12).map(raw -> {
            List<SlateEntry> list = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
              int[] r = raw.get(i);
              list.add(new SlateEntry(SlateTest.a(i), r[0],
                  r[2] < 0 ? Optional.empty() : Optional.of(categories.get(r[2])), r[1]));
            }
            return list;
          });
      Arbitrary<SlateCut> cut = withCategories
          ? Arbitraries.oneOf(Arbitraries.integers().between(1, 8).map(SlateCut::top),
              Arbitraries.of(categories).map(SlateCut::atOrAbove))
          : Arbitraries.integers().between(1, 8).map(SlateCut::top);
      return Combinators.combine(entries, cut.list().ofMaxSize(2),
          Arbitraries.longs()).as((e, cuts, seed) -> {
            Slate slate = Slate.draft(SlateId.of("s"), SlateTest.ROLE, Optional.empty(),
                categories, SlateTest.HM, SlateTest.T0).rank(SlateTest.HM, SlateTest.T0, e);
            for (SlateCut c : cuts) {
              slate = slate.cut(SlateTest.HM, SlateTest.T0, c);
            }
            return new Case(slate, seed);
          });
    });
  }

  /** The key the rules order by: category, then preference (higher first), then rank. */
  private static int[] key(Slate slate, SlateEntry e) {
    return new int[] {e.category().map(slate.categories()::indexOf).orElse(0),
        -e.preference(), e.rank()};
  }

  private static int compare(Slate slate, SlateEntry x, SlateEntry y) {
    int[] a = key(slate, x);
    int[] b = key(slate, y);
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  @Property
  void theOrderIsTotalAndStable(@ForAll("cases") Case c) {
    Slate slate = c.slate();
    List<List<SlateEntry>> order = slate.order();
    List<SlateEntry> flat = order.stream().flatMap(List::stream).toList();
    assertThat(flat).containsExactlyInAnyOrderElementsOf(slate.entries());
    for (int g = 0; g < order.size(); g++) {
      List<SlateEntry> group = order.get(g);
      for (SlateEntry e : group) {
        assertThat(compare(slate, e, group.get(0))).isZero();
      }
      assertThat(group).isSortedAccordingTo(Comparator.comparing(e -> e.application().value()));
      if (g > 0) {
        assertThat(compare(slate, order.get(g - 1).get(0), group.get(0))).isNegative();
      }
    }
    List<SlateEntry> shuffled = new ArrayList<>(slate.entries());
    Collections.shuffle(shuffled, new Random(c.seed()));
    Slate again = Slate.draft(SlateId.of("s"), slate.role(), Optional.empty(),
        slate.categories(), SlateTest.HM, SlateTest.T0).rank(SlateTest.HM, SlateTest.T0,
        shuffled);
    assertThat(again.order()).isEqualTo(order);
    Statistics.label("tie groups").collect(order.size() < flat.size() ? "some" : "none");
  }

  @Property
  void theCutsKeepWhatTheySayAndLoseNobody(@ForAll("cases") Case c) {
    Slate slate = c.slate();
    List<List<SlateEntry>> expected = slate.order();
    for (SlateCut cut : slate.cuts()) {
      List<List<SlateEntry>> next = new ArrayList<>();
      int taken = 0;
      for (List<SlateEntry> group : expected) {
        // a top cut keeps whole groups until n are kept; a category cut, the better categories
        boolean keep = cut.top().isPresent() ? taken < cut.top().get()
            : key(slate, group.get(0))[0] <= slate.categories().indexOf(cut.category().get());
        if (keep) {
          next.add(group);
          taken += group.size();
        }
      }
      expected = next;
    }
    assertThat(slate.kept()).isEqualTo(expected);
    List<SlateEntry> keptFlat = slate.kept().stream().flatMap(List::stream).toList();
    List<SlateEntry> all = new ArrayList<>(keptFlat);
    all.addAll(slate.belowCut());
    assertThat(all).containsExactlyInAnyOrderElementsOf(slate.entries());
    Statistics.label("cut").collect(slate.belowCut().isEmpty() ? "nobody" : "some");
  }

  @Property
  void nextWalksTheKeptOrderWithoutSkippingOrRepeating(@ForAll("cases") Case c) {
    Slate slate = c.slate();
    Random random = new Random(c.seed());
    SlateStanding[] standings = SlateStanding.values();
    Map<ApplicationId, SlateStanding> now = new HashMap<>();
    for (SlateEntry e : slate.entries()) {
      now.put(e.application(), random.nextInt(4) == 0
          ? standings[1 + random.nextInt(standings.length - 1)] : SlateStanding.AVAILABLE);
    }
    Set<ApplicationId> offered = new HashSet<>();
    for (int step = 0; step < 40; step++) {
      NextRanked next = slate.next(now);
      NextRanked expected = reference(slate, now);
      assertThat(next).isEqualTo(expected);
      if (next.exhausted()) {
        assertThat(next.passedOver()).hasSize(slate.kept().stream().mapToInt(List::size).sum());
        break;
      }
      SlateEntry pick = next.next().get(random.nextInt(next.next().size()));
      assertThat(offered.add(pick.application())).as("offered twice").isTrue();
      // The offer goes out and is declined, rescinded or expires; now and then a reopening.
      now.put(pick.application(), List.of(SlateStanding.OFFER_DECLINED,
          SlateStanding.OFFER_RESCINDED, SlateStanding.OFFER_EXPIRED).get(random.nextInt(3)));
      if (random.nextInt(6) == 0) {
        SlateEntry any = slate.entries().get(random.nextInt(slate.entries().size()));
        if (!offered.contains(any.application())) {
          now.put(any.application(), SlateStanding.AVAILABLE);
        }
      }
    }
    Statistics.label("offers made").collect(Math.min(offered.size(), 4));
  }

  /** The first kept group with an available entry, and every unavailable entry up to it. */
  private static NextRanked reference(Slate slate, Map<ApplicationId, SlateStanding> now) {
    List<PassedOver> passed = new ArrayList<>();
    List<SlateEntry> next = List.of();
    for (List<SlateEntry> group : slate.kept()) {
      List<SlateEntry> available = group.stream()
          .filter(e -> now.get(e.application()) == SlateStanding.AVAILABLE).toList();
      group.stream().filter(e -> now.get(e.application()) != SlateStanding.AVAILABLE)
          .forEach(e -> passed.add(new PassedOver(e, now.get(e.application()))));
      if (!available.isEmpty()) {
        next = available;
        break;
      }
    }
    return new NextRanked(next, passed, slate.belowCut());
  }
}
