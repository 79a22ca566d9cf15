package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SeedPipelineDemoTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().addModule(new HirekitModule()).build();

  @TempDir
  Path dir;

  private String demoOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedPipelineDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainPrintsTheDemoToStandardOutputAndWritesToTheDirectoryOfItsProperty() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    System.setProperty(SeedPipelineDemo.DIR_PROPERTY, dir.toString());
    try {
      SeedPipelineDemo.main(new String[0]);
    } finally {
      System.setOut(original);
      System.clearProperty(SeedPipelineDemo.DIR_PROPERTY);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(demoOutput());
    assertThat(dir.resolve("role.json")).isRegularFile();
  }

  @Test
  void theDemoPrintsExactlyTheRecordedWalk() throws IOException {
    String expected = Files.readString(Path.of("src/test/resources/seed-pipeline-demo.txt"))
        .replace("{dir}", dir.toAbsolutePath().normalize().toString());
    assertThat(demoOutput()).isEqualTo(expected);
  }

  @Test
  void theDemoWalksEveryOutcomeOfTheSeedPipeline() {
    String out = demoOutput();

    assertThat(out).contains("Role fde-sf: Forward-Deployed Engineer, OPEN, 1 open opening(s),"
        + " 6 stages");
    assertThat(out).contains("Application{app-ada HIRED at offer}")
        .contains("offers: [v1 SUPERSEDED, v2 ACCEPTED]");
    assertThat(out).contains("Application{app-ben REJECTED at take-home}");
    assertThat(out).contains("Application{app-cy WITHDRAWN at interviews}");
    assertThat(out).contains("Application{app-dee ACTIVE at call}");
    assertThat(out).contains("Refused, nothing changed: Application app-dee is REJECTED:"
        + " cannot ADVANCE (no ADVANCE from REJECTED); allowed now: [REOPEN, MIGRATE]");
    assertThat(out).contains("Role fde-sf after the hire: CLOSED, 0 open opening(s)");
    assertThat(out).contains("Replay of app-ada equals it: true");
    assertThat(out).contains("Funnel: role fde-sf, plan v1")
        .containsPattern("(?m)^call +4 +5 +3 +0 +1 +0 +0 +0 +0 +1 ")    // Dee came back once
        .contains("Time in stage: role fde-sf, plan v1 (elapsed time)")
        .contains("4 applications, 1 hired, 0 prospects");
  }

  @Test
  void theDemoWritesEveryDocumentItBuilt() {
    SeedPipelineDemo.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), dir);

    assertThat(dir).isDirectoryContaining("glob:**/role.json")
        .isDirectoryContaining("glob:**/role.jsonld")
        .isDirectoryContaining("glob:**/applications.jsonl")
        .isDirectoryContaining("glob:**/application.mmd")
        .isDirectoryContaining("glob:**/offer.mmd")
        .isDirectoryContaining("glob:**/role.mmd");
  }

  @Test
  void applicationsJsonlHoldsOneLinePerApplicationEachReadingBackEqual() throws IOException {
    SeedPipelineDemo.Built built = SeedPipelineDemo.run(new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);

    String text = Files.readString(dir.resolve("applications.jsonl"), StandardCharsets.UTF_8);
    assertThat(text).endsWith("\n");
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(built.applications().size()).hasSize(4);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith("{").endsWith("}").doesNotContain("\n");
      Application read = JSON.readValue(lines.get(i), Application.class);
      assertThat(read).isEqualTo(built.applications().get(i));
    }
    assertThat(built.applications()).extracting(Application::status).containsExactly(
        ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN,
        ApplicationStatus.ACTIVE);
  }

  @Test
  void roleJsonIsPrettyAndReadsBackIntoAnEqualOpenRole() throws IOException {
    SeedPipelineDemo.Built built = SeedPipelineDemo.run(new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), dir);

    String json = Files.readString(dir.resolve("role.json"), StandardCharsets.UTF_8);
    assertThat(json.lines().count()).isGreaterThan(10);
    Role read = JSON.readValue(json, Role.class);
    assertThat(read).isEqualTo(built.role());
    assertThat(read.status()).isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void roleJsonLdIsTheJobPostingOfTheRoleAsPosted() throws IOException {
    SeedPipelineDemo.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), dir);

    String jsonLd = Files.readString(dir.resolve("role.jsonld"), StandardCharsets.UTF_8);
    assertThat(jsonLd).contains("\"@type\" : \"JobPosting\"")
        .contains("\"title\" : \"Forward-Deployed Engineer\"")
        .contains("\"datePosted\" : \"2026-03-02\"")
        .contains("\"addressLocality\" : \"San Francisco\"")
        .doesNotContain("hiringOrganization");
  }

  @Test
  void theLifecycleFilesAreTheMermaidDiagrams() throws IOException {
    SeedPipelineDemo.run(new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8), dir);

    assertThat(Files.readString(dir.resolve("application.mmd")))
        .isEqualTo(Application.LIFECYCLE.toMermaid());
    assertThat(Files.readString(dir.resolve("offer.mmd")))
        .isEqualTo(dev.hirekit.offer.Offer.LIFECYCLE.toMermaid());
    assertThat(Files.readString(dir.resolve("role.mmd"))).isEqualTo(Role.LIFECYCLE.toMermaid());
  }
}
