package dev.hirekit.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hirekit.role.RoleId;
import org.junit.jupiter.api.Test;

/**
 * Until the JSON format lands (its own issue), this module only proves that core and Jackson meet:
 * a plain {@link ObjectMapper} already round-trips an identifier record as an object.
 */
class CoreOnJacksonTest {

  @Test
  void plainMapperRoundTripsAnIdentifierRecord() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String json = mapper.writeValueAsString(RoleId.of("fde-sf"));

    assertThat(json).isEqualTo("{\"value\":\"fde-sf\"}");
    assertThat(mapper.readValue(json, RoleId.class)).isEqualTo(RoleId.of("fde-sf"));
  }
}
