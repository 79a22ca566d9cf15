package dev.hirekit.slate;

import dev.hirekit.internal.Require;
import java.util.Optional;

/**
 * Who stays on a slate for the decision: the top {@code n} (a tie that straddles the line is
 * kept whole, never split), or everyone at or above a category. Cuts apply in the order they
 * were made; the entries they leave out stay on the slate, below the cut.
 *
 * <pre>{@code
 * slate = slate.cut(hiringManager, now, SlateCut.top(3));
 * slate = slate.cut(hiringManager, now, SlateCut.atOrAbove("well-qualified"));
 * }</pre>
 *
 * @param top how many to keep, for a top cut
 * @param category the lowest category kept, for a category cut
 */
public record SlateCut(Optional<Integer> top, Optional<String> category) {
  /**
   * Checks that exactly one of the two is given, and given well.
   *
   * @param top how many to keep, 1 or more
   * @param category the lowest category kept, an identifier
   * @throws dev.hirekit.InvalidValueException if neither or both are given, or one is out of
   *     bounds
   */
  public SlateCut {
    Require.given(top, "SlateCut", "top");
    Require.given(category, "SlateCut", "category");
    Require.that(top.isPresent() != category.isPresent(), "SlateCut", "top",
        "and category are both " + (top.isPresent() ? "given" : "missing")
            + "; a cut keeps either the top n or everyone at or above a category");
    top.ifPresent(n -> Require.that(n >= 1, "SlateCut", "top", "is " + n
        + "; keep at least 1"));
    category.ifPresent(c -> Require.identifier("SlateCut", "category", c));
  }

  /**
   * Keeps the top {@code n}, and the rest of a tie that straddles the line.
   *
   * @param n how many, 1 or more
   * @return the cut
   */
  public static SlateCut top(int n) {
    return new SlateCut(Optional.of(n), Optional.empty());
  }

  /**
   * Keeps everyone in the category or a category before it.
   *
   * @param category one of the slate's categories
   * @return the cut
   */
  public static SlateCut atOrAbove(String category) {
    return new SlateCut(Optional.empty(), Optional.ofNullable(category));
  }
}
