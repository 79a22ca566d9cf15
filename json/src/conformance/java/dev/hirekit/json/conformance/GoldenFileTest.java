package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.role.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Both modules write exactly the bytes of the golden files, and read them back into the seed's
 * objects. After a deliberate change of the format, rewrite the files with {@code
 * -Dhirekit.golden.update=path/to/json/src/conformance/resources/golden} and review the diff.
 */
class GoldenFileTest {

  @Test
  void theSeedRoleIsWrittenAsTheGoldenFile() throws Exception {
    check("role.json", Seed.hire().role(), Role.class);
  }

  @Test
  void theHiredApplicationIsWrittenAsTheGoldenFile() throws Exception {
    check("application.json", Seed.hire().application(), Application.class);
  }

  @Test
  void theReopenedApplicationIsWrittenAsTheGoldenFile() throws Exception {
    check("application-reopened.json", Seed.reopened(), Application.class);
  }

  @Test
  void theCandidateIsWrittenAsTheGoldenFile() throws Exception {
    check("candidate.json", Seed.candidate(), Candidate.class);
  }

  @Test
  void theSeedReportIsWrittenAsTheGoldenFile() throws Exception {
    check("report.json", Seed.report(), PipelineReport.class);
  }

  @Test
  void theSeedSlateIsWrittenAsTheGoldenFile() throws Exception {
    check("slate.json", Seed.slate(), dev.hirekit.slate.Slate.class);
  }

  @Test
  void theSeedPoolIsWrittenAsTheGoldenFile() throws Exception {
    check("pool.json", Seed.pool(), dev.hirekit.pool.TalentPool.class);
  }

  @Test
  void theSeedMergesAreWrittenAsTheGoldenFile() throws Exception {
    check("merges.json", Seed.merges(), dev.hirekit.candidacy.CandidateMerges.class);
  }

  private static <T> void check(String file, T value, Class<T> type) throws Exception {
    String written = JSON.write(value);
    String update = System.getProperty("hirekit.golden.update");
    if (update != null) {
      Files.writeString(Path.of(update, file), written + "\n");
    }
    String golden = golden(file);
    assertThat(written + "\n").isEqualTo(golden);
    assertThat(JSON.read(golden, type)).isEqualTo(value);
    assertThat(JSON.parse(golden)).isInstanceOf(Map.class);
  }

  static String golden(String file) throws IOException {
    try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
