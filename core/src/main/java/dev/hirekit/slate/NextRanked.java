package dev.hirekit.slate;

import dev.hirekit.internal.Require;
import java.util.List;

/**
 * Who is next on a slate: the first group of available entries in the slate's order (more than
 * one when the committee tied them, and then the choice among them is yours), every entry
 * before them with why it was passed over, and the entries a cut leaves out.
 *
 * <pre>{@code
 * NextRanked next = slate.next(applications);
 * if (next.exhausted()) {
 *   // nobody left above the cut: widen it (next.belowCut()) or source more
 * } else if (!next.isTie()) {
 *   SlateEntry offerTo = next.next().get(0);
 * }
 * }</pre>
 *
 * @param next the available entries of the first group that has any, in the slate's order
 * @param passedOver every kept entry before them that is not available, in order, with why
 * @param belowCut the entries the cuts leave out, in order, whatever their standing
 */
public record NextRanked(List<SlateEntry> next, List<PassedOver> passedOver,
    List<SlateEntry> belowCut) {
  /**
   * Copies the lists.
   *
   * @param next the next entries
   * @param passedOver the entries passed over
   * @param belowCut the entries below the cut
   */
  public NextRanked {
    Require.given(next, "NextRanked", "next");
    Require.given(passedOver, "NextRanked", "passedOver");
    Require.given(belowCut, "NextRanked", "belowCut");
    next = List.copyOf(next);
    passedOver = List.copyOf(passedOver);
    belowCut = List.copyOf(belowCut);
  }

  /**
   * Whether the committee tied the next entries.
   *
   * @return true if more than one is next
   */
  public boolean isTie() {
    return next.size() > 1;
  }

  /**
   * Whether nobody above the cut is available.
   *
   * @return true if no entry is next
   */
  public boolean exhausted() {
    return next.isEmpty();
  }
}
