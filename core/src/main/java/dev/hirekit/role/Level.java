package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The level a role is hired at, named as the employer names it ({@code L5}, {@code GS-13},
 * {@code Associate Professor}), optionally with a rank that orders the levels of one ladder.
 *
 * <p>Rules: the name is a printable name, not blank; the rank, when given, is 0 or more.
 *
 * <pre>{@code
 * Level senior = Level.of("L5", 5);
 * Level grade = Level.of("GS-13");
 * senior.isAbove(Level.of("L4", 4)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Level {

  Level() {}

  /**
   * The level's name, as the employer names it.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Where the level stands on its ladder: a higher rank is a more senior level.
   *
   * @return the rank, 0 or more, or empty when the levels are not ordered
   */
  public abstract Optional<Integer> rank();

  /**
   * A level without a rank.
   *
   * @param name the name, not blank
   * @return the level
   * @throws InvalidValueException if the name is blank or not printable
   */
  public static Level of(String name) {
    return builder().name(name).build();
  }

  /**
   * A level with a rank.
   *
   * @param name the name, not blank
   * @param rank the rank, 0 or more
   * @return the level
   * @throws InvalidValueException if the name is blank or the rank negative
   */
  public static Level of(String name, int rank) {
    return builder().name(name).rank(rank).build();
  }

  /**
   * A builder of levels.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether this level ranks above another; levels without a rank are not ordered.
   *
   * @param other the other level
   * @return true if both have a rank and this one is higher
   */
  public boolean isAbove(Level other) {
    Require.given(other, "Level", "other");
    return rank().isPresent() && other.rank().isPresent()
        && rank().get() > other.rank().get();
  }

  @Value.Check
  void check() {
    Require.name("Level", "name", name());
    rank().ifPresent(r -> Require.that(r >= 0, "Level", "rank", r
        + " is negative; give 0 or more"));
  }

  /** Builds a {@link Level}; see {@link Level#builder()}. */
  public static final class Builder extends ImmutableLevel.Builder {
    Builder() {}
  }
}
