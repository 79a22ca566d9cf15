package dev.hirekit.json.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON names of one enum's constants.
 *
 * @param <E> the enum
 */
final class EnumFormat<E extends Enum<E>> {
  private final Class<E> type;
  private final Map<E, String> names;
  private final Map<String, E> constants;

  private EnumFormat(Class<E> type, Map<E, String> names, Map<String, E> constants) {
    this.type = type;
    this.names = names;
    this.constants = constants;
  }

  /**
   * The names, as pairs of a constant and its name.
   *
   * @throws IllegalStateException if a constant lacks a name or a name repeats
   */
  static <E extends Enum<E>> EnumFormat<E> of(Class<E> type, Object... pairs) {
    Map<E, String> names = new EnumMap<>(type);
    Map<String, E> constants = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      E constant = type.cast(pairs[i]);
      String name = (String) pairs[i + 1];
      if (names.put(constant, name) != null || constants.put(name, constant) != null) {
        throw new IllegalStateException(type.getName() + ": " + constant + " or " + name
            + " given twice");
      }
    }
    if (names.size() != type.getEnumConstants().length) {
      throw new IllegalStateException(type.getName() + ": a constant has no JSON name");
    }
    return new EnumFormat<>(type, names, constants);
  }

  Class<E> type() {
    return type;
  }

  String name(E constant) {
    return names.get(constant);
  }

  Map<String, E> constants() {
    return constants;
  }

  E read(Node node) {
    E constant = constants.get(node.text());
    if (constant == null) {
      throw node.problem("is not a known " + type.getSimpleName() + "; expected one of "
          + String.join(", ", constants.keySet()));
    }
    return constant;
  }

  TypeFormat<E> format() {
    return TypeFormat.of(type, this::name, this::read);
  }
}
