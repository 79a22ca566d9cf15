package dev.hirekit.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsentTest {
  private static final Instant GIVEN = Instant.parse("2025-01-10T09:00:00Z");
  private static final Instant EXPIRY = Instant.parse("2027-01-10T09:00:00Z");
  private static final String NOT_AFTER = "Consent.expiresAt: is not after givenAt; give an expiry"
      + " later than the moment consent was given, or none";

  @Test
  void holdsFromGivenAtUntilExpiry() {
    Consent consent = Consent.of(GIVEN, EXPIRY);

    assertThat(consent.isValidAt(GIVEN.minusNanos(1))).isFalse();
    assertThat(consent.isValidAt(GIVEN)).isTrue();
    assertThat(consent.isValidAt(Instant.parse("2026-06-01T00:00:00Z"))).isTrue();
    assertThat(consent.isValidAt(EXPIRY.minusNanos(1))).isTrue();
    assertThat(consent.isValidAt(EXPIRY)).isFalse();
    assertThat(consent.isValidAt(EXPIRY.plusSeconds(1))).isFalse();
  }

  @Test
  void withoutExpiryHoldsForGood() {
    Consent consent = Consent.of(GIVEN);

    assertThat(consent.expiresAt()).isEmpty();
    assertThat(consent.isValidAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    assertThat(consent.isValidAt(GIVEN.minusSeconds(1))).isFalse();
  }

  @Test
  void rejectsAnExpiryAtTheMomentGiven() {
    assertThatThrownBy(() -> Consent.of(GIVEN, GIVEN))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(NOT_AFTER);
  }

  @Test
  void rejectsAnExpiryBeforeTheMomentGiven() {
    assertThatThrownBy(() -> Consent.builder().givenAt(EXPIRY).expiresAt(GIVEN).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(NOT_AFTER);
  }

  @Test
  void withGivenAtIsChecked() {
    assertThatThrownBy(() -> Consent.of(GIVEN, EXPIRY).withGivenAt(EXPIRY))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(NOT_AFTER);
  }

  @Test
  void withExpiresAtLeavesTheOriginal() {
    Consent consent = Consent.of(GIVEN);

    Consent expiring = consent.withExpiresAt(EXPIRY);

    assertThat(consent.expiresAt()).isEmpty();
    assertThat(expiring).isEqualTo(Consent.of(GIVEN, EXPIRY));
  }

  @Test
  void toStringShowsTheMoments() {
    assertThat(Consent.of(GIVEN, EXPIRY)).hasToString(
        "Consent{givenAt=2025-01-10T09:00:00Z, expiresAt=2027-01-10T09:00:00Z}");
  }
}
