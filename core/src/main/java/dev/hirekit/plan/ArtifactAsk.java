package dev.hirekit.plan;

import dev.hirekit.internal.Require;
import org.immutables.value.Value;

/**
 * Material a stage asks the candidate for, such as a CV, a portfolio, written answers or the
 * hand-in of a take-home exercise. The candidate (or the team for them) submits it as a reference
 * to where it is kept, never its content: an {@code application.artifact_submitted} event (see
 * {@code Application#submitArtifact}). A {@link #required()} ask not yet submitted holds the
 * stage's exit rule; an optional one never does.
 *
 * <p>Rules: the name is an identifier (1 to 128 letters, digits, {@code . _ : -}), unique within
 * its stage.
 *
 * <pre>{@code
 * ArtifactAsk handIn = ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME);
 * ArtifactAsk extra = ArtifactAsk.optional("portfolio", ArtifactKind.PORTFOLIO);
 * extra.required();                    // false
 * }</pre>
 */
@Value.Immutable
public abstract class ArtifactAsk {
  ArtifactAsk() {}

  /**
   * What is asked for, such as {@code "cv"} or {@code "solution"}; unique within its stage.
   *
   * @return the name, an identifier
   */
  public abstract String name();

  /**
   * The sort of material.
   *
   * @return the kind
   */
  public abstract ArtifactKind kind();

  /**
   * Whether the stage may be left forward only once it is submitted. True by default.
   *
   * @return true if required
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * A required ask.
   *
   * @param name what is asked for, an identifier
   * @param kind the sort of material
   * @return the ask
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static ArtifactAsk of(String name, ArtifactKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /**
   * An optional ask: welcome, never holding the stage.
   *
   * @param name what is asked for, an identifier
   * @param kind the sort of material
   * @return the ask
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static ArtifactAsk optional(String name, ArtifactKind kind) {
    return builder().name(name).kind(kind).required(false).build();
  }

  /**
   * A builder of asks.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.identifier("ArtifactAsk", name());
  }

  /** Builds an {@link ArtifactAsk}; see {@link ArtifactAsk#builder()}. */
  public static final class Builder extends ImmutableArtifactAsk.Builder {
    Builder() {}
  }
}
