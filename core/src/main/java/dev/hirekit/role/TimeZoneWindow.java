package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import java.time.ZoneOffset;
import org.immutables.value.Value;

/**
 * A range of UTC offsets a remote worker should live in, such as UTC-8 to UTC-5.
 *
 * <p>Rules: {@code earliest} is at or west of {@code latest}, i.e. its offset is not greater.
 *
 * <pre>{@code
 * TimeZoneWindow americas = TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-5));
 * americas.contains(ZoneOffset.ofHours(-6)); // true
 * }</pre>
 */
@Value.Immutable
public abstract class TimeZoneWindow {

  TimeZoneWindow() {}

  /**
   * The smallest allowed offset (the westernmost time zone).
   *
   * @return the earliest offset
   */
  @Value.Parameter
  public abstract ZoneOffset earliest();

  /**
   * The greatest allowed offset (the easternmost time zone).
   *
   * @return the latest offset
   */
  @Value.Parameter
  public abstract ZoneOffset latest();

  /**
   * A window of offsets, both ends included.
   *
   * @param earliest the smallest offset
   * @param latest the greatest offset, not smaller than {@code earliest}
   * @return the window
   * @throws InvalidValueException if {@code latest} is smaller than {@code earliest}
   */
  public static TimeZoneWindow of(ZoneOffset earliest, ZoneOffset latest) {
    return ImmutableTimeZoneWindow.of(earliest, latest);
  }

  /**
   * A builder of windows.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether an offset lies in the window, both ends included.
   *
   * @param offset the offset
   * @return true if {@code earliest <= offset <= latest}
   */
  public boolean contains(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    return earliest().getTotalSeconds() <= seconds && seconds <= latest().getTotalSeconds();
  }

  /**
   * A copy with another earliest offset.
   *
   * @param value the earliest offset
   * @return the copy
   * @throws InvalidValueException if it is greater than the latest
   */
  public abstract TimeZoneWindow withEarliest(ZoneOffset value);

  /**
   * A copy with another latest offset.
   *
   * @param value the latest offset
   * @return the copy
   * @throws InvalidValueException if it is smaller than the earliest
   */
  public abstract TimeZoneWindow withLatest(ZoneOffset value);

  @Value.Check
  void check() {
    if (earliest().getTotalSeconds() > latest().getTotalSeconds()) {
      throw new InvalidValueException("TimeZoneWindow", "latest", latest()
          + " is before earliest " + earliest() + "; give a latest offset at or after the"
          + " earliest");
    }
  }

  /** Builds a {@link TimeZoneWindow}; see {@link TimeZoneWindow#builder()}. */
  public static final class Builder extends ImmutableTimeZoneWindow.Builder {
    Builder() {}
  }
}
