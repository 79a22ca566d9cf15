package dev.hirekit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hirekit.application.HiringPolicy;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.money.Money;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** How this module's reader and writer meet Jackson 3's parser and generator. */
class TreeReadingTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new HirekitModule()).build();

  @Test
  void aValueReadFromInsideAnObjectStartsAtItsFirstFieldName() throws Exception {
    try (JsonParser parser = MAPPER.createParser("{\"amount\":\"1.50\",\"currency\":\"EUR\"}")) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(parser.nextToken()).isEqualTo(JsonToken.PROPERTY_NAME);
      assertThat(MAPPER.readValue(parser, Money.class)).isEqualTo(Money.of("1.50", "EUR"));
    }
  }

  @Test
  void numbersOfEveryKindReachTheFormatAsNumbers() {
    for (String amount : new String[] {"1.5", "12", "123456789012345678901234567890", "true",
        "null", "[]", "{}"}) {
      Throwable thrown = catchThrowable(() -> MAPPER.readValue(
          "{\"amount\":" + amount + ",\"currency\":\"EUR\"}", Money.class));
      assertThat(thrown).isInstanceOf(JacksonException.class)
          .hasMessageContaining("$.amount");
    }
  }

  @Test
  void aDocumentThatEndsEarlyNamesWhereAndNotWhat() {
    Throwable thrown = catchThrowable(() -> MAPPER.readValue(
        "{\"amount\":\"1.50\",\"currency\":[\"EU", Money.class));
    assertThat(thrown).isInstanceOf(JacksonException.class)
        .hasMessageNotContaining("EU\"").hasMessageContaining("$.currency");
  }

  @Test
  void idsAndEnumsAreMapKeys() throws Exception {
    Map<StageId, StageKind> kinds = new LinkedHashMap<>();
    kinds.put(StageId.of("call"), StageKind.SCREEN);
    kinds.put(StageId.of("take-home"), StageKind.ASSESSMENT);
    String json = MAPPER.writeValueAsString(kinds);
    assertThat(json).isEqualTo("{\"call\":\"screen\",\"take-home\":\"assessment\"}");
    assertThat(MAPPER.readValue(json, new TypeReference<Map<StageId, StageKind>>() {}))
        .isEqualTo(kinds);
    Map<StageKind, Integer> counts = Map.of(StageKind.OFFER, 2);
    assertThat(MAPPER.writeValueAsString(counts)).isEqualTo("{\"offer\":2}");
    assertThat(MAPPER.readValue("{\"offer\":2}", new TypeReference<Map<StageKind, Integer>>() {}))
        .isEqualTo(counts);
    Throwable thrown = catchThrowable(() -> MAPPER.readValue("{\"no such kind\":2}",
        new TypeReference<Map<StageKind, Integer>>() {}));
    assertThat(thrown).isInstanceOf(JacksonException.class)
        .hasMessageContaining("is not a known StageKind");
  }

  @Test
  void aModuleMayReplayUnderTheCallersPolicies() throws Exception {
    Role role = Seed.hire().role();
    String json = MAPPER.writeValueAsString(role);
    ObjectMapper replaying = JsonMapper.builder().addModule(HirekitModule.replayingWith(
        HiringPolicy.roles(), Role.DEFAULT_POLICY)).build();
    assertThat(replaying.readValue(json, Role.class)).isEqualTo(role);
    ObjectMapper loading = JsonMapper.builder().addModule(HirekitModule.loadingWith(
        HiringPolicy.roles(), Role.DEFAULT_POLICY)).build();
    assertThat(loading.readValue(json, Role.class)).isEqualTo(role);
  }
}
