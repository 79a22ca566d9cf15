package dev.hirekit;

import java.util.Objects;

/**
 * Thrown when a value cannot be built because one of its fields breaks a rule of the value.
 *
 * <p>The message names the type, the field, what was wrong and what is allowed instead. Values
 * that hold personal data are never echoed in the message.
 *
 * <p><b>Bad arguments: one contract.</b> Every bad argument to a public factory ({@code of},
 * {@code builder}, named factories such as {@code Source.agency}), a builder setter, a {@code
 * with*} copy or {@code build()} of a value type throws this exception, whose {@link #type()} and
 * {@link #field()} name the value type and the field: a missing (null) argument or collection
 * element, a required field left unset at {@code build()}, text that is blank (including text of
 * invisible characters only), a name or identifier holding a control character, and a number
 * beyond its documented bounds. No {@code NullPointerException} or {@code
 * IllegalStateException} escapes them, with one exception: a null collection, array or optional
 * ({@code Optional}, {@code OptionalInt}) itself (not a null element) given to a generated
 * setter or copy, such as {@code tags((Iterable<String>) null)}, {@code withTags(null)} or
 * {@code maxInProcess((OptionalInt) null)}, throws {@code NullPointerException}.
 * The actions of {@code Application}, {@code Role} and {@code Offer} keep their own exceptions,
 * as documented on each.
 *
 * <p><b>Hostile input.</b> Checks take time bounded by the size of the input and refuse oversized
 * numbers before any arithmetic on them. A message never repeats raw input: fields that may hold
 * personal data (names, contact details, free text) are never echoed, an identifier's value is
 * never echoed (the message gives the position and code point of the offending character), and
 * other input (a currency or country code, an amount as text) at most as a short escaped prefix
 * (32 code points; control, format, bidirectional and non-ASCII characters written as <code>
 * &#92;uXXXX</code>).
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
