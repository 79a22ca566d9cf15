package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import org.junit.jupiter.api.Test;

/**
 * The suite runs twice per module, on the oldest supported Jackson (compiled against) and on the
 * newest; this proves which one is on the path, so the matrix cannot silently collapse.
 */
class JacksonVersionTest {

  @Test
  void theJacksonOnThePathIsTheOneThisRunTests() {
    assertThat(System.getProperty("hirekit.jackson.expected")).isNotBlank();
    assertThat(JSON.jacksonVersion()).isEqualTo(System.getProperty("hirekit.jackson.expected"));
  }

  @Test
  void aMapperThatFindsModulesFindsHirekit() throws Exception {
    Application application = Seed.hire().application();
    Json discovered = JSON.discovered();
    assertThat(discovered.write(application)).isEqualTo(JSON.write(application));
    assertThat(discovered.read(JSON.write(application), Application.class))
        .isEqualTo(application);
  }
}
