package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.refusal;
import static dev.hirekit.json.internal.Trees.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.StageVisit;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reflective format of records: events and stage visits. */
class RecordFormatTest {
  static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

  /** Every kind of component the reflective format knows. */
  public record Sample(int count, long total, boolean flag, String name, Instant at,
      LocalDate day, Duration took, List<StageId> stages, Set<String> tags,
      Map<StageId, StageId> mapping, Optional<Duration> maybe, StageId stage) {
    public Sample {
      if (name.equals("error")) {
        throw new AssertionError("not a runtime exception");
      }
    }
  }

  private record Hidden(String name) {}

  static final Sample SAMPLE = new Sample(7, 8_000_000_000L, true, "n", T,
      LocalDate.of(2027, 1, 4), Duration.ofMinutes(30), List.of(StageId.of("b"),
          StageId.of("a")), Set.of("x"), Map.of(StageId.of("z"), StageId.of("a"),
          StageId.of("b"), StageId.of("c")), Optional.of(Duration.ofHours(1)),
      StageId.of("s"));

  @Test
  void everyKindOfComponentIsWrittenAndReadBack() {
    TypeFormat<Sample> format = RecordFormat.of(Sample.class, "test.sample");
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) format.write(SAMPLE);
    assertThat(new ArrayList<>(tree.keySet())).containsExactly("type", "count", "total", "flag",
        "name", "at", "day", "took", "stages", "tags", "mapping", "maybe", "stage");
    assertThat(tree).containsEntry("type", "test.sample").containsEntry("count", 7L)
        .containsEntry("total", 8_000_000_000L).containsEntry("flag", true)
        .containsEntry("at", "2026-12-01T09:00:00Z").containsEntry("day", "2027-01-04")
        .containsEntry("took", "PT30M").containsEntry("stages", List.of("b", "a"))
        .containsEntry("tags", List.of("x")).containsEntry("maybe", "PT1H")
        .containsEntry("stage", "s");
    assertThat(new ArrayList<>(Trees.object(tree.get("mapping")).entrySet()))
        .containsExactly(Map.entry("b", "c"), Map.entry("z", "a"));
    Sample read = format.read(Node.root(tree), Loading.REPLAY);
    assertThat(read).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> read.tags().add("y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> read.mapping().clear())
        .isInstanceOf(UnsupportedOperationException.class);

    Map<String, Object> absent = Trees.copy(tree);
    absent.remove("maybe");
    assertThat(format.read(Node.root(absent), Loading.REPLAY).maybe()).isEmpty();
    Map<String, Object> big = Trees.copy(tree);
    big.put("count", 1L << 40);
    assertThat(refusal(() -> format.read(Node.root(big), Loading.REPLAY)).path())
        .isEqualTo("$.count");
    Map<String, Object> badKey = Trees.copy(tree);
    Trees.object(badKey.get("mapping")).put("", "a");
    assertThat(refusal(() -> format.read(Node.root(badKey), Loading.REPLAY)).path())
        .isEqualTo("$.mapping.<key>");
    Map<String, Object> noType = Trees.copy(tree);
    noType.remove("type");
    assertThat(refusal(() -> format.read(Node.root(noType), Loading.REPLAY)))
        .hasMessage("$.type: is missing; it is required");
  }

