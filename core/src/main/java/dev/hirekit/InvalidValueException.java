package dev.hirekit;

import java.util.Objects;

/**
 * Thrown when a value cannot be built because one of its fields breaks a rule of the value.
 *
 * <p>The message names the type, the field, what was wrong and what is allowed instead. Values
 * that hold personal data are never echoed in the message.
 *
 * <pre>{@code
 * try {
 *   PayRange.of(Money.of("200", "USD"), Money.of("100", "USD"), PayPeriod.YEARLY);
 * } catch (InvalidValueException e) {
 *   e.type();  // "PayRange"
 *   e.field(); // "max"
 * }
 * }</pre>
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The simple name of the value type. */
  private final String type;

  /** The field that broke the rule. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param type the simple name of the value type, e.g. {@code "Role"}
   * @param field the field that broke the rule, e.g. {@code "title"}
   * @param problem what was wrong and what is allowed instead
   */
  public InvalidValueException(String type, String field, String problem) {
    super(Objects.requireNonNull(type, "type") + "." + Objects.requireNonNull(field, "field")
        + ": " + Objects.requireNonNull(problem, "problem"));
    this.type = type;
    this.field = field;
  }

  /**
   * The value type whose construction failed.
   *
   * @return the simple type name
   */
  public String type() {
    return type;
  }

  /**
   * The field that broke the rule.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }
}
