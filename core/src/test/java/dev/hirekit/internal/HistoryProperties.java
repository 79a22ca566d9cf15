package dev.hirekit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** A history is an immutable list, however its versions branch and however many threads append. */
class HistoryProperties {

  /**
   * Each step appends to one earlier version (a branch when that version was appended to
   * before); every version must still hold exactly what it held when made.
   */
  @Property
  void everyVersionKeepsItsEventsWhateverIsAppendedToOthers(
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 1_000) Integer> parents) {
    List<History<Integer>> versions = new ArrayList<>(List.of(History.empty()));
    List<List<Integer>> expected = new ArrayList<>(List.of(List.of()));
    for (int step = 0; step < parents.size(); step++) {
      int parent = parents.get(step) % versions.size();
      versions.add(versions.get(parent).append(step));
      List<Integer> model = new ArrayList<>(expected.get(parent));
      model.add(step);
      expected.add(model);
    }
    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i)).containsExactlyElementsOf(expected.get(i));
      assertThat(versions.get(i)).isEqualTo(expected.get(i));
    }
  }

  @Property(tries = 20)
  void threadsAppendingToOneVersionEachSeeTheirOwnEvent(
      @ForAll @IntRange(min = 0, max = 20) int length) {
    History<Integer> base = History.empty();
    for (int i = 0; i < length; i++) {
      base = base.append(i);
    }
    History<Integer> shared = base;
    ConcurrentLinkedQueue<History<Integer>> results = new ConcurrentLinkedQueue<>();
    IntStream.range(0, 64).parallel().forEach(n -> results.add(shared.append(1_000 + n)));
    assertThat(shared).hasSize(length);
    List<Integer> lasts = new ArrayList<>();
    for (History<Integer> result : results) {
      assertThat(result).hasSize(length + 1);
      assertThat(result.subList(0, length)).isEqualTo(shared);
      lasts.add(result.get(length));
    }
    assertThat(lasts).containsExactlyInAnyOrderElementsOf(
        IntStream.range(0, 64).mapToObj(n -> 1_000 + n).toList());
  }

  @Property(tries = 10)
  void aHistoryCannotBeChangedInPlace(@ForAll @IntRange(min = 1, max = 10) int length) {
    History<Integer> history = History.empty();
    for (int i = 0; i < length; i++) {
      history = history.append(i);
    }
    History<Integer> fixed = history;
    assertThatThrownBy(() -> fixed.set(0, 99)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fixed.add(99)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> fixed.get(length)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> fixed.append(null)).isInstanceOf(NullPointerException.class);
  }
}
