package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The rules of {@link StageChoice} and of a stage's choices, over random options. */
class StageChoiceProperties {
  @Provide
  Arbitrary<List<String>> options() {
    return Arbitraries.of("pairing", "take-home", "ON_SITE", "VIDEO", "a b", "", "x")
        .list().ofMaxSize(5);
  }

  @Property
  void aChoiceIsBuiltIffItHasTwoOrMoreDistinctIdentifierOptions(
      @ForAll("options") List<String> options) {
    boolean valid = options.size() >= 2 && new HashSet<>(options).size() == options.size()
        && options.stream().allMatch(o -> o.matches("[A-Za-z0-9][A-Za-z0-9._:-]*"));
    if (valid) {
      StageChoice choice = StageChoice.builder().name("exercise").options(options).build();
      assertThat(choice.options()).containsExactlyElementsOf(options);
      assertThat(choice.required()).isTrue();
      options.forEach(o -> assertThat(choice.offers(o)).isTrue());
      assertThat(choice.offers("juggling")).isFalse();
    } else {
      assertThatThrownBy(() -> StageChoice.builder().name("exercise").options(options).build())
          .isInstanceOf(InvalidValueException.class);
    }
  }

  @Property
  void aFormatChoiceIsAcceptedIffItOffersOnlyTheStagesFormats(
      @ForAll Set<StageFormat> offered, @ForAll Set<StageFormat> held) {
    if (offered.size() < 2 || held.isEmpty()) {
      return;
    }
    boolean fits = held.containsAll(offered);
    Stage.Builder stage = Stage.builder();
    stage.id(StageId.of("day")).name("Day").kind(StageKind.INTERVIEW).formats(held)
        .addChoice(StageChoice.ofFormats(offered.toArray(new StageFormat[0])));
    if (fits) {
      assertThat(stage.build().choice(StageChoice.FORMAT)).isPresent();
    } else {
      assertThatThrownBy(stage::build).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("is not a format of stage day");
    }
  }
}
