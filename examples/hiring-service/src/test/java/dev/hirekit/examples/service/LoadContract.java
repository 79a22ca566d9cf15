package dev.hirekit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.role.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Eight clients, 1,000 actions each, at once over HTTP on the seed role's applications: legal
 * actions, illegal ones, stale versions and retried requests. Afterwards every acknowledged
 * action is in the store exactly once, a refused one left nothing, every history is numbered
 * without gaps, and replaying every stored history gives what the API reports. Prints the
 * figures of {@code docs/service.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoadContract {
  static final int CLIENTS = 8;
  static final int ACTIONS = 1_000;
  static final int APPLICATIONS = 96;

  private final JsonMapper hirekit = JsonMapper.builder().addModule(new HirekitModule()).build();
  private RunningService api;

  /** The service's properties for this database, or an aborted assumption. */
  abstract Map<String, String> properties();

  /** The database's name in the printed figures. */
  abstract String database();

  @BeforeAll
  void start() {
    api = RunningService.start(properties());
  }

  @AfterAll
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void everyAcknowledgedActionIsStoredOnceAndEveryRefusedOneLeftNothing() throws Exception {
    List<String> ids = applications(api, hirekit, APPLICATIONS);
    PipelineLoad load = new PipelineLoad(api.base(), ids);
    long start = System.nanoTime();
    List<PipelineLoad.Outcome> outcomes = load.run(CLIENTS, ACTIONS, 20261130L);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(outcomes).hasSize(CLIENTS * ACTIONS);
    Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(
        PipelineLoad.Outcome::status, TreeMap::new, Collectors.counting()));
    assertThat(byStatus.keySet()).as("statuses").isSubsetOf(200, 400, 409, 412);
    assertThat(byStatus).containsKeys(200, 409, 412);
    LoadChecks.retriesAnsweredAsTheFirstTime(outcomes);
    for (String id : ids) {
      JsonNode stored = api.get("rita", "/api/applications/" + id).body();
      LoadChecks.historyIsExactlyTheAcknowledgedActions(id, stored, outcomes, true);
      Application replayed = hirekit.treeToValue(stored.get("application"), Application.class);
      assertThat(replayed.version()).isEqualTo(stored.get("version").asLong());
      assertThat(hirekit.valueToTree(replayed).toString())
          .isEqualTo(stored.get("application").toString());
    }
    JsonNode role = api.get("rita", "/api/roles/fde-sf").body();
    Role replayedRole = hirekit.treeToValue(role.get("role"), Role.class);
    assertThat(replayedRole.version()).isEqualTo(role.get("version").asLong());
    LoadChecks.hiresAgreeWithTheRole(api, ids, replayedRole);

    List<Long> nanos = outcomes.stream().map(PipelineLoad.Outcome::nanos).sorted().toList();
    System.out.printf("load (%s): %,d actions by %d clients in %.1f s = %,.0f actions/s;"
            + " p50 %.1f ms, p99 %.1f ms; statuses %s%n", database(), outcomes.size(), CLIENTS,
        seconds, outcomes.size() / seconds, nanos.get(nanos.size() / 2) / 1e6,
        nanos.get((int) (nanos.size() * 0.99)) / 1e6, byStatus);
  }

  /**
   * Makes {@code count} candidates and their applications to the seed role, by the recruiter.
   *
   * @return the applications' ids
   */
  static List<String> applications(RunningService api, JsonMapper hirekit, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String candidate = "cand-load-" + i;
      RunningService.Response made = api.post("rita", "/api/candidates",
          hirekit.writeValueAsString(Candidate.of(CandidateId.of(candidate), "Load " + i)),
          Map.of());
      assertThat(made.status()).as("candidate %s", candidate).isEqualTo(201);
      RunningService.Response applied = api.post("rita", "/api/roles/fde-sf/applications",
          "{\"applicationId\":\"app-load-" + i + "\",\"candidateId\":\"" + candidate + "\"}",
          Map.of());
      assertThat(applied.status()).as("application %s", i).isEqualTo(201);
      ids.add("app-load-" + i);
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }
}
