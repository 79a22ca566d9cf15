package dev.hirekit.json.internal;

import dev.hirekit.InvalidValueException;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the {@link Tree neutral tree} with its JSON path, read by the formats: every getter
 * checks the JSON kind and throws a {@link FormatException} naming the path and the problem,
 * never the value.
 */
public final class Node {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
  private static final int MAX_DECIMAL_TEXT = 64;

  private final Object value;
  // The path is built only when asked for (mostly to name a problem): a node knows its parent
  // and its step from there: a field's name, a key's name (key true) or an item's index.
  private final Node parent;
  private final String name;
  private final int index;
  private final boolean key;

  private Node(Object value, Node parent, String name, int index, boolean key) {
    this.value = value;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.key = key;
  }

  /**
   * The document's root, path {@code $}.
   *
   * @param value the tree
   * @return the node
   */
  public static Node root(Object value) {
    return new Node(value, null, null, -1, false);
  }

  /**
   * The JSON path.
   *
   * @return the path
   */
  public String path() {
    StringBuilder path = new StringBuilder();
    appendPath(path);
    return path.toString();
  }

  private void appendPath(StringBuilder path) {
    if (parent == null) {
      path.append('$');
      return;
    }
    parent.appendPath(path);
    if (name == null) {
      path.append('[').append(index).append(']');
    } else {
      path.append('.').append(name).append(key ? "<key>" : "");
    }
  }

  /**
   * The tree value.
   *
   * @return the value
   */
  public Object value() {
    return value;
  }

  /**
   * A problem here.
   *
   * @param problem what is wrong
   * @return the exception to throw
   */
  public FormatException problem(String problem) {
    return new FormatException(path(), problem);
  }

  /**
   * A required field of this object.
   *
   * @param name the field
   * @return the field's node
   * @throws FormatException if this is not an object or the field is missing or null
   */
  public Node field(String name) {
    return optional(name).orElseThrow(() -> new FormatException(path() + "." + name,
        "is missing; it is required"));
  }

  /**
   * An optional field of this object: absent and {@code null} are both empty.
   *
   * @param name the field
   * @return the field's node, or empty
   * @throws FormatException if this is not an object
   */
  public Optional<Node> optional(String name) {
    Object field = object().get(name);
    return field == null ? Optional.empty()
        : Optional.of(new Node(field, this, name, -1, false));
  }

  /**
   * A key of this object as a string node, for maps keyed by ids.
   *
   * @param name the key
   * @return the key's node
   */
  public Node key(String name) {
    return new Node(name, this, name, -1, true);
  }

  /**
   * The key of an entry of this object, for maps keyed by free text (which may be personal data)
   * or enum names (an unknown one is input): a string node whose path names the entry's position
   * in the object, never the key, such as {@code $.rejectedByCode.<key 2>}.
   *
   * <pre>{@code
   * RejectionSide side = EnumNames.REJECTION_SIDE.read(node.entryKey("we_rejected", 0));
   * }</pre>
   *
   * @param name the key
   * @param position the entry's position, from 0, in the object's order
   * @return the key's node
   */
  public Node entryKey(String name, int position) {
    return new Node(name, this, "<key " + position + ">", -1, false);
  }

  /**
   * The value of an entry of this object, for maps keyed by free text or enum names: its path
   * names the entry's position in the object, never the key, such as {@code
   * $.rejectedByCode.<entry 2>}.
   *
   * <pre>{@code
   * long count = node.entry("not-now", 0).whole();  // a problem names ...<entry 0>
   * }</pre>
   *
   * @param name the key
   * @param position the entry's position, from 0, in the object's order
   * @return the value's node
   * @throws FormatException if this is not an object, or the value is null
   */
  public Node entry(String name, int position) {
    Node entry = new Node(object().get(name), this, "<entry " + position + ">", -1, false);
    if (entry.value == null) {
      throw entry.problem("is null; an object of the format holds no null");
    }
    return entry;
  }

  /**
   * Reads a required field.
   *
   * @param name the field
   * @param read how to read it
   * @param <T> the type read
   * @return the value
   */
  public <T> T get(String name, Function<Node, T> read) {
    return field(name).as(read);
  }

  /**
   * Reads an optional field.
   *
   * @param name the field
   * @param read how to read it
   * @param <T> the type read
   * @return the value, or empty when the field is absent or null
   */
  public <T> Optional<T> find(String name, Function<Node, T> read) {
    return optional(name).map(node -> node.as(read));
  }

  /**
   * Reads a required array field.
   *
   * @param name the field
   * @param read how to read each item
   * @param <T> the item type
   * @return the items, in order
   */
  public <T> List<T> list(String name, Function<Node, T> read) {
    return field(name).items(read);
  }

