package dev.hirekit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.role.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a load and a crash must leave behind, checked against the store through the API. */
final class LoadChecks {
  private LoadChecks() {}

  /**
   * A retried request (same caller, key and body) got the first answer again, byte for byte,
   * and its version: it was applied once.
   */
  static void retriesAnsweredAsTheFirstTime(List<PipelineLoad.Outcome> outcomes) {
    Map<String, PipelineLoad.Outcome> first = new HashMap<>();
    for (PipelineLoad.Outcome o : outcomes) {
      if (!o.retry() && o.status() > 0) {
        first.put(o.user() + " " + o.key(), o);
      }
    }
    int retries = 0;
    for (PipelineLoad.Outcome o : outcomes) {
      if (o.retry() && o.status() > 0) {
        PipelineLoad.Outcome original = first.get(o.user() + " " + o.key());
        assertThat(original).as("the request %s retried", o.key()).isNotNull();
        assertThat(o.status()).as("retry of %s", original).isEqualTo(original.status());
        assertThat(o.version()).as("retry of %s", original).isEqualTo(original.version());
        assertThat(o.answer()).as("retry of %s", original).isEqualTo(original.answer());
        retries++;
      }
    }
    assertThat(retries).as("retried requests").isPositive();
  }

  /**
   * The stored history of an application is numbered 1, 2, 3... without gaps, and is exactly
   * its application (events 1 to the first acknowledged action's version) followed by the
   * events of its acknowledged actions, each at the versions its answer gave, none twice, none
   * missing; with {@code complete}, no event beyond them (no refused or unanswered request left
   * anything). Without it (after a crash), events past the last acknowledged action are allowed
   * only as far as one unanswered request per client could have written them.
   */
  static void historyIsExactlyTheAcknowledgedActions(String id, JsonNode stored,
      List<PipelineLoad.Outcome> outcomes, boolean complete) {
    JsonNode history = stored.get("application").get("history");
    long n = history.size();
    for (int i = 0; i < n; i++) {
      assertThat(history.get(i).get("sequence").asLong()).as("%s event %d", id, i + 1)
          .isEqualTo(i + 1);
    }
    assertThat(stored.get("version").asLong()).isEqualTo(n);
    List<PipelineLoad.Outcome> acks = new ArrayList<>(outcomes.stream()
        .filter(o -> o.application().equals(id) && o.acknowledged() && !o.retry()).toList());
    acks.sort(Comparator.comparingLong(PipelineLoad.Outcome::expected));
    long end = acks.isEmpty() ? n : acks.get(0).expected();
    assertThat(end).as("%s: its creation", id).isBetween(1L, n);
    for (PipelineLoad.Outcome ack : acks) {
      assertThat(ack.expected()).as("%s: %s acknowledged from version %d", id, ack.action(),
          ack.expected()).isEqualTo(end);
      assertThat(ack.version()).as("%s: %s", id, ack.action()).isGreaterThan(ack.expected());
      end = ack.version();
    }
    assertThat(end).as("%s: the last acknowledged version is stored", id).isLessThanOrEqualTo(n);
    if (complete) {
      assertThat(n).as("%s: nothing stored beyond the acknowledged actions", id).isEqualTo(end);
    } else {
      long unanswered = outcomes.stream()
          .filter(o -> o.application().equals(id) && o.status() == -1).count();
      if (n > end) {
        assertThat(unanswered).as("%s: events past the last acknowledged action need an"
            + " unanswered request", id).isPositive();
      }
    }
  }

  /**
   * The role's filled openings are exactly those its hired applications were hired into, each
   * held by one application: a hire or an unhire never saved one aggregate without the other.
   */
  static void hiresAgreeWithTheRole(RunningService api, List<String> ids, Role role) {
    List<String> hiredInto = new ArrayList<>();
    for (String id : ids) {
      JsonNode application = api.get("rita", "/api/applications/" + id).body()
          .get("application");
      if (ApplicationStatus.HIRED.name().equalsIgnoreCase(application.get("status").asString())) {
        hiredInto.add(application.get("hiredInto").asString());
      }
    }
    assertThat(hiredInto).as("openings held by hired applications").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(role.filledOpenings().stream()
            .map(o -> o.id().value()).toList());
  }
}
