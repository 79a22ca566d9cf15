package dev.hirekit.internal;

import dev.hirekit.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the generated {@code Immutable*} code of every value type throws for a null argument or
 * element and for a required attribute left unset at {@code build()}: an {@link
 * InvalidValueException} naming the value type and the field. The generated code passes only the
 * attribute name (e.g. {@code "min"}, or {@code "locations element"} for a null element of a
 * collection), so the value type is found on the call stack, on this failure path only: the
 * nearest frame of a generated {@code ImmutableFoo} or {@code ImmutableFoo.Builder} names it
 * {@code Foo}.
 */
public final class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private static final String PREFIX = "Immutable";

  /**
   * A null argument: thrown by generated constructors, setters, {@code with*} copies and
   * factories.
   *
   * @param attribute the attribute, e.g. {@code "min"}, or {@code "locations element"} for a null
   *     element of a collection
   */
  public MissingValueException(String attribute) {
    this(callerType(), attribute);
  }

  /**
   * Required attributes left unset at {@code build()}.
   *
   * @param missing the names of the unset attributes
   */
  public MissingValueException(String[] missing) {
    this(callerType(), List.copyOf(Arrays.asList(missing)));
  }

  private MissingValueException(String type, String attribute) {
    super(type, field(attribute), problem(attribute));
  }

  private MissingValueException(String type, List<String> missing) {
    super(type, missing.isEmpty() ? "?" : missing.get(0), missing.size() <= 1
        ? "is required but was not set; set it before build()"
        : "is required but was not set, and so are " + String.join(", ", missing.subList(1,
            missing.size())) + "; set them before build()");
  }

  /**
   * A null argument or element of a hand-written factory of a value type.
   *
   * @param type the simple name of the value type
   * @param field the parameter
   * @return the exception to throw
   */
  public static InvalidValueException of(String type, String field) {
    return new MissingValueException(type, field);
  }

  private static String field(String attribute) {
    int space = attribute.indexOf(' ');
    return space < 0 ? attribute : attribute.substring(0, space);
  }

  private static String problem(String attribute) {
    int space = attribute.indexOf(' ');
    return space < 0 ? "is missing (null); give a value"
        : "holds a missing (null) " + attribute.substring(space + 1) + "; remove it";
  }

  /** The value type of the nearest generated {@code Immutable*} frame, e.g. "PayRange". */
  static String callerType() {
    Optional<String> type = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
            .map(MissingValueException::valueType)
            .flatMap(Optional::stream)
            .findFirst());
    return type.orElse("value");
  }

  /** "PayRange" for ImmutablePayRange and ImmutablePayRange.Builder; empty for other classes. */
  static Optional<String> valueType(Class<?> frame) {
    Class<?> outer = frame;
    while (outer.getEnclosingClass() != null) {
      outer = outer.getEnclosingClass();
    }
    String name = outer.getSimpleName();
    if (!outer.getPackageName().startsWith("dev.hirekit") || !name.startsWith(PREFIX)
        || name.length() == PREFIX.length()) {
      return Optional.empty();
    }
    return Optional.of(name.substring(PREFIX.length()));
  }
}