  /**
   * Reads this node, turning the domain's refusal of a value into a {@link FormatException} at
   * this path.
   *
   * @param read how to read it
   * @param <T> the type read
   * @return the value
   */
  public <T> T as(Function<Node, T> read) {
    try {
      return read.apply(this);
    } catch (InvalidValueException | IllegalTransitionException | DateTimeException
        | ArithmeticException e) {
      throw new FormatException(path(), e.getMessage());
    }
  }

  /**
   * This object's fields.
   *
   * @return the fields, in order
   */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object() {
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    throw problem("is " + Tree.kind(value) + "; expected an object");
  }

  /**
   * This array's items.
   *
   * @param read how to read each item
   * @param <T> the item type
   * @return the items, in order
   */
  public <T> List<T> items(Function<Node, T> read) {
    if (!(value instanceof List)) {
      throw problem("is " + Tree.kind(value) + "; expected an array");
    }
    List<?> items = (List<?>) value;
    List<T> result = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Node item = new Node(items.get(i), this, null, i, false);
      if (item.value == null) {
        throw item.problem("is null; an array of the format holds no null");
      }
      result.add(item.as(read));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * This string.
   *
   * @return the text
   */
  public String text() {
    if (value instanceof String) {
      return (String) value;
    }
    throw problem("is " + Tree.kind(value) + "; expected a string");
  }

  /**
   * This boolean.
   *
   * @return the value
   */
  public boolean bool() {
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    throw problem("is " + Tree.kind(value) + "; expected true or false");
  }

  /**
   * This whole number.
   *
   * @return the number
   */
  public long whole() {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger) {
      throw problem("is a whole number out of range; expected at most 19 digits");
    }
    throw problem("is " + Tree.kind(value) + "; expected a whole number");
  }

  /**
   * This whole number, as an {@code int}.
   *
   * @return the number
   */
  public int integer() {
    long whole = whole();
    if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
      throw problem("is a whole number out of range; expected at most 2147483647");
    }
    return (int) whole;
  }

  /**
   * A decimal written as a string, such as {@code "185000.00"}.
   *
   * @return the decimal
   */
  public BigDecimal decimal() {
    String text = text();
    if (text.length() > MAX_DECIMAL_TEXT || !text.matches("-?\\d+(\\.\\d+)?")) {
      throw problem("is not a plain decimal; expected digits with an optional fraction, such"
          + " as \"185000.00\"");
    }
    return new BigDecimal(text);
  }

  /**
   * An ISO-8601 UTC instant, such as {@code "2026-11-30T09:00:00Z"}.
   *
   * @return the instant
   */
  public Instant instant() {
    String text = text();
    Matcher matcher = INSTANT.matcher(text);
    if (!matcher.matches()) {
      throw problem("is not an ISO-8601 UTC instant; expected such as"
          + " \"2026-11-30T09:00:00Z\"");
    }
    try {
      // The seconds are optional (as in the schema's pattern); Instant.parse requires them.
      return Instant.parse(matcher.group(1) != null ? text
          : text.substring(0, text.length() - 1) + ":00Z");
    } catch (DateTimeException e) {
      throw problem("is not a valid instant; expected such as \"2026-11-30T09:00:00Z\"");
    }
  }

  /**
   * A date, {@code yyyy-MM-dd}.
   *
   * @return the date
   */
  public LocalDate date() {
    String text = text();
    if (!DATE.matcher(text).matches()) {
      throw problem("is not a date; expected yyyy-MM-dd, such as \"2027-01-04\"");
    }
    try {
      return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeException e) {
      throw problem("is not a valid date; expected yyyy-MM-dd, such as \"2027-01-04\"");
    }
  }

  /**
   * An ISO-8601 duration, such as {@code "PT30M"}.
   *
   * @return the duration
   */
  public Duration duration() {
    String text = text();
    if (text.length() > MAX_DECIMAL_TEXT) {
      throw problem("is not an ISO-8601 duration; expected such as \"PT30M\"");
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw problem("is not an ISO-8601 duration; expected such as \"PT30M\"");
    }
  }

  /**
   * A UTC offset, such as {@code "-08:00"} or {@code "Z"}.
   *
   * @return the offset
   */
  public ZoneOffset offset() {
    String text = text();
    try {
      return ZoneOffset.of(text);
    } catch (DateTimeException e) {
      throw problem("is not a UTC offset; expected such as \"-08:00\" or \"Z\"");
    }
  }

  /**
   * An absolute URI.
   *
   * @return the URI
   */
  public URI uri() {
    String text = text();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw problem("is not a URI; expected such as \"https://example.com/jobs/1\"");
    }
  }
}
