package dev.hirekit.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The staged release as a public repository would take it: exactly the published artifacts,
 * each POM flattened (no parent, no build settings, no profiles, no property left to resolve, no
 * SNAPSHOT) with the metadata a repository asks for, and each jar with its sources, Javadoc and
 * SBOM beside it.
 */
class PublishedPomsTest {
  private static final List<String> PUBLISHED = List.of("hirekit-bom", "hirekit-core",
      "hirekit-jackson", "hirekit-jackson3", "hirekit-json", "hirekit-testing");

  private static final Path STAGING = Path.of(URI.create(System.getProperty("hirekit.staging")));
  private static final String VERSION = System.getProperty("hirekit.version");

  private static Path dir(String artifact) {
    return STAGING.resolve("dev/hirekit").resolve(artifact).resolve(VERSION);
  }

  @Test
  void exactlyThePublishedArtifactsAreStaged() throws IOException {
    try (Stream<Path> artifacts = Files.list(STAGING.resolve("dev/hirekit"))) {
      assertThat(artifacts.map(p -> p.getFileName().toString()).sorted()
          .collect(Collectors.toList())).isEqualTo(PUBLISHED);
    }
  }

  @Test
  void everyPomIsFlattenedAndCarriesWhatARepositoryAsksFor() throws IOException {
    for (String artifact : PUBLISHED) {
      String pom = Files.readString(dir(artifact).resolve(artifact + "-" + VERSION + ".pom"));
      assertThat(pom).as(artifact)
          .doesNotContain("<parent>", "<build>", "<profiles>", "<pluginManagement>",
              "<repositories>", "${", "SNAPSHOT", "hirekit-parent")
          .contains("<name>", "<description>", "<url>https://hirekit.dev</url>", "<licenses>",
              "<developers>", "<scm", "</scm>", "<version>" + VERSION + "</version>");
    }
  }

  @Test
  void everyJarComesWithItsSourcesJavadocAndSbom() {
    for (String artifact : PUBLISHED) {
      if (artifact.equals("hirekit-bom")) {
        continue;
      }
      String base = artifact + "-" + VERSION;
      for (String file : List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar",
          base + "-cyclonedx.json")) {
        assertThat(dir(artifact).resolve(file)).as(file).isRegularFile();
      }
    }
  }
}
