package dev.hirekit.lifecycle;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.RolePolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the engine over random tables, states, actors and contexts. */
class TransitionTableProperties {
  enum S { A, B, C, D }

  enum Act { X, Y, Z }

  /** A row whose guard passes when the context is divisible by {@code modulus}. */
  record Row(S from, Act action, S to, int modulus) {}

  record Access(Act action, HiringRole role) {}

  static TransitionTable<S, Act, Integer, Actor> table(List<Row> rows, List<Access> access) {
    TransitionTable.Builder<S, Act, Integer, Actor> builder =
        TransitionTable.builder("T", S.class, Act.class);
    for (Row row : rows) {
      builder.on(row.from(), row.action(), row.to(),
          Guard.when("divisible by " + row.modulus(), c -> c % row.modulus() == 0));
    }
    RolePolicy.Builder<Act> policy = RolePolicy.builder(Act.class);
    access.forEach(a -> policy.allow(a.action(), a.role()));
    return builder.policy(policy.allowCandidate(Act.X).build()).build();
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    return Combinators.combine(
            Arbitraries.of(S.class), Arbitraries.of(Act.class), Arbitraries.of(S.class),
            Arbitraries.integers().between(1, 4))
        .as(Row::new).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Access>> access() {
    return Combinators.combine(Arbitraries.of(Act.class), Arbitraries.of(HiringRole.class))
        .as(Access::new).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.oneOf(
        Arbitraries.of(HiringRole.class).map(r -> Actor.member(MemberId.of("m"), r)),
        Arbitraries.just(Actor.candidate(CandidateId.of("c"))),
        Arbitraries.just(Actor.system()));
  }

  @Property
  void fireSucceedsIffTheActionIsAllowed(@ForAll("rows") List<Row> rows,
      @ForAll("access") List<Access> access, @ForAll S state, @ForAll Act action,
      @ForAll("actors") Actor actor, @ForAll int context) {
    TransitionTable<S, Act, Integer, Actor> table = table(rows, access);
    Set<Act> allowed = table.allowedActions(state, actor, context);

    assertThat(table.permits(state, action, actor, context)).isEqualTo(allowed.contains(action));
    if (allowed.contains(action)) {
      S target = table.fire("e", state, action, actor, context);
      Row first = rows.stream()
          .filter(r -> r.from() == state && r.action() == action && context % r.modulus() == 0)
          .findFirst().orElseThrow();
      assertThat(target).isEqualTo(first.to());
    } else {
      assertThatThrownBy(() -> table.fire("e", state, action, actor, context))
          .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.state()).isEqualTo(state.name());
            assertThat(e.action()).isEqualTo(action.name());
            assertThat(e.allowed()).containsExactlyElementsOf(
                allowed.stream().map(Enum::name).collect(java.util.stream.Collectors.toList()));
          });
    }
  }

  @Property
  void allowedActionsNeedARowThePolicyAndAPassingGuard(@ForAll("rows") List<Row> rows,
      @ForAll("access") List<Access> access, @ForAll S state, @ForAll("actors") Actor actor,
      @ForAll int context) {
    TransitionTable<S, Act, Integer, Actor> table = table(rows, access);
    Set<Act> expected = EnumSet.noneOf(Act.class);
    for (Row row : rows) {
      boolean permitted = actor.kind() == Actor.Kind.SYSTEM
          || (actor.kind() == Actor.Kind.CANDIDATE && row.action() == Act.X)
          || access.stream().anyMatch(a -> a.action() == row.action() && actor.actsAs(a.role()));
      if (row.from() == state && permitted && context % row.modulus() == 0) {
        expected.add(row.action());
      }
    }
    assertThat(table.allowedActions(state, actor, context)).isEqualTo(expected);
  }

  @Property
  void exportsAreDeterministicAndShowEveryRow(@ForAll("rows") List<Row> rows,
      @ForAll("access") List<Access> access) {
    TransitionTable<S, Act, Integer, Actor> one = table(rows, access);
    TransitionTable<S, Act, Integer, Actor> two = table(rows, access);
    assertThat(one.toMermaid()).isEqualTo(two.toMermaid());
    assertThat(one.toDot()).isEqualTo(two.toDot());
    for (Row row : rows) {
      String label = row.action() + " [divisible by " + row.modulus() + "]";
      assertThat(one.toMermaid()).contains("  " + row.from() + " --> " + row.to() + " : ")
          .contains(label);
      assertThat(one.toDot()).contains("  " + row.from() + " -> " + row.to() + " [label=\"")
          .contains(label);
    }
  }

  @Property
  void refusalIsEmptyExactlyWhenPermitted(@ForAll("rows") List<Row> rows,
      @ForAll("access") List<Access> access, @ForAll S state, @ForAll Act action,
      @ForAll("actors") Actor actor, @ForAll int context) {
    TransitionTable<S, Act, Integer, Actor> table = table(rows, access);
    Optional<String> refusal = table.refusal(state, action, actor, context);
    assertThat(refusal.isEmpty()).isEqualTo(table.permits(state, action, actor, context));
  }
}
