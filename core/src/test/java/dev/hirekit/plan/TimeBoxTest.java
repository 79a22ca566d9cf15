package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBoxTest {

  @Test
  void aboutIsExpected() {
    TimeBox box = TimeBox.about(Duration.ofMinutes(30));

    assertThat(box.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(box.bound()).isEqualTo(TimeBox.Bound.EXPECTED);
  }

  @Test
  void atMostIsAnUpperBound() {
    TimeBox box = TimeBox.atMost(Duration.ofHours(2));

    assertThat(box.duration()).isEqualTo(Duration.ofHours(2));
    assertThat(box.bound()).isEqualTo(TimeBox.Bound.AT_MOST);
  }

  @Test
  void zeroDurationIsRejected() {
    assertThatThrownBy(() -> TimeBox.about(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeBox.duration: PT0S is not positive; give a duration above zero");
  }

  @Test
  void negativeDurationIsRejected() {
    assertThatThrownBy(() -> TimeBox.atMost(Duration.ofMinutes(-5)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeBox.duration: PT-5M is not positive; give a duration above zero");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    TimeBox box = TimeBox.about(Duration.ofMinutes(30));

    TimeBox copy = box.withBound(TimeBox.Bound.AT_MOST).withDuration(Duration.ofHours(1));

    assertThat(box).isEqualTo(TimeBox.about(Duration.ofMinutes(30)));
    assertThat(copy).isEqualTo(TimeBox.atMost(Duration.ofHours(1)));
    assertThatThrownBy(() -> box.withDuration(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeBox.duration: PT0S is not positive; give a duration above zero");
  }

  @Test
  void theBuilderMakesTheSameTimeBoxAsTheFactories() {
    assertThat(TimeBox.builder().duration(java.time.Duration.ofHours(2))
        .bound(TimeBox.Bound.AT_MOST).build())
        .isEqualTo(TimeBox.atMost(java.time.Duration.ofHours(2)));
  }
}
