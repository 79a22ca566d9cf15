package dev.hirekit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.role.Role;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service as its own process on H2 files, killed with SIGKILL in the middle of the load and
 * started again on the same files: every action acknowledged before the kill is there, each
 * history is whole and numbered without gaps, and role and applications agree.
 */
class CrashTest {
  private final JsonMapper hirekit = JsonMapper.builder().addModule(new HirekitModule()).build();
  private final List<Process> processes = new ArrayList<>();

  @TempDir
  Path data;

  @AfterEach
  void killWhatIsLeft() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void whatWasAcknowledgedBeforeAKillSurvivesItAndNothingIsHalfWritten() throws Exception {
    int port = freePort();
    String base = "http://localhost:" + port;
    Process first = start(port, "first");
    RunningService api = RunningService.remote(base);
    List<String> ids = LoadContract.applications(api, hirekit, LoadContract.APPLICATIONS);

    PipelineLoad load = new PipelineLoad(base, ids);
    CompletableFuture<List<PipelineLoad.Outcome>> running = CompletableFuture.supplyAsync(() -> {
      try {
        return load.run(LoadContract.CLIENTS, LoadContract.ACTIONS, 20261201L);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (load.acknowledged() < 600 && System.nanoTime() < deadline && !running.isDone()) {
      Thread.sleep(20);
    }
    assertThat(running).as("the load still runs when the service is killed").isNotDone();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    load.stop();
    List<PipelineLoad.Outcome> outcomes = running.get(60, TimeUnit.SECONDS);
    long acknowledged = outcomes.stream().filter(o -> o.acknowledged() && !o.retry()).count();
    assertThat(acknowledged).isGreaterThanOrEqualTo(600);

    start(port, "second");
    for (String id : ids) {
      RunningService.Response read = api.get("rita", "/api/applications/" + id);
      assertThat(read.status()).as("%s after the restart", id).isEqualTo(200);
      JsonNode stored = read.body();
      LoadChecks.historyIsExactlyTheAcknowledgedActions(id, stored, outcomes, false);
      Application replayed = hirekit.treeToValue(stored.get("application"), Application.class);
      assertThat(replayed.version()).isEqualTo(stored.get("version").asLong());
    }
    JsonNode role = api.get("rita", "/api/roles/fde-sf").body();
    Role replayedRole = hirekit.treeToValue(role.get("role"), Role.class);
    LoadChecks.hiresAgreeWithTheRole(api, ids, replayedRole);
    System.out.printf("crash (H2 files): killed after %,d acknowledged actions; all of them"
        + " there after the restart%n", acknowledged);
  }

  /** Starts the service in its own JVM on this test's class path and waits until it is up. */
  private Process start(int port, String name) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path log = data.resolve(name + ".log");
    Process process = new ProcessBuilder(java, "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), HiringService.class.getName(),
        "--server.port=" + port, "--hirekit.data-dir=" + data.resolve("db"))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    processes.add(process);
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the service died at start: " + Files.readString(log));
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start in 90 s: " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
