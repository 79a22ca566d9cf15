package dev.hirekit.jackson3.deser;

import dev.hirekit.json.internal.FormatException;
import dev.hirekit.json.internal.Loading;
import dev.hirekit.json.internal.Node;
import dev.hirekit.json.internal.TypeFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads a value through the format's tree: a document that breaks the format or a rule of the
 * domain is a {@link MismatchedInputException} naming the JSON path and the problem.
 *
 * <pre>{@code
 * module.addDeserializer(Money.class, new TreeDeserializer<>(Formats.of(Money.class), Loading.REPLAY));
 * }</pre>
 *
 * @param <T> the type read
 */
public final class TreeDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient TypeFormat<T> format;
  private final transient Loading loading;

  /**
   * A deserializer.
   *
   * @param format the type's format
   * @param loading how applications and roles are rebuilt
   */
  public TreeDeserializer(TypeFormat<T> format, Loading loading) {
    super(format.type());
    this.format = format;
    this.loading = loading;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    Object tree = TreeReader.read(p);
    try {
      return format.read(Node.root(tree), loading);
    } catch (FormatException e) {
      throw MismatchedInputException.from(p, format.type(), e.getMessage());
    }
  }
}
