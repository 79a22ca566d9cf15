package dev.hirekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The JSON Schema resources and their accessors. */
class SchemaTest {

  @Test
  void everySchemaHasItsNamesAndText() throws IOException {
    assertThat(Schema.values()).hasSize(10);
    for (Schema schema : Schema.values()) {
      String name = schema.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(schema.fileName()).isEqualTo(name + ".schema.json");
      assertThat(schema.resource()).isEqualTo("dev/hirekit/json/schema/" + name + ".schema.json");
      assertThat(schema.id()).isEqualTo(URI.create("https://hirekit.dev/schema/1/" + name
          + ".schema.json"));
      String text = schema.text();
      assertThat(text).startsWith("{").contains("\"$id\": \"" + schema.id() + "\"");
      try (InputStream in = schema.open()) {
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo(text);
      }
      assertThat(Schema.class.getClassLoader().getResource(schema.resource())).isNotNull();
      assertThat(Schema.ofId(schema.id().toString())).contains(schema);
      assertThat(Schema.ofId(schema.id() + "#/$defs/x")).contains(schema);
      assertThat(Schema.ofId(schema.id() + "#")).contains(schema);
    }
    assertThat(Arrays.stream(Schema.values()).map(Schema::fileName)).doesNotHaveDuplicates();
  }

  @Test
  void anUnknownIdIsEmpty() {
    assertThat(Schema.ofId("https://hirekit.dev/schema/1/nothing.schema.json")).isEmpty();
    assertThat(Schema.ofId("https://hirekit.dev/schema/2/event.schema.json")).isEmpty();
    assertThat(Schema.ofId("#https://hirekit.dev/schema/1/event.schema.json")).isEmpty();
    assertThat(Schema.ofId("")).isEmpty();
  }
}
