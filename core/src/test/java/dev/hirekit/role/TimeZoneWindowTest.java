package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeZoneWindowTest {
  private static final ZoneOffset PACIFIC = ZoneOffset.ofHours(-8);
  private static final ZoneOffset EASTERN = ZoneOffset.ofHours(-5);

  @Test
  void containsBothEnds() {
    TimeZoneWindow americas = TimeZoneWindow.of(PACIFIC, EASTERN);

    assertThat(americas.contains(PACIFIC)).isTrue();
    assertThat(americas.contains(EASTERN)).isTrue();
    assertThat(americas.contains(ZoneOffset.ofHours(-6))).isTrue();
    assertThat(americas.contains(ZoneOffset.UTC)).isFalse();
    assertThat(americas.contains(ZoneOffset.ofHours(-9))).isFalse();
  }

  @Test
  void aSingleOffsetIsAWindow() {
    assertThat(TimeZoneWindow.of(ZoneOffset.UTC, ZoneOffset.UTC).contains(ZoneOffset.UTC))
        .isTrue();
  }

  @Test
  void latestMustNotBeBeforeEarliest() {
    assertThatThrownBy(() -> TimeZoneWindow.of(EASTERN, PACIFIC))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeZoneWindow.latest: -08:00 is before earliest -05:00; give a latest"
            + " offset at or after the earliest");
  }

  @Test
  void withCopiesCheckAndLeaveTheOriginal() {
    TimeZoneWindow americas = TimeZoneWindow.of(PACIFIC, EASTERN);

    TimeZoneWindow wider = americas.withLatest(ZoneOffset.UTC);

    assertThat(americas.latest()).isEqualTo(EASTERN);
    assertThat(wider.latest()).isEqualTo(ZoneOffset.UTC);
    assertThatThrownBy(() -> americas.withEarliest(ZoneOffset.ofHours(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeZoneWindow.latest: -05:00 is before earliest +01:00; give a latest"
            + " offset at or after the earliest");
  }

  @Test
  void theBuilderMakesTheSameWindowAsTheFactory() {
    java.time.ZoneOffset early = java.time.ZoneOffset.ofHours(-8);
    java.time.ZoneOffset late = java.time.ZoneOffset.ofHours(1);
    assertThat(TimeZoneWindow.builder().earliest(early).latest(late).build())
        .isEqualTo(TimeZoneWindow.of(early, late));
  }
}
