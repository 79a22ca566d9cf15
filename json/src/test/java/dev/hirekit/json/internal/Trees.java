package dev.hirekit.json.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mutable deep copies of written trees, for tests that forge documents. */
final class Trees {
  private Trees() {}

  @SuppressWarnings("unchecked")
  static <T> T copy(T tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) tree).forEach((k, v) -> copy.put(k, copy(v)));
      return (T) copy;
    } else if (tree instanceof List) {
      List<Object> copy = new ArrayList<>();
      ((List<Object>) tree).forEach(v -> copy.add(copy(v)));
      return (T) copy;
    }
    return tree;
  }

  /** The written tree of a value, as a mutable object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> written(Object value) {
    return (Map<String, Object>) copy(Formats.write(value));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object tree) {
    return (Map<String, Object>) tree;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object tree) {
    return (List<Object>) tree;
  }
}
