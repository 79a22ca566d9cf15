package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedPipelineDemoTest {

  private static String demoOutput() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SeedPipelineDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainPrintsTheDemoToStandardOutput() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      SeedPipelineDemo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(demoOutput());
  }

  @Test
  void theDemoPrintsExactlyTheRecordedWalk() throws java.io.IOException {
    String expected = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/resources/seed-pipeline-demo.txt"));
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
  }
}
