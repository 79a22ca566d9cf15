package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.refusal;
import static dev.hirekit.json.internal.Trees.list;
import static dev.hirekit.json.internal.Trees.object;
import static dev.hirekit.json.internal.Trees.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documents with a history: their schema version and their summary fields. */
class DocumentsTest {
  static final Loading TRUSTED = new Loading(HiringPolicy.roles(), Role.DEFAULT_POLICY, true);

  static Application application(Map<String, Object> tree) {
    return Formats.of(Application.class).read(Node.root(tree), Loading.REPLAY);
  }

  static Role role(Map<String, Object> tree, Loading loading) {
    return Formats.of(Role.class).read(Node.root(tree), loading);
  }

  @Test
  void theSeedDocumentsReadBack() {
    Application hired = Seed.hire().application();
    assertThat(application(written(hired))).isEqualTo(hired);
    assertThat(application(written(Seed.reopened()))).isEqualTo(Seed.reopened());
    assertThat(role(written(Seed.role()), Loading.REPLAY)).isEqualTo(Seed.role());
    assertThat(written(hired)).containsEntry("schemaVersion", 1L)
        .containsEntry("status", "hired").containsEntry("id", "app-ada")
        .containsEntry("candidate", "cand-ada").containsEntry("role", "fde-sf");
    assertThat(written(Seed.role())).containsEntry("schemaVersion", 1L)
        .containsEntry("status", "open").containsEntry("id", "fde-sf");
  }

  @Test
  void theSchemaVersionIsRequiredAndOnlyOneIsKnown() {
    for (Object document : List.of(Seed.reopened(), Seed.role(), Seed.candidate(),
        Seed.report(), Seed.slate(), Seed.pool(), Seed.merges())) {
      Class<?> type = Formats.forValue(document).type();
      Map<String, Object> tree = written(document);
      tree.remove("schemaVersion");
      assertThat(refusal(() -> Formats.of(type).read(Node.root(tree), Loading.REPLAY)))
          .hasMessage("$.schemaVersion: is missing; it is required");
      tree.put("schemaVersion", 0L);
      assertThat(refusal(() -> Formats.of(type).read(Node.root(tree), Loading.REPLAY)))
          .hasMessage("$.schemaVersion: is 0; this reader knows schemaVersion 1 only");
      tree.put("schemaVersion", 2L);
      assertThat(refusal(() -> Formats.of(type).read(Node.root(tree), Loading.REPLAY)))
          .hasMessage("$.schemaVersion: is 2; this reader knows schemaVersion 1 only; the"
              + " document was written by a newer Hirekit");
      tree.put("schemaVersion", "1");
      assertThat(refusal(() -> Formats.of(type).read(Node.root(tree), Loading.REPLAY)))
          .hasMessage("$.schemaVersion: is a string; expected a whole number");
    }
  }

  @Test
  void eachApplicationSummaryFieldMustAgreeWithTheHistory() {
    Application app = Seed.reopened();
    Map<String, Object> values = Map.of("id", "app-other", "candidate", "cand-other",
        "role", "role-other", "version", 99L, "status", "hired");
    values.forEach((field, value) -> {
      Map<String, Object> tree = written(app);
      tree.put(field, value);
      assertThat(refusal(() -> application(tree))).as(field)
          .hasMessage("$." + field + ": disagrees with the history, which gives another "
              + field);
      tree.remove(field);
      assertThat(application(tree)).as("without " + field).isEqualTo(app);
    });
    Map<String, Object> tree = written(app);
    tree.put("status", "on_the_moon");
    assertThat(refusal(() -> application(tree))).hasMessageStartingWith(
        "$.status: is not a known ApplicationStatus");
  }

  @Test
  void theStageMustAgreeWithTheHistory() {
    Application app = Seed.reopened();
    assertThat(app.stage()).isPresent();
    Map<String, Object> tree = written(app);
    tree.put("stage", "offer");
    assertThat(refusal(() -> application(tree)))
        .hasMessage("$: says the application is at another stage than its history gives");
    tree.remove("stage");
    assertThat(refusal(() -> application(tree)))
        .hasMessage("$: says the application is at no stage than its history gives");
    Application hired = Seed.hire().application();
    Map<String, Object> hiredTree = written(hired);
    if (hired.stage().isEmpty()) {
      assertThat(hiredTree).doesNotContainKey("stage");
      hiredTree.put("stage", "offer");
      assertThat(refusal(() -> application(hiredTree)))
          .hasMessage("$: says the application is at another stage than its history gives");
    } else {
      hiredTree.put("stage", "review");
      assertThat(refusal(() -> application(hiredTree)))
          .hasMessage("$: says the application is at another stage than its history gives");
    }
  }

