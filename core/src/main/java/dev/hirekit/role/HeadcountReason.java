package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a role or an opening is hired for: new headcount, or a backfill naming whom it replaces.
 * Whom is personal data (an employee id or a short description): {@code toString()} never shows
 * it.
 *
 * <p>Rules: a {@link HeadcountKind#BACKFILL} names whom it replaces (a printable text, not
 * blank); {@link HeadcountKind#NEW_HEADCOUNT} names no one.
 *
 * <pre>{@code
 * HeadcountReason seat = HeadcountReason.backfill("employee 4711");
 * HeadcountReason growth = HeadcountReason.newHeadcount();
 * seat.toString(); // HeadcountReason{kind=BACKFILL, replacing=<redacted>}
 * }</pre>
 */
@Value.Immutable
public abstract class HeadcountReason {

  HeadcountReason() {}

  /**
   * New headcount or a backfill.
   *
   * @return the kind
   */
  public abstract HeadcountKind kind();

  /**
   * Whom a backfill replaces: an employee id or a short description, never shown by {@code
   * toString()}.
   *
   * @return whom, for a backfill; empty for new headcount
   */
  @Value.Redacted
  public abstract Optional<String> replacing();

  /**
   * New headcount.
   *
   * @return the reason
   */
  public static HeadcountReason newHeadcount() {
    return builder().kind(HeadcountKind.NEW_HEADCOUNT).build();
  }

  /**
   * A backfill of someone who left.
   *
   * @param whom an employee id or a short description, not blank
   * @return the reason
   * @throws InvalidValueException if whom is blank or not printable
   */
  public static HeadcountReason backfill(String whom) {
    return builder().kind(HeadcountKind.BACKFILL).replacing(whom).build();
  }

  /**
   * A builder of reasons.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (kind() == HeadcountKind.BACKFILL) {
      Require.that(replacing().isPresent(), "HeadcountReason", "replacing",
          "is missing for a BACKFILL; name whom the seat replaces (e.g. an employee id)");
      Require.name("HeadcountReason", "replacing", replacing().get());
    } else {
      Require.that(replacing().isEmpty(), "HeadcountReason", "replacing",
          "is given for NEW_HEADCOUNT; only a BACKFILL replaces someone");
    }
  }

  /** Builds a {@link HeadcountReason}; see {@link HeadcountReason#builder()}. */
  public static final class Builder extends ImmutableHeadcountReason.Builder {
    Builder() {}
  }
}
