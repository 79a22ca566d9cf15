package dev.hirekit.jackson3.ser;

import dev.hirekit.json.internal.TypeFormat;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value through the format's tree, so the output never depends on the mapper's
 * settings.
 *
 * <pre>{@code
 * module.addSerializer(Money.class, new TreeSerializer<>(Money.class, Formats.of(Money.class)::write));
 * }</pre>
 *
 * @param <T> the type written
 */
public final class TreeSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Function<? super T, Object> tree;

  /**
   * A serializer.
   *
   * @param type the type written
   * @param tree how a value becomes a tree
   */
  public TreeSerializer(Class<T> type, Function<? super T, Object> tree) {
    super(type);
    this.tree = tree;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext provider)
      {
    TreeWriter.write(tree.apply(value), gen);
  }

  /**
   * Writes an id or an enum as the name of a field, for maps keyed by them.
   *
   * <pre>{@code
   * module.addKeySerializer(StageId.class, new TreeSerializer.Key<>(Formats.of(StageId.class)));
   * }</pre>
   *
   * @param <T> the key type
   */
  public static final class Key<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient TypeFormat<T> format;

    /**
     * A key serializer.
     *
     * @param format the format of a textual type
     */
    public Key(TypeFormat<T> format) {
      super(format.type());
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider)
        {
      gen.writeName((String) format.write(value));
    }
  }
}
