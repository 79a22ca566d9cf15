package dev.hirekit.candidacy;

import dev.hirekit.internal.Require;
import dev.hirekit.plan.StageKind;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long a passed stage's result stays valid: a person who advanced out of a stage of this
 * {@link #kind()} in a role may, for {@link #validFor()} after, enter a new application to the
 * same role or a role of its {@link RoleFamily} past its stages of this kind (a take-home passed in
 * March need not be done again in May). A kind without a credit never carries over.
 *
 * <pre>{@code
 * StageCredit takeHome = StageCredit.of(StageKind.ASSESSMENT, Duration.ofDays(180));
 * }</pre>
 */
@Value.Immutable
public abstract class StageCredit {
  /** The longest one: 100 years, so that times stay far inside {@link java.time.Instant}. */
  static final Duration LONGEST = Duration.ofDays(36_525);

  StageCredit() {}

  /**
   * The kind of stage whose result carries over.
   *
   * @return the stage kind
   */
  @Value.Parameter
  public abstract StageKind kind();

  /**
   * How long after passing the result holds.
   *
   * @return a positive duration
   */
  @Value.Parameter
  public abstract Duration validFor();

  /**
   * A stage credit.
   *
   * @param kind the kind of stage
   * @param validFor how long, positive
   * @return the credit
   * @throws dev.hirekit.InvalidValueException if the duration is not positive, or over 100
   *     years
   */
  public static StageCredit of(StageKind kind, Duration validFor) {
    return ImmutableStageCredit.of(kind, validFor);
  }

  @Value.Check
  void check() {
    Require.that(!validFor().isNegative() && !validFor().isZero(), "StageCredit", "validFor",
        "is " + validFor() + "; give a positive duration");
    Require.that(validFor().compareTo(LONGEST) <= 0, "StageCredit", "validFor",
        "is " + validFor() + "; give at most " + LONGEST.toDays() + " days (100 years)");
  }
}
