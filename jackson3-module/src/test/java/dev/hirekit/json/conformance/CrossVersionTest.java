package dev.hirekit.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * For every type, the Jackson 2 module and the Jackson 3 module write the same bytes, and each
 * reads what the other wrote into an equal value.
 */
class CrossVersionTest {
  static final int TRIES = Math.max(1, Integer.getInteger("hirekit.json.tries", 1_000) / 5);

  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new dev.hirekit.jackson.HirekitModule());
  private static final JsonMapper JACKSON3 = JsonMapper.builder()
      .addModule(new dev.hirekit.jackson3.HirekitModule()).build();

  @TestFactory
  Stream<DynamicTest> bothModulesWriteTheSameBytesAndReadEachOther() {
    return EveryType.ARBITRARIES.entrySet().stream().map(entry -> DynamicTest.dynamicTest(
        entry.getKey().getSimpleName(), () -> agree(entry.getKey(), entry.getValue())));
  }

  private static void agree(Class<?> type, Arbitrary<?> arbitrary) throws Exception {
    List<?> values = arbitrary.sampleStream().limit(TRIES).collect(Collectors.toList());
    for (Object value : values) {
      String two = JACKSON2.writeValueAsString(value);
      String three = JACKSON3.writeValueAsString(value);
      assertThat(two).isEqualTo(three);
      assertThat(JACKSON2.readValue(three, type)).isEqualTo(value);
      assertThat(JACKSON3.readValue(two, type)).isEqualTo(value);
    }
  }
}
