package dev.hirekit.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hirekit.application.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * J: one hired application with its full history ({@link PipelineRole#fullHire(String,
 * String)}, ten events) written to and read from UTF-8 bytes through Hirekit's Jackson 2 and
 * Jackson 3 modules, beside plain Jackson 2 binding hand-written records of the same document
 * ({@link PlainApplication}). Hirekit's read replays the history, checking every rule and
 * permission, as its modules always do; the plain read only binds.
 *
 * <p>Every read parses the same bytes: the document Hirekit's modules write. The setup checks
 * that both modules write the same bytes and read back an equal application, that the plain
 * records read the document with {@code FAIL_ON_UNKNOWN_PROPERTIES} on and write back the same
 * JSON tree, and prints the document's size to standard error.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar JsonBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private Application application;
  private PlainApplication plain;
  private byte[] document;
  private ObjectMapper jackson2;
  private tools.jackson.databind.ObjectMapper jackson3;
  private ObjectMapper plainMapper;

  /** The state, which JMH creates. */
  public JsonBenchmark() {}

  /**
   * The mappers, the application and its document, and the checks that the three contenders
   * write the same JSON.
   *
   * @throws IOException if Jackson 2 fails to write or read
   * @throws IllegalStateException if the contenders' documents differ
   */
  @Setup
  public void setUp() throws IOException {
    application = PipelineRole.fullHire("app-json-1", "cand-json-1");
    jackson2 = com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new dev.hirekit.jackson.HirekitModule()).build();
    jackson3 = tools.jackson.databind.json.JsonMapper.builder()
        .addModule(new dev.hirekit.jackson3.HirekitModule()).build();
    plainMapper = plainMapper();

    document = jackson2.writeValueAsBytes(application);
    byte[] fromJackson3 = jackson3.writeValueAsBytes(application);
    check(Arrays.equals(document, fromJackson3), "the Jackson 2 and 3 modules write different "
        + "documents:\n" + text(document) + "\n" + text(fromJackson3));
    check(application.equals(jackson2.readValue(document, Application.class)),
        "the Jackson 2 module reads back another application");
    check(application.equals(jackson3.readValue(document, Application.class)),
        "the Jackson 3 module reads back another application");

    plain = plainMapper.readValue(document, PlainApplication.class);
    byte[] plainDocument = plainMapper.writeValueAsBytes(plain);
    check(plainMapper.readTree(plainDocument).equals(plainMapper.readTree(document)),
        "the plain records write another JSON tree than Hirekit's:\n" + text(plainDocument)
        + "\n" + text(document));
    check(plain.equals(plainMapper.readValue(plainDocument, PlainApplication.class)),
        "the plain records read back other records");
    System.err.printf("J: the document is %d bytes (UTF-8); the plain records write %d bytes"
        + " (%s)%n", document.length, plainDocument.length,
        Arrays.equals(document, plainDocument) ? "the same bytes" : "the same tree");
  }

  /**
   * The plain contender's mapper: {@code java.time} values as ISO-8601 text, unknown properties
   * refused.
   *
   * @return the mapper
   */
  private static ObjectMapper plainMapper() {
    return com.fasterxml.jackson.databind.json.JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static void check(boolean holds, String otherwise) {
    if (!holds) {
      throw new IllegalStateException("J: " + otherwise);
    }
  }

  private static String text(byte[] json) {
    return new String(json, StandardCharsets.UTF_8);
  }

  /**
   * The application through Hirekit's Jackson 2 module.
   *
   * @return the document
   * @throws IOException never, writing to memory
   */
  @Benchmark
  public byte[] writeHirekitJackson2() throws IOException {
    return jackson2.writeValueAsBytes(application);
  }

  /**
   * The document read by Hirekit's Jackson 2 module: parsed and its history replayed.
   *
   * @return the application
   * @throws IOException never, the document being well formed
   */
  @Benchmark
  public Application readHirekitJackson2() throws IOException {
    return jackson2.readValue(document, Application.class);
  }

  /**
   * The application through Hirekit's Jackson 3 module.
   *
   * @return the document
   */
  @Benchmark
  public byte[] writeHirekitJackson3() {
    return jackson3.writeValueAsBytes(application);
  }

  /**
   * The document read by Hirekit's Jackson 3 module: parsed and its history replayed.
   *
   * @return the application
   */
  @Benchmark
  public Application readHirekitJackson3() {
    return jackson3.readValue(document, Application.class);
  }

  /**
   * The plain records through plain Jackson 2.
   *
   * @return the document
   * @throws IOException never, writing to memory
   */
  @Benchmark
  public byte[] writePlainRecords() throws IOException {
    return plainMapper.writeValueAsBytes(plain);
  }

  /**
   * The document bound to the plain records by plain Jackson 2.
   *
   * @return the records
   * @throws IOException never, the document being well formed
   */
  @Benchmark
  public PlainApplication readPlainRecords() throws IOException {
    return plainMapper.readValue(document, PlainApplication.class);
  }
}
