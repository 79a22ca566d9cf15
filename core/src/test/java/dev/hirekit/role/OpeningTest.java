package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class OpeningTest {
  private static final OpeningId ID = OpeningId.of("seat-1");

  @Test
  void openIsOpenWithoutReason() {
    Opening opening = Opening.open(ID);

    assertThat(opening.status()).isEqualTo(OpeningStatus.OPEN);
    assertThat(opening.isOpen()).isTrue();
    assertThat(opening.closeReason()).isEmpty();
  }

  @Test
  void closedKeepsItsReason() {
    Opening opening = Opening.closed(ID, OpeningCloseReason.CANCELLED);

    assertThat(opening.status()).isEqualTo(OpeningStatus.CLOSED);
    assertThat(opening.isOpen()).isFalse();
    assertThat(opening.closeReason()).contains(OpeningCloseReason.CANCELLED);
  }

  @Test
  void aClosedOpeningNeedsAReason() {
    assertThatThrownBy(() -> Opening.builder().id(ID).status(OpeningStatus.CLOSED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Opening.closeReason: must be given when status is CLOSED; give FILLED or"
            + " CANCELLED");
  }

  @Test
  void anOpenOpeningHasNoReason() {
    assertThatThrownBy(() -> Opening.builder().id(ID).closeReason(OpeningCloseReason.FILLED)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Opening.closeReason: must be empty when status is OPEN; drop it or close"
            + " the opening");
  }

  @Test
  void withCopiesCheckAndLeaveTheOriginal() {
    Opening opening = Opening.open(ID);

    assertThatThrownBy(() -> opening.withStatus(OpeningStatus.CLOSED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Opening.closeReason: must be given when status is CLOSED; give FILLED or"
            + " CANCELLED");
    assertThatThrownBy(() -> opening.withCloseReason(OpeningCloseReason.FILLED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Opening.closeReason: must be empty when status is OPEN; drop it or close"
            + " the opening");
    Opening other = opening.withId(OpeningId.of("seat-2"));

    assertThat(opening).isEqualTo(Opening.open(ID));
    assertThat(other).isEqualTo(Opening.open(OpeningId.of("seat-2")));
  }
}
