package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.MemberId;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every identifier type accepts exactly 1 to 128 letters, digits, '.', '_', ':' and '-' starting
 * with a letter or digit, keeps its text, and rejects anything else naming its own type. Found
 * unpinned by mutation testing: removing the check from an id's constructor broke no test.
 */
class IdentifierProperties {
  record IdType(String name, Function<String, Object> make) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<IdType> TYPES = List.of(
      new IdType("ApplicationId", ApplicationId::of), new IdType("CandidateId", CandidateId::of),
      new IdType("OfferId", OfferId::of), new IdType("InterviewId", InterviewId::of),
      new IdType("StageId", StageId::of), new IdType("OpeningId", OpeningId::of),
      new IdType("RoleId", RoleId::of), new IdType("MemberId", MemberId::of));

  @Provide
  Arbitrary<IdType> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<String> valid() {
    Arbitrary<Character> first = Arbitraries.chars().alpha().numeric();
    Arbitrary<String> rest = Arbitraries.strings().alpha().numeric().withChars('.', '_', ':', '-')
        .ofMaxLength(127);
    return net.jqwik.api.Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  @Provide
  Arbitrary<String> invalid() {
    return Arbitraries.oneOf(
        Arbitraries.of("", " ", "has space", "-leading", ".leading", "tab\there", "é-accent",
            "ada.lovelace@example.com", "a\u0000b", "x\u202Eevil", "id\u200B", "\uD800x",
            "a\u001B[31mred", "line\nbreak"),
        valid().map(v -> v + "/"),
        valid().map(v -> v + "@" + v + ".example"),
        Arbitraries.strings().alpha().ofLength(129),
        Arbitraries.strings().alpha().ofMinLength(1_000).ofMaxLength(5_000),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40).filter(t -> !isValid(t)));
  }

  private static boolean isValid(String text) {
    return text.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
  }

  @Property
  void validTextsMakeIdsThatKeepTheirText(@ForAll("types") IdType type,
      @ForAll("valid") String text) {
    Object id = type.make().apply(text);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(id).isEqualTo(type.make().apply(text))
        .hasSameHashCodeAs(type.make().apply(text));
  }

  @Property
  void invalidTextsAreRejectedNamingTheTypeWithoutRepeatingTheText(@ForAll("types") IdType type,
      @ForAll("invalid") String text) {
    assertThatThrownBy(() -> type.make().apply(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo(type.name());
          assertThat(e.field()).isEqualTo("value");
          assertThat(e.getMessage()).startsWith(type.name() + ".value: ")
              .endsWith("; use 1 to 128 letters, digits, '.', '_', ':' or '-', starting with a"
                  + " letter or digit")
              .hasSizeLessThan(200)
              .matches("[\\x20-\\x7E]*");
          if (text.length() >= 3) {
            assertThat(e.getMessage()).doesNotContain(text);
          }
        });
  }

  @Property
  void theMessageSaysWhereTheFirstRefusedCharacterIs(@ForAll("types") IdType type,
      @ForAll("valid") String prefix) {
    String start = prefix.substring(0, Math.min(prefix.length(), 100));
    String text = start + " and more";
    assertThatThrownBy(() -> type.make().apply(text))
        .hasMessageContaining("has U+0020 at position " + (start.length() + 1)
            + ", which is not allowed there");
  }

  @Property
  void aTooLongTextIsRejectedByItsLength(@ForAll("types") IdType type,
      @ForAll @IntRange(min = 129, max = 100_000) int length) {
    assertThatThrownBy(() -> type.make().apply("a".repeat(length)))
        .hasMessage(type.name() + ".value: is " + length + " characters long; use 1 to 128"
            + " letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
  }

  @Property
  void aRefusedFirstCharacterIsNamed(@ForAll("types") IdType type,
      @ForAll("valid") String rest) {
    assertThatThrownBy(() -> type.make().apply("-" + rest.substring(0, Math.min(rest.length(),
        127))))
        .hasMessageStartingWith(type.name() + ".value: has '-' (U+002D) at position 1, which is"
            + " not allowed first; ");
  }

  @Property
  void aMissingTextIsRejectedNamingTheType(@ForAll("types") IdType type) {
    assertThatThrownBy(() -> type.make().apply(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(type.name() + ".value: is missing; give a non-blank identifier");
  }
}
