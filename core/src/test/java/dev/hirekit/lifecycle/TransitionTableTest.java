package dev.hirekit.lifecycle;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.RolePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionTableTest {
  enum Door { CLOSED, OPEN, LOCKED }

  enum Push { INSTALL, OPEN, CLOSE, LOCK, UNLOCK }

  record Hall(boolean hasKey) {}

  static final Actor COORDINATOR = Actor.member(MemberId.of("m-1"), HiringRole.COORDINATOR);
  static final Actor INTERVIEWER = Actor.member(MemberId.of("m-2"), HiringRole.INTERVIEWER);
  static final Actor CANDIDATE = Actor.candidate(CandidateId.of("c-1"));

  static final TransitionTable<Door, Push, Hall, Actor> TABLE = TransitionTable
      .<Door, Push, Hall, Actor>builder("Door", Door.class, Push.class)
      .start(Push.INSTALL, Door.CLOSED)
      .on(Door.CLOSED, Push.OPEN, Door.OPEN)
      .on(Door.OPEN, Push.CLOSE, Door.CLOSED)
      .on(Door.CLOSED, Push.LOCK, Door.LOCKED, Guard.when("a key", Hall::hasKey))
      .on(Door.LOCKED, Push.UNLOCK, Door.CLOSED, Guard.when("a key", Hall::hasKey))
      .policy(RolePolicy.builder(Push.class)
          .allow(Push.OPEN, HiringRole.COORDINATOR, HiringRole.INTERVIEWER)
          .allow(Push.CLOSE, HiringRole.COORDINATOR)
          .allow(Push.LOCK, HiringRole.COORDINATOR)
          .allow(Push.UNLOCK, HiringRole.COORDINATOR)
          .allowCandidate(Push.OPEN)
          .build())
      .build();

  @Test
  void firesAnUnguardedRow() {
    assertThat(TABLE.fire("d-1", Door.CLOSED, Push.OPEN, COORDINATOR, new Hall(false)))
        .isEqualTo(Door.OPEN);
  }

  @Test
  void refusesAnActionWithoutRowAndListsWhatIsAllowed() {
    assertThatThrownBy(() -> TABLE.fire("d-1", Door.OPEN, Push.LOCK, COORDINATOR, new Hall(true)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door d-1 is OPEN: cannot LOCK (no LOCK from OPEN); allowed now: [CLOSE]");
  }

  @Test
  void refusesAnActorWithoutPermission() {
    assertThatThrownBy(() -> TABLE.fire("d-1", Door.OPEN, Push.CLOSE, INTERVIEWER, new Hall(true)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door d-1 is OPEN: cannot CLOSE (member m-2 [INTERVIEWER] may not CLOSE);"
            + " allowed now: []");
  }

  @Test
  void refusesWhenTheGuardRefuses() {
    assertThatThrownBy(() -> TABLE.fire("d-1", Door.CLOSED, Push.LOCK, COORDINATOR,
        new Hall(false)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door d-1 is CLOSED: cannot LOCK (requires a key); allowed now: [OPEN]")
        .satisfies(e -> {
          IllegalTransitionException ite = (IllegalTransitionException) e;
          assertThat(ite.entity()).isEqualTo("Door");
          assertThat(ite.entityId()).isEqualTo("d-1");
          assertThat(ite.state()).isEqualTo("CLOSED");
          assertThat(ite.action()).isEqualTo("LOCK");
          assertThat(ite.reason()).isEqualTo("requires a key");
          assertThat(ite.allowed()).containsExactly("OPEN");
        });
  }

  @Test
  void allowedActionsFollowStatePolicyAndGuards() {
    assertThat(TABLE.allowedActions(Door.CLOSED, COORDINATOR, new Hall(true)))
        .containsExactly(Push.OPEN, Push.LOCK);
    assertThat(TABLE.allowedActions(Door.CLOSED, COORDINATOR, new Hall(false)))
        .containsExactly(Push.OPEN);
    assertThat(TABLE.allowedActions(Door.CLOSED, CANDIDATE, new Hall(true)))
        .containsExactly(Push.OPEN);
    assertThat(TABLE.allowedActions(Door.OPEN, CANDIDATE, new Hall(true))).isEmpty();
  }

  @Test
  void systemMayPerformEveryActionUnderTheDefaultPolicy() {
    assertThat(TABLE.allowedActions(Door.CLOSED, Actor.system(), new Hall(true)))
        .containsExactly(Push.OPEN, Push.LOCK);
  }

  @Test
  void aReplacedPolicyDecidesAlone() {
    Permission<Push, Hall, Actor> noOne = (actor, action, subject) -> Optional.of("no one may");
    TransitionTable<Door, Push, Hall, Actor> strict = TABLE.withPolicy(noOne);
    assertThat(strict.policy()).isSameAs(noOne);
    assertThat(strict.allowedActions(Door.CLOSED, Actor.system(), new Hall(true))).isEmpty();
    assertThat(strict.refusal(Door.CLOSED, Push.OPEN, Actor.system(), new Hall(true)))
        .contains("no one may");
    assertThat(TABLE.allowedActions(Door.CLOSED, Actor.system(), new Hall(true))).hasSize(2);
  }

  @Test
  void firstPassingRowDecidesTheTarget() {
    TransitionTable<Door, Push, Hall, Actor> table = TransitionTable
        .<Door, Push, Hall, Actor>builder("Door", Door.class, Push.class)
        .on(Door.CLOSED, Push.CLOSE, Door.LOCKED, Guard.when("a key", Hall::hasKey))
        .on(Door.CLOSED, Push.CLOSE, Door.CLOSED)
        .policy((actor, action, subject) -> Optional.empty())
        .build();
    assertThat(table.fire("d", Door.CLOSED, Push.CLOSE, COORDINATOR, new Hall(true)))
        .isEqualTo(Door.LOCKED);
    assertThat(table.fire("d", Door.CLOSED, Push.CLOSE, COORDINATOR, new Hall(false)))
        .isEqualTo(Door.CLOSED);
  }

  @Test
  void fireToTakesTheChosenRowOnly() {
    TransitionTable<Door, Push, Hall, Actor> table = TransitionTable
        .<Door, Push, Hall, Actor>builder("Door", Door.class, Push.class)
        .on(Door.CLOSED, Push.CLOSE, Door.LOCKED, Guard.when("a key", Hall::hasKey))
        .on(Door.CLOSED, Push.CLOSE, Door.CLOSED)
        .policy((actor, action, subject) -> Optional.empty())
        .build();
    assertThat(table.fireTo("d", Door.CLOSED, Push.CLOSE, Door.CLOSED, COORDINATOR,
        new Hall(true))).isEqualTo(Door.CLOSED);
    assertThatThrownBy(() -> table.fireTo("d", Door.CLOSED, Push.CLOSE, Door.LOCKED,
        COORDINATOR, new Hall(false)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door d is CLOSED: cannot CLOSE (requires a key); allowed now: [CLOSE]");
    assertThatThrownBy(() -> table.fireTo("d", Door.CLOSED, Push.CLOSE, Door.OPEN,
        COORDINATOR, new Hall(true)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Door d is CLOSED: cannot CLOSE (no CLOSE from CLOSED to OPEN);"
            + " allowed now: [CLOSE]");
  }

  @Test
  void everyBuilderStepReturnsTheSameBuilder() {
    TransitionTable.Builder<Door, Push, Hall, Actor> builder =
        TransitionTable.builder("Door", Door.class, Push.class);
    assertThat(builder.start(Push.INSTALL, Door.CLOSED)).isSameAs(builder);
    assertThat(builder.on(Door.CLOSED, Push.OPEN, Door.OPEN)).isSameAs(builder);
    assertThat(builder.policy((a, b, c) -> Optional.empty())).isSameAs(builder);
    assertThat(builder.build().starts()).containsEntry(Push.INSTALL, Door.CLOSED);
  }

  @Test
  void buildingWithoutPolicyIsRefused() {
    assertThatThrownBy(() -> TransitionTable.builder("Door", Door.class, Push.class).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("TransitionTable Door needs a policy; call policy(...) before build()");
  }

  @Test
  void exportsMermaid() {
    assertThat(TABLE.toMermaid()).isEqualTo("stateDiagram-v2\n"
        + "  [*] --> CLOSED : INSTALL\n"
        + "  CLOSED --> OPEN : OPEN\n"
        + "  OPEN --> CLOSED : CLOSE\n"
        + "  CLOSED --> LOCKED : LOCK [a key]\n"
        + "  LOCKED --> CLOSED : UNLOCK [a key]\n");
  }

  @Test
  void exportsDot() {
    assertThat(TABLE.toDot()).isEqualTo("digraph Door {\n"
        + "  rankdir=LR;\n"
        + "  start [shape=point];\n"
        + "  CLOSED [shape=box, style=rounded];\n"
        + "  OPEN [shape=box, style=rounded];\n"
        + "  LOCKED [shape=box, style=rounded];\n"
        + "  start -> CLOSED [label=\"INSTALL\"];\n"
        + "  CLOSED -> OPEN [label=\"OPEN\"];\n"
        + "  OPEN -> CLOSED [label=\"CLOSE\"];\n"
        + "  CLOSED -> LOCKED [label=\"LOCK [a key]\"];\n"
        + "  LOCKED -> CLOSED [label=\"UNLOCK [a key]\"];\n"
        + "}\n");
  }

  @Test
  void guardsCombineWithFirstRefusalWinning() {
    Guard<Integer, Actor> positive = Guard.when("positive", i -> i > 0);
    Guard<Integer, Actor> even = Guard.when("even", i -> i % 2 == 0);
    Guard<Integer, Actor> both = positive.and(even);
    assertThat(both.description()).isEqualTo("positive and even");
    assertThat(both.refusal(-1, Actor.system())).contains("requires positive");
    assertThat(both.refusal(3, Actor.system())).contains("requires even");
    assertThat(both.refusal(4, Actor.system())).isEmpty();
    assertThat(Guard.<Integer, Actor>always().and(even).description()).isEqualTo("even");
  }

  @Test
  void actorsShowIdsAndRolesOnly() {
    assertThat(COORDINATOR).hasToString("member m-1 [COORDINATOR]");
    assertThat(CANDIDATE).hasToString("candidate c-1");
    assertThat(Actor.system()).hasToString("system");
    assertThat(COORDINATOR.memberId()).contains(MemberId.of("m-1"));
    assertThat(CANDIDATE.candidateId()).contains(CandidateId.of("c-1"));
    assertThat(Actor.system().roles()).isEmpty();
  }

  @Test
  void memberActorNeedsARole() {
    assertThatThrownBy(() -> Actor.member(MemberId.of("m-1"), java.util.Set.of()))
        .isInstanceOf(dev.hirekit.InvalidValueException.class)
        .hasMessage("Actor.roles: must hold at least one hiring role for a member;"
            + " name the role they act in");
  }
}
