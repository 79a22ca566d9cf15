package dev.hirekit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequireTest {

  @Test
  void theEdgesOfEachInvisibleRangeCountAsBlankAndTheirNeighboursDoNot() {
    for (int invisible : new int[] {0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F,
        0x2800, 0x3164, 0xFFA0, 0xFE00, 0xFE0F, 0xE0100, 0xE01EF}) {
      assertThat(Require.isBlank(Character.toString(invisible)))
          .as("U+%04X is blank", invisible).isTrue();
    }
    for (int visible : new int[] {0x180A, 0x1810, 0xFDFF, 0xFE10, 0xE00FF, 0xE01F0, 'a'}) {
      assertThat(Require.isBlank(Character.toString(visible)))
          .as("U+%04X is not blank", visible).isFalse();
    }
  }
}
