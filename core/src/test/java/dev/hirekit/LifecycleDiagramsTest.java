package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.offer.Offer;
import dev.hirekit.role.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle diagrams in docs/ARCHITECTURE.md are the tables' own Mermaid export: when a
 * table changes, this test fails and prints the block to paste.
 */
class LifecycleDiagramsTest {
  private static final Path ARCHITECTURE = Path.of("..", "docs", "ARCHITECTURE.md");

  private static String documented(String entity) throws IOException {
    String doc = Files.readString(ARCHITECTURE);
    Matcher block = Pattern.compile("<!-- lifecycle:" + entity + " -->\\s*```mermaid\\n(.*?)```",
        Pattern.DOTALL).matcher(doc);
    assertThat(block.find()).as("docs/ARCHITECTURE.md has a block for %s", entity).isTrue();
    return block.group(1);
  }

  private static void assertDocumented(TransitionTable<?, ?, ?, ?> table) throws IOException {
    assertThat(documented(table.entity()))
        .as("docs/ARCHITECTURE.md, block <!-- lifecycle:%s -->; paste:%n```mermaid%n%s```",
            table.entity(), table.toMermaid())
        .isEqualTo(table.toMermaid());
  }

  @Test
  void applicationDiagramMatchesTheTable() throws IOException {
    assertDocumented(Application.LIFECYCLE);
  }

  @Test
  void offerDiagramMatchesTheTable() throws IOException {
    assertDocumented(Offer.LIFECYCLE);
  }

  @Test
  void roleDiagramMatchesTheTable() throws IOException {
    assertDocumented(Role.LIFECYCLE);
  }
}
