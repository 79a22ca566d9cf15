package dev.hirekit.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real service started in-process on a random port, with a clock the test moves, and a
 * plain HTTP client to talk to it.
 */
final class RunningService implements AutoCloseable {
  static final Map<String, String> PASSWORDS = Map.of("rita", "rita-demo", "hank", "hank-demo",
      "ines", "ines-demo", "cora", "cora-demo", "vera", "vera-demo", "finn", "finn-demo",
      "ada", "ada-demo", "ben", "ben-demo");

  private final ConfigurableApplicationContext context;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final String base;
  final MovingClock clock;

  private RunningService(ConfigurableApplicationContext context, MovingClock clock, String base) {
    this.context = context;
    this.clock = clock;
    this.base = base;
  }

  /** A client of a service running elsewhere (another process), at {@code base}. */
  static RunningService remote(String base) {
    return new RunningService(null, null, base);
  }

  /** Where the service listens, such as {@code http://localhost:8080}. */
  String base() {
    return base;
  }

  static RunningService start(Map<String, String> properties) {
    MovingClock clock = new MovingClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--logging.level.root=WARN"); // the tests' output stays readable
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    ConfigurableApplicationContext context = new SpringApplicationBuilder(HiringService.class)
        .initializers(ctx -> ((GenericApplicationContext) ctx)
            .registerBean("testClock", Clock.class, () -> clock))
        .run(args.toArray(String[]::new));
    return new RunningService(context, clock,
        "http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }

  Response get(String user, String path) {
    return send(user, "GET", path, null, Map.of());
  }

  Response post(String user, String path, String body, Map<String, String> headers) {
    return send(user, "POST", path, body, headers);
  }

  Response post(String user, String path, String body, long version) {
    return send(user, "POST", path, body, Map.of("If-Match", "\"" + version + "\""));
  }

  Response send(String user, String method, String path, String body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (user != null) {
      String password = PASSWORDS.getOrDefault(user, "nope");
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body(),
          json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, headers and the body as JSON (null when empty or not JSON). */
  record Response(int status, Map<String, List<String>> headers, String text, JsonMapper json) {
    JsonNode body() {
      return text == null || text.isBlank() ? null : json.readTree(text);
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst();
    }

    long version() {
      String tag = header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + this));
      return Long.parseLong(tag.replace("\"", ""));
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  /** A clock the tests move forward. */
  static final class MovingClock extends Clock {
    private final AtomicReference<Instant> now;

    MovingClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
