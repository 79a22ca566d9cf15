package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class RejectionReasonTest {

  @Test
  void aReasonHasASideACodeAndMaybeANoteThatIsNeverShown() {
    RejectionReason reason = RejectionReason.of(RejectionSide.THEY_WITHDREW, "relocation")
        .withNote("Quill Marbury moved to Lisbon");
    assertThat(reason.side()).isEqualTo(RejectionSide.THEY_WITHDREW);
    assertThat(reason.code()).isEqualTo("relocation");
    assertThat(reason.note()).contains("Quill Marbury moved to Lisbon");
    assertThat(reason.toString()).doesNotContain("Quill").doesNotContain("relocation")
        .contains("THEY_WITHDREW");
    assertThat(reason.withSide(RejectionSide.OTHER).withCode("other").side())
        .isEqualTo(RejectionSide.OTHER);
  }

  @Test
  void codeAndNoteAreNotBlank() {
    assertThatThrownBy(() -> RejectionReason.of(RejectionSide.OTHER, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RejectionReason.code: must not be blank; give some text");
    assertThatThrownBy(() -> RejectionReason.of(RejectionSide.OTHER, "x").withNote(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RejectionReason.note: must not be blank; give some text");
  }
}
