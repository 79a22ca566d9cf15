package dev.hirekit.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A JSON object of the {@link Tree neutral tree} being written, fields in the order put. */
public final class Obj {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Obj() {}

  /**
   * An empty object.
   *
   * @return the object
   */
  public static Obj of() {
    return new Obj();
  }

  /**
   * Adds a field.
   *
   * @param name the field
   * @param value its tree value, not null
   * @return this object
   */
  public Obj put(String name, Object value) {
    if (value == null) {
      throw new IllegalStateException("the format writes no null; " + name + " is null");
    }
    fields.put(name, value);
    return this;
  }

  /**
   * Adds a field when the value is present; an absent value is an absent field.
   *
   * @param name the field
   * @param value the value
   * @param write how to write it
   * @param <T> its type
   * @return this object
   */
  public <T> Obj put(String name, Optional<T> value, Function<? super T, Object> write) {
    value.ifPresent(v -> put(name, write.apply(v)));
    return this;
  }

  /**
   * The tree.
   *
   * @return the fields, in order, unmodifiable
   */
  public Map<String, Object> tree() {
    return Collections.unmodifiableMap(fields);
  }
}
