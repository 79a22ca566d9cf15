package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves that Immutables never reaches a user's runtime class path: the runtime dependencies that
 * Maven resolves for hirekit-core (written by {@code dependency:list} before the tests run) are
 * exactly {@code slf4j-api}.
 */
class RuntimeDependenciesTest {
  private static final Pattern ARTIFACT =
      Pattern.compile("^\\s*([\\w.-]+):([\\w.-]+):jar:[\\w.-]+:(compile|runtime)\\b.*$");

  static List<String> runtimeArtifacts(List<String> lines) {
    return lines.stream()
        .map(ARTIFACT::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1) + ":" + m.group(2))
        .collect(Collectors.toList());
  }

  @Test
  void coreRuntimeDependenciesAreExactlySlf4jApi() throws IOException {
    String listing = System.getProperty("hirekit.runtimeDependencies");
    assertThat(listing).as("set by the core pom for surefire").isNotNull();
    List<String> lines = Files.readAllLines(Path.of(listing));
    assertThat(runtimeArtifacts(lines)).containsExactly("org.slf4j:slf4j-api");
  }

  @Test
  void listingParserSeesEveryRuntimeArtifactAndNoTestOne() {
    List<String> lines = List.of(
        "The following files have been resolved:",
        "   org.slf4j:slf4j-api:jar:2.0.20:compile -- module org.slf4j",
        "   org.immutables:value:jar:2.12.2:runtime",
        "   org.assertj:assertj-core:jar:3.27.7:test");
    assertThat(runtimeArtifacts(lines))
        .containsExactly("org.slf4j:slf4j-api", "org.immutables:value");
  }
}