  @Test
  void aConstructorThatThrowsAnErrorIsWrapped() {
    TypeFormat<Sample> format = RecordFormat.of(Sample.class, null);
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = Trees.copy((Map<String, Object>) format.write(SAMPLE));
    assertThat(tree).doesNotContainKey("type");
    tree.put("name", "error");
    assertThatThrownBy(() -> format.read(Node.root(tree), Loading.REPLAY))
        .isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void aRecordWithoutAPublicConstructorIsRefused() {
    assertThatThrownBy(() -> RecordFormat.of(Hidden.class, null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Hidden.class.getName() + " has no public canonical constructor")
        .hasCauseInstanceOf(NoSuchMethodException.class);
  }

  @Test
  void aConcreteEventReaderReadsOnlyItsType() {
    ApplicationEvent advanced = Seed.reopened().history().get(1);
    Map<String, Object> tree = written(advanced);
    assertThat(tree).containsEntry("type", "application.advanced");
    tree.put("type", "application.rejected");
    assertThat(refusal(() -> Formats.of(advanced.getClass()).read(Node.root(tree),
        Loading.REPLAY))).hasMessage("$.type: is not application.advanced; this reader reads"
            + " only that event type");
    assertThat(refusal(() -> Formats.of(ApplicationEvent.class).read(Node.root(tree),
        Loading.REPLAY)).path()).isEqualTo("$.reason");
  }

  @Test
  void theInterfaceReaderListsTheKnownTypes() {
    Map<String, Object> tree = written(Seed.reopened().history().get(1));
    tree.put("type", "application.teleported");
    assertThat(refusal(() -> Formats.of(ApplicationEvent.class).read(Node.root(tree),
        Loading.REPLAY))).hasMessage("$.type: is not a known ApplicationEvent type; expected"
            + " one of " + String.join(", ", ApplicationEvent.types().keySet()));
    Map<String, Object> role = written(Seed.role().history().get(0));
    role.put("type", "role.teleported");
    assertThat(refusal(() -> Formats.of(RoleEvent.class).read(Node.root(role),
        Loading.REPLAY))).hasMessage("$.type: is not a known RoleEvent type; expected"
            + " one of " + String.join(", ", RoleEvent.types().keySet()));
    role.remove("type");
    assertThat(refusal(() -> Formats.of(RoleEvent.class).read(Node.root(role),
        Loading.REPLAY))).hasMessage("$.type: is missing; it is required");
  }

  @Test
  void aMissingComponentAndAConstructorsRefusal() {
    ApplicationEvent advanced = Seed.reopened().history().get(1);
    Map<String, Object> tree = written(advanced);
    tree.remove("to");
    assertThat(refusal(() -> Formats.of(ApplicationEvent.class).read(Node.root(tree),
        Loading.REPLAY))).hasMessage("$.to: is missing; it is required");
    Map<String, Object> zero = written(advanced);
    zero.put("sequence", 0L);
    FormatException refused = refusal(() -> Formats.of(ApplicationEvent.class)
        .read(Node.root(zero), Loading.REPLAY));
    assertThat(refused.path()).isEqualTo("$");
    assertThat(refused.problem()).contains("sequence");
  }

  @Test
  void optionalComponentsAreLeftOutWhenAbsent() {
    StageVisit open = new StageVisit(StageId.of("call"), T, Optional.empty());
    StageVisit left = new StageVisit(StageId.of("call"), T, Optional.of(T.plusSeconds(60)));
    assertThat(written(open)).containsExactly(Map.entry("stage", "call"),
        Map.entry("enteredAt", "2026-12-01T09:00:00Z"));
    assertThat(written(left)).containsEntry("leftAt", "2026-12-01T09:01:00Z")
        .doesNotContainKey("type");
    for (StageVisit visit : List.of(open, left)) {
      assertThat(Formats.of(StageVisit.class).read(Node.root(written(visit)), Loading.REPLAY))
          .isEqualTo(visit);
    }
  }

  @Test
  void theStageMappingOfAMigrationIsWrittenSortedAndReadBack() {
    ApplicationEvent.Migrated migrated = new ApplicationEvent.Migrated(ApplicationId.of("a"), 4,
        Seed.plan(), Map.of(StageId.of("zeta"), StageId.of("call"), StageId.of("alpha"),
            StageId.of("review"), StageId.of("mid"), StageId.of("offer")), T, Seed.RECRUITER);
    Map<String, Object> tree = written(migrated);
    assertThat(tree).containsEntry("type", "application.migrated");
    assertThat(new ArrayList<>(Trees.object(tree.get("stageMapping")).keySet()))
        .containsExactly("alpha", "mid", "zeta");
    assertThat(Trees.object(tree.get("stageMapping"))).containsEntry("zeta", "call");
    assertThat(Formats.of(ApplicationEvent.class).read(Node.root(tree), Loading.REPLAY))
        .isEqualTo(migrated);
    assertThat(Formats.of(ApplicationEvent.Migrated.class).read(Node.root(tree),
        Loading.REPLAY)).isEqualTo(migrated);
  }

  /**
   * A transfer names the role it leaves and the one it enters, and carries the new role's plan
   * and team as {@code application.applied} does, then its entry stage and reason.
   */
  @Test
  void aTransferCarriesBothRolesAndTheNewPlanAndTeamAndReadsBack() {
    ApplicationEvent.Transferred transferred = new ApplicationEvent.Transferred(
        ApplicationId.of("a"), 3, RoleId.of("fde-sf"), RoleId.of("fde-nyc"), Seed.plan(),
        Seed.role().hiringTeam(), StageId.of("take-home"), "Prefers the New York team", T,
        Seed.RECRUITER);
    Map<String, Object> tree = written(transferred);
    assertThat(new ArrayList<>(tree.keySet())).containsExactly("type", "application",
        "sequence", "from", "role", "plan", "team", "stage", "reason", "at", "by");
    assertThat(tree).containsEntry("type", "application.transferred")
        .containsEntry("application", "a").containsEntry("sequence", 3L)
        .containsEntry("from", "fde-sf").containsEntry("role", "fde-nyc")
        .containsEntry("plan", Formats.write(Seed.plan()))
        .containsEntry("team", Formats.write(Seed.role().hiringTeam()))
        .containsEntry("stage", "take-home").containsEntry("reason", "Prefers the New York team")
        .containsEntry("at", "2026-12-01T09:00:00Z");
    assertThat(Formats.of(ApplicationEvent.class).read(Node.root(tree), Loading.REPLAY))
        .isEqualTo(transferred);
    assertThat(Formats.of(ApplicationEvent.Transferred.class).read(Node.root(tree),
        Loading.REPLAY)).isEqualTo(transferred);

    Map<String, Object> noFrom = Trees.copy(tree);
    noFrom.remove("from");
    assertThat(refusal(() -> Formats.of(ApplicationEvent.class).read(Node.root(noFrom),
        Loading.REPLAY))).hasMessage("$.from: is missing; it is required");
    Map<String, Object> noReason = Trees.copy(tree);
    noReason.remove("reason");
    assertThat(refusal(() -> Formats.of(ApplicationEvent.class).read(Node.root(noReason),
        Loading.REPLAY))).hasMessage("$.reason: is missing; it is required");
  }
}
