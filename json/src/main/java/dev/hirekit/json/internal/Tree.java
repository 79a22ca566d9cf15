package dev.hirekit.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The neutral tree both Jackson modules read into and write from: a JSON object is a {@code
 * Map<String, Object>} in field order, an array a {@code List<Object>}, a string a {@link String},
 * a number a {@link Long}, {@link Integer}, {@link BigInteger} or {@link BigDecimal}, a boolean a
 * {@link Boolean}, and JSON {@code null} is {@code null}. The format never writes {@code null}:
 * an absent optional value is an absent field.
 */
public final class Tree {
  private Tree() {}

  /**
   * The JSON kind of a tree value, for messages.
   *
   * @param value a tree value
   * @return "an object", "an array", "a string", "a number", "a boolean" or "null"
   */
  public static String kind(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof Map) {
      return "an object";
    } else if (value instanceof List) {
      return "an array";
    } else if (value instanceof String) {
      return "a string";
    } else if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }
}
