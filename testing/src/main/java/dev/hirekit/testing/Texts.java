package dev.hirekit.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.StringArbitrary;

/** Texts that core accepts, edge cases included; shared by the entry classes. */
final class Texts {
  /** The longest identifier core accepts. */
  static final int IDENTIFIER_MAX_LENGTH = 128;

  private Texts() {}

  /**
   * Identifiers of 1 to 128 characters: an ASCII letter or digit, then letters, digits and
   * {@code . _ : -}; one in ten is one character long, one in ten the longest core accepts.
   */
  static Arbitrary<String> identifiers() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z')
        .range('0', '9');
    StringArbitrary rest = Arbitraries.strings().withCharRange('a', 'z')
        .withCharRange('A', 'Z').withCharRange('0', '9').withChars('.', '_', ':', '-')
        .ofMaxLength(IDENTIFIER_MAX_LENGTH - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(8, Combinators.combine(first, rest).as((head, tail) -> head + tail)),
        Tuple.of(1, first.map(String::valueOf)),
        Tuple.of(1, Combinators.combine(first, rest.ofMinLength(IDENTIFIER_MAX_LENGTH - 1))
            .as((head, tail) -> head + tail)));
  }

  /**
   * Names and labels: printable text in any script, accents, CJK and characters beyond the
   * basic plane (surrogate pairs) included; never blank, never a control character.
   */
  static Arbitrary<String> names() {
    Arbitrary<String> body = Arbitraries.strings().alpha().numeric()
        .withChars(' ', '-', '\'', '.', 'é', 'ü', 'ß', 'ç', 'ñ', 'Ω', 'ж', '中', '日', '本', 'ا')
        .ofMaxLength(40);
    return Combinators.combine(Arbitraries.of("N", "Ä", "名", "\uD83D\uDE00"), body,
            Arbitraries.of("", "", "\uD83D\uDE80", " \uD835\uDD38"))
        .as((head, middle, tail) -> head + middle + tail);
  }
}
