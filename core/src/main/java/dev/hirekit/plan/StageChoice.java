package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Alternatives a stage offers, of which the candidate picks one: how the stage is held (see
 * {@link #ofFormats}) or which of two exercises they take. The candidate's pick is an {@code
 * application.choice_made} event (see {@code Application#choose}).
 *
 * <p>Rules: the name and every option are identifiers (1 to 128 letters, digits, {@code . _ :
 * -}); at least two options, each once. A {@link #required()} choice must be made before an
 * application leaves its stage forward; an optional one may stay open.
 *
 * <pre>{@code
 * StageChoice exercise = StageChoice.of("exercise", "pairing", "take-home");
 * StageChoice where = StageChoice.ofFormats(StageFormat.ON_SITE, StageFormat.VIDEO);
 * where.name();                       // "format"
 * where.options();                    // [ON_SITE, VIDEO]
 * }</pre>
 */
@Value.Immutable
public abstract class StageChoice {
  /** The name of the choice {@link #ofFormats} makes: how the stage is held. */
  public static final String FORMAT = "format";

  StageChoice() {}

  /**
   * What is chosen, such as {@code "format"} or {@code "exercise"}; unique within its stage.
   *
   * @return the name, an identifier
   */
  public abstract String name();

  /**
   * The alternatives, in the order shown to the candidate.
   *
   * @return the options, at least two, each an identifier, each once
   */
  public abstract List<String> options();

  /**
   * Whether the candidate must choose before leaving the stage forward. True by default.
   *
   * @return true if required
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Whether an option is one of the alternatives.
   *
   * @param option the option
   * @return true if offered
   */
  public boolean offers(String option) {
    return options().contains(option);
  }

  /**
   * A required choice.
   *
   * @param name what is chosen
   * @param options the alternatives, at least two
   * @return the choice
   * @throws InvalidValueException if a rule is broken
   */
  public static StageChoice of(String name, String... options) {
    return builder().name(name).addOptions(Require.given(options, "StageChoice", "options"))
        .build();
  }

  /**
   * A required choice of how the stage is held, named {@link #FORMAT}, whose options are the
   * formats' constant names; a stage with it must offer those formats.
   *
   * @param formats the formats, at least two
   * @return the choice
   * @throws InvalidValueException if fewer than two formats are given
   */
  public static StageChoice ofFormats(StageFormat... formats) {
    Require.given(formats, "StageChoice", "options");
    return builder().name(FORMAT).options(Arrays.stream(formats)
        .map(f -> Require.given(f, "StageChoice", "options").name())
        .collect(Collectors.toList())).build();
  }

  /**
   * A builder of choices.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.identifier("StageChoice", name());
    Require.that(options().size() >= 2, "StageChoice", "options", "choice " + name() + " offers "
        + options().size() + " option(s); give at least two alternatives");
    for (String option : options()) {
      Require.identifier("StageChoice", option);
    }
    Require.distinct("StageChoice", "options", options(), o -> o);
  }

  /** Builds a {@link StageChoice}; see {@link StageChoice#builder()}. */
  public static final class Builder extends ImmutableStageChoice.Builder {
    Builder() {}
  }
}
