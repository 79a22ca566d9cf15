package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How long a stage takes: either about a duration or at most a duration.
 *
 * <p>Rules: the duration is positive.
 *
 * <pre>{@code
 * TimeBox call = TimeBox.about(Duration.ofMinutes(30));    // about 30 minutes
 * TimeBox takeHome = TimeBox.atMost(Duration.ofHours(2));  // no more than 2 hours
 * }</pre>
 */
@Value.Immutable
public abstract class TimeBox {

  TimeBox() {}

  /** How a time box's duration is meant. */
  public enum Bound {
    /** The stage takes about the duration. */
    EXPECTED,
    /** The stage takes no more than the duration. */
    AT_MOST
  }

  /**
   * The duration, positive.
   *
   * @return the duration
   */
  @Value.Parameter
  public abstract Duration duration();

  /**
   * How the duration is meant.
   *
   * @return the bound
   */
  @Value.Parameter
  public abstract Bound bound();

  /**
   * A time box of a duration and a bound.
   *
   * @param duration the duration, positive
   * @param bound how the duration is meant
   * @return the time box
   * @throws InvalidValueException if the duration is not positive
   */
  public static TimeBox of(Duration duration, Bound bound) {
    return ImmutableTimeBox.of(duration, bound);
  }

  /**
   * A time box of about a duration.
   *
   * @param duration the expected duration, positive
   * @return the time box
   * @throws InvalidValueException if the duration is not positive
   */
  public static TimeBox about(Duration duration) {
    return of(duration, Bound.EXPECTED);
  }

  /**
   * A time box of at most a duration.
   *
   * @param duration the longest duration, positive
   * @return the time box
   * @throws InvalidValueException if the duration is not positive
   */
  public static TimeBox atMost(Duration duration) {
    return of(duration, Bound.AT_MOST);
  }

  /**
   * A builder of time boxes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another duration.
   *
   * @param value the duration, positive
   * @return the copy
   * @throws InvalidValueException if the duration is not positive
   */
  public abstract TimeBox withDuration(Duration value);

  /**
   * A copy with another bound.
   *
   * @param value the bound
   * @return the copy
   */
  public abstract TimeBox withBound(Bound value);

  @Value.Check
  void check() {
    if (duration().isNegative() || duration().isZero()) {
      throw new InvalidValueException("TimeBox", "duration", duration()
          + " is not positive; give a duration above zero");
    }
  }

  /** Builds a {@link TimeBox}; see {@link TimeBox#builder()}. */
  public static final class Builder extends ImmutableTimeBox.Builder {
    Builder() {}
  }
}
