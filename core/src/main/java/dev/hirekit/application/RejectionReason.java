package dev.hirekit.application;

import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why an application was rejected: a side of the taxonomy, a code from the user's own list and an
 * optional note. The code and the note are free text a user may fill with anything, personal data
 * included: {@code toString()} never shows them, messages never repeat them, and {@code
 * Application.anonymize()} erases both (the code becomes {@code Application.ERASED}).
 *
 * <pre>{@code
 * RejectionReason reason = RejectionReason.of(RejectionSide.WE_REJECTED, "take-home-below-bar")
 *     .withNote("tests missing");
 * }</pre>
 */
@Value.Immutable
public abstract class RejectionReason {

  RejectionReason() {}

  /**
   * Who decided.
   *
   * @return the side
   */
  @Value.Parameter
  public abstract RejectionSide side();

  /**
   * A code from the user's taxonomy, e.g. {@code "skills-gap"}.
   *
   * @return the code
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String code();

  /**
   * A note.
   *
   * @return the note
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * A reason without note.
   *
   * @param side who decided
   * @param code the code, not blank, without control characters
   * @return the reason
   * @throws dev.hirekit.InvalidValueException if either is missing or the code is blank or holds
   *     a control character
   */
  public static RejectionReason of(RejectionSide side, String code) {
    return ImmutableRejectionReason.of(side, code);
  }

  /**
   * A copy with another side.
   *
   * @param value the side
   * @return the copy
   */
  public abstract RejectionReason withSide(RejectionSide value);

  /**
   * A copy with another code.
   *
   * @param value the code
   * @return the copy
   */
  public abstract RejectionReason withCode(String value);

  /**
   * A copy with a note.
   *
   * @param value the note
   * @return the copy
   */
  public abstract RejectionReason withNote(String value);

  @Value.Check
  void check() {
    Require.name("RejectionReason", "code", code());
    note().ifPresent(n -> Require.nonBlank("RejectionReason", "note", n));
  }
}
