package dev.hirekit.candidate;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A candidate's consent to have their data kept on file: when it was given and when it runs out.
 *
 * <p>Rule: an expiry lies strictly after the time consent was given. Consent holds from {@link
 * #givenAt()} (inclusive) up to {@link #expiresAt()} (exclusive), or for good if it has no expiry.
 *
 * <pre>{@code
 * Consent consent = Consent.of(Instant.parse("2025-01-10T09:00:00Z"),
 *     Instant.parse("2027-01-10T09:00:00Z"));
 * consent.isValidAt(Instant.parse("2026-06-01T00:00:00Z")); // true
 * }</pre>
 */
@Value.Immutable
public abstract class Consent {

  Consent() {}

  /**
   * When the candidate gave consent.
   *
   * @return the moment consent was given
   */
  @Value.Parameter
  public abstract Instant givenAt();

  /**
   * When the consent runs out, if ever.
   *
   * @return the first moment the consent no longer holds, if it expires
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Consent without expiry.
   *
   * @param givenAt when consent was given
   * @return the consent
   */
  public static Consent of(Instant givenAt) {
    return ImmutableConsent.of(givenAt);
  }

  /**
   * Consent that expires.
   *
   * @param givenAt when consent was given
   * @param expiresAt when it runs out, after {@code givenAt}
   * @return the consent
   * @throws InvalidValueException if {@code expiresAt} is not after {@code givenAt}
   */
  public static Consent of(Instant givenAt, Instant expiresAt) {
    return builder().givenAt(givenAt).expiresAt(expiresAt).build();
  }

  /**
   * A builder of consents.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the consent holds at a moment: at or after {@link #givenAt()} and before {@link
   * #expiresAt()}, if any.
   *
   * @param moment the moment to ask about
   * @return true if the consent holds then
   */
  public boolean isValidAt(Instant moment) {
    return !moment.isBefore(givenAt()) && expiresAt().map(moment::isBefore).orElse(true);
  }

  /**
   * A copy given at another moment.
   *
   * @param value when consent was given
   * @return the copy
   * @throws InvalidValueException if the expiry would not be after it
   */
  public abstract Consent withGivenAt(Instant value);

  /**
   * A copy with another expiry.
   *
   * @param value when the consent runs out, after {@link #givenAt()}
   * @return the copy
   * @throws InvalidValueException if {@code value} is not after {@link #givenAt()}
   */
  public abstract Consent withExpiresAt(Instant value);

  @Value.Check
  void check() {
    expiresAt().ifPresent(expiry -> Require.that(expiry.isAfter(givenAt()), "Consent", "expiresAt",
        "is not after givenAt; give an expiry later than the moment consent was given, or none"));
  }

  /** Builds a {@link Consent}; see {@link Consent#builder()}. */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}
  }
}
