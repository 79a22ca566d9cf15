package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.offer.Offer;
import dev.hirekit.role.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LifecycleDiagramsTest {

  private static String printed(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      LifecycleDiagrams.main(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsTheThreeMermaidBlocksOfTheArchitectureDoc() {
    String out = printed();
    assertThat(out).isEqualTo(
        block(Application.LIFECYCLE.entity(), Application.LIFECYCLE.toMermaid())
            + block("Offer", Offer.LIFECYCLE.toMermaid())
            + block("Role", Role.LIFECYCLE.toMermaid()));
  }

  @Test
  void printsDotWhenAsked() {
    assertThat(printed("dot")).isEqualTo(Application.LIFECYCLE.toDot() + System.lineSeparator()
        + Offer.LIFECYCLE.toDot() + System.lineSeparator()
        + Role.LIFECYCLE.toDot() + System.lineSeparator());
  }

  private static String block(String entity, String mermaid) {
    String nl = System.lineSeparator();
    return "<!-- lifecycle:" + entity + " -->" + nl + "```mermaid" + nl + mermaid + "```" + nl
        + nl;
  }
}
