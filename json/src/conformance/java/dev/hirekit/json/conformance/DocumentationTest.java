package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/json-format.md stays true: every {@code json} block in it is valid JSON, and every
 * complete document it shows is one of the golden files, which both modules write byte for byte.
 */
class DocumentationTest {
  private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyDocumentTheFormatGuideShowsIsAGoldenFile() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "json-format.md"));
    List<Object> golden = new ArrayList<>();
    for (String file : List.of("role.json", "application.json", "candidate.json",
        "report.json")) {
      golden.add(JSON.parse(GoldenFileTest.golden(file)));
    }
    Matcher block = BLOCK.matcher(guide);
    int documents = 0;
    while (block.find()) {
      Object tree = JSON.parse(block.group(1));
      if (tree instanceof Map && ((Map<?, ?>) tree).containsKey("schemaVersion")) {
        assertThat(golden).as("a document in docs/json-format.md").contains(tree);
        documents++;
      }
    }
    assertThat(documents).isEqualTo(4);
  }
}