  /** The seed role's twin in New York, open: where the reopened application transfers to. */
  static Role newYork() {
    Role seed = Seed.role();
    return Role.draft(RoleId.of("fde-nyc"), Seed.posting(), Seed.RECRUITER, Seed.START)
        .setPlan(Seed.RECRUITER, Seed.START, seed.plan().orElseThrow())
        .setTeam(Seed.RECRUITER, Seed.START, seed.hiringTeam())
        .addOpening(Seed.RECRUITER, Seed.START, OpeningId.of("fde-nyc-1"))
        .open(Seed.RECRUITER, Seed.START.plus(Duration.ofHours(1)));
  }

  /** The reopened application (at the call), transferred to the New York role's take-home. */
  static Application transferred() {
    return Seed.reopened().transfer(newYork(), Seed.RECRUITER,
        Seed.START.plus(Duration.ofHours(70)), StageId.of("take-home"),
        "Prefers the New York team");
  }

  @Test
  void aTransferredApplicationIsOnItsNewRoleAndReadsBack() {
    Application moved = transferred();
    Map<String, Object> tree = written(moved);
    assertThat(tree).containsEntry("id", "app-ben").containsEntry("candidate", "cand-ben")
        .containsEntry("role", "fde-nyc").containsEntry("status", "active")
        .containsEntry("stage", "take-home");
    Map<String, Object> last = object(list(tree.get("history")).get(moved.history().size() - 1));
    assertThat(last).containsEntry("type", "application.transferred")
        .containsEntry("from", "fde-sf").containsEntry("role", "fde-nyc");
    assertThat(application(tree)).isEqualTo(moved);

    // The summary names the role the application is on now, not the one it applied to.
    Map<String, Object> oldRole = written(moved);
    oldRole.put("role", "fde-sf");
    assertThat(refusal(() -> application(oldRole)))
        .hasMessage("$.role: disagrees with the history, which gives another role");

    // Anonymized, the reason is erased and the document still replays.
    Application anonymized = moved.anonymize();
    Map<String, Object> erased = written(anonymized);
    assertThat(object(list(erased.get("history")).get(moved.history().size() - 1)))
        .containsEntry("reason", Application.ERASED);
    assertThat(application(erased)).isEqualTo(anonymized);
  }

  @Test
  void aTransferTheLifecycleRefusesIsRefusedAtTheHistory() {
    int last = transferred().history().size() - 1;
    Map<String, String> forgeries = Map.of("from", "fde-la", "role", "fde-sf",
        "stage", "on-the-moon", "reason", " ");
    forgeries.forEach((field, value) -> {
      Map<String, Object> tree = written(transferred());
      object(list(tree.get("history")).get(last)).put(field, value);
      tree.remove("role");
      tree.remove("stage");
      assertThat(refusal(() -> application(tree)).path()).as(field).isEqualTo("$.history");
    });
    assertThat(transferred().history().get(last))
        .isInstanceOf(ApplicationEvent.Transferred.class);
  }

  @Test
  void eachRoleSummaryFieldMustAgreeWithTheHistory() {
    Role seed = Seed.role();
    Map<String, Object> values = Map.of("id", "role-other", "version", 99L, "status", "closed");
    values.forEach((field, value) -> {
      Map<String, Object> tree = written(seed);
      tree.put(field, value);
      assertThat(refusal(() -> role(tree, Loading.REPLAY))).as(field)
          .hasMessage("$." + field + ": disagrees with the history, which gives another "
              + field);
      tree.remove(field);
      assertThat(role(tree, Loading.REPLAY)).as("without " + field).isEqualTo(seed);
    });
  }

  @Test
  void theApprovalSummaryIsWrittenOnlyWhenApproversAreNamedAndMustAgreeWithTheHistory() {
    Instant at = Instant.parse("2026-12-01T09:00:00Z");
    Actor system = Actor.system();
    Role pending = Role.draft(RoleId.of("role-approved-later"), Seed.role().posting(), system, at)
        .setRequisition(system, at, Requisition.builder().level(Level.of("L5"))
            .reason(HeadcountReason.newHeadcount())
            .approvalChain(ApprovalChain.of(ApprovalMode.PARALLEL, 1, MemberId.of("fin-1")))
            .build())
        .requestApproval(system, at);
    Map<String, Object> tree = written(pending);
    assertThat(tree).containsEntry("approval", "pending");
    assertThat(role(tree, Loading.REPLAY)).isEqualTo(pending);
    tree.put("approval", "approved");
    assertThat(refusal(() -> role(tree, Loading.REPLAY)))
        .hasMessage("$.approval: disagrees with the history, which gives another approval");

    Map<String, Object> seed = written(Seed.role());
    assertThat(seed).doesNotContainKey("approval");
    seed.put("approval", "approved");
    assertThat(refusal(() -> role(seed, Loading.REPLAY)))
        .hasMessage("$.approval: disagrees with the history, which gives another approval");
  }

