package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's property example is the compiled one of {@link UsersPolicyProperties}. */
class ReadmeSnippetTest {

  @Test
  void theReadmeShowsTheCompiledProperty() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/dev/hirekit/testing/UsersPolicyProperties.java"));
    Matcher region = Pattern.compile("// README:property-begin\\n(.*?)\\n\\s*// README:property-end",
        Pattern.DOTALL).matcher(source);
    assertThat(region.find()).isTrue();
    String example = region.group(1).stripIndent();
    assertThat(Files.readString(Path.of("..", "README.md")))
        .contains("```java\n" + example + "\n```");
  }
}
