package dev.hirekit.jackson3.deser;

import dev.hirekit.json.internal.FormatException;
import dev.hirekit.json.internal.Loading;
import dev.hirekit.json.internal.Node;
import dev.hirekit.json.internal.TypeFormat;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads an id or an enum from the name of a field, for maps keyed by them.
 *
 * <pre>{@code
 * module.addKeyDeserializer(StageId.class, new TreeKeyDeserializer(Formats.of(StageId.class)));
 * }</pre>
 */
public final class TreeKeyDeserializer extends KeyDeserializer {
  private final TypeFormat<?> format;

  /**
   * A key deserializer.
   *
   * @param format the format of a textual type
   */
  public TreeKeyDeserializer(TypeFormat<?> format) {
    this.format = format;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) {
    try {
      return format.read(Node.root(key), Loading.REPLAY);
    } catch (FormatException e) {
      throw InvalidFormatException.from(ctxt.getParser(), "a key " + e.getMessage(), null,
          format.type());
    }
  }
}
