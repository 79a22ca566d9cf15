package dev.hirekit.json.internal;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one Java type is written to the {@link Tree neutral tree} and read back from it.
 *
 * @param <T> the type
 */
public final class TypeFormat<T> {
  private final Class<T> type;
  private final Function<? super T, Object> write;
  private final BiFunction<Node, Loading, ? extends T> read;

  private TypeFormat(Class<T> type, Function<? super T, Object> write,
      BiFunction<Node, Loading, ? extends T> read) {
    this.type = type;
    this.write = write;
    this.read = read;
  }

  static <T> TypeFormat<T> of(Class<T> type, Function<? super T, Object> write,
      Function<Node, ? extends T> read) {
    return new TypeFormat<>(type, write, (node, loading) -> read.apply(node));
  }

  static <T> TypeFormat<T> loaded(Class<T> type, Function<? super T, Object> write,
      BiFunction<Node, Loading, ? extends T> read) {
    return new TypeFormat<>(type, write, read);
  }

  /**
   * The type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes a value.
   *
   * @param value the value, of this type
   * @return its tree
   */
  public Object write(Object value) {
    return write.apply(type.cast(value));
  }

  /**
   * Reads a value; the domain's refusal of a value becomes a {@link FormatException} at the
   * node's path.
   *
   * @param node where
   * @param loading how aggregates are rebuilt
   * @return the value
   * @throws FormatException if the tree does not hold a valid value of the type
   */
  public T read(Node node, Loading loading) {
    return node.as(n -> read.apply(n, loading));
  }
}
