package dev.hirekit.examples.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several clients acting at once over HTTP on one role's applications, a mix of legal actions,
 * illegal ones, stale versions and retried requests, each client with its own seeded random
 * choices. Records every request's outcome for the checks of {@link LoadContract} and {@link
 * CrashTest}: what was acknowledged, at which versions, and how long each took.
 */
final class PipelineLoad {
  /** Actions a load client takes with a click's arguments (see the board). */
  private static final List<String> SIMPLE = List.of("advance", "move", "skip", "skip_to",
      "reject", "withdraw", "reopen", "hire", "submit_offer_for_approval", "approve_offer",
      "decline_offer_approval", "extend_offer", "accept_offer", "decline_offer", "rescind_offer",
      "expire_offer");
  private static final List<String> USERS = List.of("rita", "hank", "hank", "rita", "vera",
      "finn", "ines");

  private final String base;
  private final List<String> applications;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();
  private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicLong acknowledged = new AtomicLong();

  /** What a client last saw of an application: its version and the actions it listed. */
  record Seen(long version, JsonNode allowed) {}

  /**
   * One request: who, what, at which version, and how it ended. {@code status} is -1 when no
   * answer came (the service died under it): its effect is unknown.
   */
  record Outcome(int client, String application, String action, long expected, int status,
      long version, long nanos, boolean retry, String body, String user, String key,
      String answer) {
    boolean acknowledged() {
      return status == 200 || status == 201;
    }
  }

  PipelineLoad(String base, List<String> applications) {
    this.base = base;
    this.applications = List.copyOf(applications);
  }

  /**
   * Runs the clients to the end of their actions, or until {@link #stop()}.
   *
   * @param clients how many clients act at once
   * @param actions how many actions each takes
   * @param seed the seed of the first client's choices
   * @return every outcome
   */
  List<Outcome> run(int clients, int actions, long seed) throws Exception {
    for (String application : applications) {
      refresh(application);
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(pool.submit(() -> {
        go.await();
        client(client, actions, new Random(seed + client));
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : running) {
      f.get();
    }
    pool.shutdown();
    return List.copyOf(outcomes);
  }

  /** Stops every client after its request under way; what was under way is recorded as -1. */
  void stop() {
    stopped.set(true);
  }

  /** How many requests were acknowledged so far. */
  long acknowledged() {
    return acknowledged.get();
  }

  private void client(int client, int actions, Random random) {
    Outcome last = null;
    for (int i = 0; i < actions && !stopped.get(); i++) {
      String application = applications.get(random.nextInt(applications.size()));
      Seen now = seen.get(application);
      double draw = random.nextDouble();
      String user = USERS.get(random.nextInt(USERS.size()));
      Outcome outcome;
      if (draw < 0.1 && last != null && last.acknowledged() && !last.retry()) {
        outcome = send(client, last.application(), last.action(), last.expected(),
            last.body(), last.user(), last.key(), true);
      } else if (draw < 0.2 && now.version() > 1) {
        outcome = send(client, application, "advance", now.version() - 1, "{}", user, key(),
            false);
      } else if (draw < 0.4) {
        String action = SIMPLE.get(random.nextInt(SIMPLE.size()));
        outcome = send(client, application, action, now.version(),
            body(action, firstOr(null, now.allowed(), action, random)), user, key(), false);
      } else {
        JsonNode pick = pickAllowed(now.allowed(), random);
        String action = pick == null ? "advance" : pick.get("action").asString();
        String target = pick == null ? null : target(pick, random);
        outcome = send(client, application, action, now.version(), body(action, target), user,
            key(), false);
      }
      if (outcome == null) {
        return; // the service died under this request
      }
      if (outcome.status() == 412) {
        refresh(application); // someone else acted first: read it again, as the board does
      }
      last = outcome;
    }
  }

  private Outcome send(int client, String application, String action, long expected,
      String body, String user, String key, boolean retry) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/applications/"
            + application + "/actions/" + action))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization(user))
        .header("If-Match", "\"" + expected + "\"")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    long start = System.nanoTime();
    Outcome outcome;
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      long version = response.headers().firstValue("ETag")
          .map(t -> Long.parseLong(t.replace("\"", ""))).orElse(-1L);
      outcome = new Outcome(client, application, action, expected, response.statusCode(),
          version, nanos, retry, body, user, key, response.body());
      if (outcome.acknowledged()) {
        JsonNode view = json.readTree(response.body());
        seen.merge(application, new Seen(version, view.get("allowedActions")),
            (old, young) -> young.version() >= old.version() ? young : old);
        if (!retry) {
          acknowledged.incrementAndGet();
        }
      }
    } catch (Exception dead) {
      outcome = new Outcome(client, application, action, expected, -1, -1,
          System.nanoTime() - start, retry, body, user, key, null);
      outcomes.add(outcome);
      return null;
    }
    outcomes.add(outcome);
    return outcome;
  }

  private void refresh(String application) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/applications/"
            + application)).timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization("rita")).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        JsonNode view = json.readTree(response.body());
        long version = view.get("version").asLong();
        seen.merge(application, new Seen(version, view.get("allowedActions")),
            (old, young) -> young.version() >= old.version() ? young : old);
      }
    } catch (Exception dead) {
      stopped.set(true);
    }
  }

  private static JsonNode pickAllowed(JsonNode allowed, Random random) {
    List<JsonNode> simple = new ArrayList<>();
    for (JsonNode entry : allowed) {
      if (SIMPLE.contains(entry.get("action").asString())) {
        simple.add(entry);
      }
    }
    return simple.isEmpty() ? null : simple.get(random.nextInt(simple.size()));
  }

  private static String firstOr(String otherwise, JsonNode allowed, String action,
      Random random) {
    for (JsonNode entry : allowed) {
      if (entry.get("action").asString().equals(action)) {
        return target(entry, random);
      }
    }
    return otherwise;
  }

  private static String target(JsonNode entry, Random random) {
    JsonNode targets = entry.get("targets");
    return targets == null || targets.isEmpty() ? null
        : targets.get(random.nextInt(targets.size())).asString();
  }

  private static String body(String action, String target) {
    String quoted = target == null ? "null" : "\"" + target + "\"";
    return switch (action) {
      case "move" -> "{\"target\":" + quoted + "}";
      case "skip_to" -> "{\"target\":" + quoted + ",\"reason\":\"load\"}";
      case "reopen" -> target == null ? "{\"reason\":\"load\"}"
          : "{\"target\":" + quoted + ",\"reason\":\"load\"}";
      case "hire" -> "{\"opening\":" + (target == null ? "\"fde-sf-1\"" : quoted) + "}";
      case "reject" -> "{\"side\":\"we_rejected\",\"code\":\"load\"}";
      case "skip", "withdraw", "decline_offer_approval", "decline_offer", "rescind_offer" ->
          "{\"reason\":\"load\"}";
      default -> "{}";
    };
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  static String authorization(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":"
        + RunningService.PASSWORDS.get(user)).getBytes(StandardCharsets.UTF_8));
  }
}