  @Test
  void aHistoryTheLifecycleRefusesIsRefusedAtTheHistory() {
    Map<String, Object> tree = written(Seed.reopened());
    tree.put("history", List.of());
    assertThat(refusal(() -> application(tree)).path()).isEqualTo("$.history");
    Map<String, Object> roleTree = written(Seed.role());
    roleTree.put("history", List.of());
    assertThat(refusal(() -> role(roleTree, Loading.REPLAY)).path()).isEqualTo("$.history");
    Map<String, Object> badEvent = written(Seed.reopened());
    object(list(badEvent.get("history")).get(1)).remove("at");
    assertThat(refusal(() -> application(badEvent)))
        .hasMessage("$.history[1].at: is missing; it is required");
  }

  @Test
  void theTrustedLoadChecksNoPastPermission() {
    Map<String, Object> tree = written(Seed.role());
    // The role was drafted by an interviewer: a permission, not a rule.
    Map<String, Object> drafted = object(list(tree.get("history")).get(0));
    object(drafted.get("by")).put("roles", List.of("interviewer"));
    FormatException replayed = refusal(() -> role(tree, Loading.REPLAY));
    assertThat(replayed.path()).isEqualTo("$.history");
    Role loaded = role(tree, TRUSTED);
    assertThat(loaded.id()).isEqualTo(Seed.role().id());
    assertThat(loaded.history().get(0).by().roles()).containsExactly(HiringRole.INTERVIEWER);

    Map<String, Object> app = written(Seed.reopened());
    Map<String, Object> advanced = object(list(app.get("history")).get(1));
    object(advanced.get("by")).put("roles", List.of("interviewer"));
    assertThat(refusal(() -> application(app)).path()).isEqualTo("$.history");
    Application trusted = Formats.of(Application.class).read(Node.root(app), TRUSTED);
    assertThat(trusted.history().get(1).by().roles()).containsExactly(HiringRole.INTERVIEWER);
  }

  @Test
  void aLoadingNeedsBothPolicies() {
    assertThatThrownBy(() -> new Loading(null, Role.DEFAULT_POLICY, false))
        .isInstanceOf(NullPointerException.class).hasMessage("hiring");
    assertThatThrownBy(() -> new Loading(HiringPolicy.roles(), null, true))
        .isInstanceOf(NullPointerException.class).hasMessage("roles");
    assertThat(Loading.REPLAY.trusted()).isFalse();
  }

  @Test
  void theDocumentsAcrossApplicationsReadBackAndTheirSummaryMustAgree() {
    Map<Object, Map<String, Object>> wrong = Map.of(
        Seed.slate(), Map.of("id", "other", "role", "other", "version", 9L, "status", "draft"),
        Seed.pool(), Map.of("id", "other", "version", 9L),
        Seed.merges(), Map.of("version", 9L));
    wrong.forEach((seed, fields) -> {
      Class<?> type = seed.getClass();
      assertThat(Formats.of(type).read(Node.root(written(seed)), Loading.REPLAY))
          .isEqualTo(seed);
      assertThat(written(seed)).containsEntry("schemaVersion", 1L);
      fields.forEach((field, value) -> {
        Map<String, Object> tree = written(seed);
        tree.put(field, value);
        assertThat(refusal(() -> Formats.of(type).read(Node.root(tree), Loading.REPLAY)))
            .as("%s %s", type.getSimpleName(), field)
            .hasMessage("$." + field + ": disagrees with the history, which gives another "
                + field);
        tree.remove(field);
        assertThat(Formats.of(type).read(Node.root(tree), Loading.REPLAY)).isEqualTo(seed);
      });
    });
  }

  @Test
  void aForgedHistoryAcrossApplicationsIsRefusedWhereItStands() {
    // A merge by the candidate themself: the replay refuses it as the action would be.
    Map<String, Object> merges = written(Seed.merges());
    object(list(merges.get("history")).get(0)).put("by",
        Map.of("kind", "candidate", "candidate", "cand-ada-2"));
    assertThat(refusal(() -> Formats.of(dev.hirekit.candidacy.CandidateMerges.class)
        .read(Node.root(merges), Loading.REPLAY)))
        .hasMessageStartingWith("$.history: Candidate cand-ada-2 is PRIMARY: cannot MERGE");
    // A slate cut before anything is ranked.
    Map<String, Object> slate = written(Seed.slate());
    list(slate.get("history")).remove(1);
    object(list(slate.get("history")).get(1)).put("sequence", 2L);
    slate.remove("version");
    slate.remove("status");
    assertThat(refusal(() -> Formats.of(dev.hirekit.slate.Slate.class)
        .read(Node.root(slate), Loading.REPLAY)))
        .hasMessageContaining("cannot CUT (nothing is ranked yet");
    // A pool's event moved into another pool.
    Map<String, Object> pool = written(Seed.pool());
    object(list(pool.get("history")).get(1)).put("pool", "another-pool");
    assertThat(refusal(() -> Formats.of(dev.hirekit.pool.TalentPool.class)
        .read(Node.root(pool), Loading.REPLAY)))
        .hasMessageContaining("is another-pool, not this pool (fde-reserve)");
  }
}
