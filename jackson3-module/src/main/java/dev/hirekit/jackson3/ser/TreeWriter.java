package dev.hirekit.jackson3.ser;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** Writes the format's neutral tree with Jackson 3's generator. */
final class TreeWriter {
  private TreeWriter() {}

  static void write(Object value, JsonGenerator gen) {
    if (value instanceof Map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> field : ((Map<?, ?>) value).entrySet()) {
        gen.writeName((String) field.getKey());
        write(field.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (value instanceof List) {
      gen.writeStartArray();
      for (Object item : (List<?>) value) {
        write(item, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof String) {
      gen.writeString((String) value);
    } else if (value instanceof Boolean) {
      gen.writeBoolean((Boolean) value);
    } else if (value instanceof BigDecimal) {
      gen.writeNumber(((BigDecimal) value).toPlainString());
    } else if (value instanceof Number) {
      gen.writeNumber(((Number) value).longValue());
    } else {
      throw new IllegalStateException("the format's tree holds no " + value);
    }
  }
}
