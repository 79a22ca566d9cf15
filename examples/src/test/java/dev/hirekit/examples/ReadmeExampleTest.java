package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.HiringPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  @Test
  void theExampleRunsAndEndsBackAtTheCall() {
    Application app = ReadmeExample.run(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(app.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(app.stage()).get().extracting(Object::toString).isEqualTo("call");
  }

  @Test
  void theReadmeShowsTheCompiledExample() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/hirekit/examples/ReadmeExample.java"));
    Matcher region = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end",
        Pattern.DOTALL).matcher(source);
    assertThat(region.find()).isTrue();
    String example = region.group(1).stripIndent();
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("```java\n" + example + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "team") + "\n"
        + marked(source, "load") + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "subject") + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "store") + "\n```");
  }

  private static String marked(String source, String name) {
    Matcher region = Pattern.compile("// README:" + name + "-begin\\n(.*?)\\n\\s*// README:"
        + name + "-end", Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("README region %s", name).isTrue();
    return region.group(1).stripIndent();
  }

  @Test
  void theStoreExampleAppendsTheOneNewEventAndTheSubjectPolicyKeepsHiringToManagers() {
    assertThat(ReadmeExample.store(Instant.parse("2026-03-02T09:00:00Z")))
        .singleElement()
        .satisfies(e -> assertThat(e.sequence()).isEqualTo(2))
        .satisfies(e -> assertThat(e.type()).isEqualTo("application.advanced"));
  }

  @Test
  void theTeamPolicyExampleCreatesAndLoadsUnderTheTeam() {
    Application loaded = ReadmeExample.team(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(loaded.hiringTeam().members()).hasSize(1);
    assertThat(loaded.policy()).isEqualTo(HiringPolicy.team().applications());
  }
}
