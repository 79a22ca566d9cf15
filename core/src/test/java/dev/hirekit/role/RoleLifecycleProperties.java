package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.TestRuns;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.Transition;
import dev.hirekit.plan.PlanArbitraries;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Laws of the role lifecycle over random sequences of actions by random actors on random roles
 * with a plan and 1 to 4 openings ({@code opening-0} to {@code opening-3}); the actions name
 * openings {@code opening-0} to {@code opening-6}, so some exist and some do not.
 *
 * <p>The parameter rule of the opening actions: {@code ADD_OPENING} needs an id the role does
 * not have; {@code FILL_OPENING} and {@code CLOSE_OPENING} need an open opening of the role;
 * {@code REOPEN_OPENING} needs an opening of the role closed as {@code FILLED}. The other actions
 * take no opening.
 */
@StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
class RoleLifecycleProperties {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  /** One attempted action; the opening and the reason go to the actions that take them. */
  record Step(RoleAction action, Actor actor, OpeningId opening, RoleCloseReason reason,
      long seconds) {}

  /** What happened to one step: the role after it, or the refusal. */
  record Outcome(Role before, Step step, Instant at, Optional<Role> after,
      Optional<IllegalTransitionException> refusal) {}

  @Provide
  Arbitrary<Role> roles() {
    return RoleArbitraries.rolesInEveryState().withoutEdgeCases();
  }

  @Provide
  Arbitrary<Role> drafts() {
    return RoleArbitraries.rolesInEveryState().filter(r -> r.history().isEmpty())
        .withoutEdgeCases();
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Actor> actors = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(HiringRole.class)
            .map(r -> Actor.member(MemberId.of("m-1"), r))),
        Tuple.of(3, TeamArbitraries.roleSets().map(rs -> Actor.member(MemberId.of("m-2"), rs))),
        Tuple.of(1, Arbitraries.just(Actor.candidate(CandidateId.of("cand-1")))),
        Tuple.of(2, Arbitraries.just(Actor.system())));
    return Combinators.combine(
            Arbitraries.of(RoleAction.class),
            actors,
            Arbitraries.integers().between(0, 6).map(i -> OpeningId.of("opening-" + i)),
            Arbitraries.of(RoleCloseReason.class),
            Arbitraries.longs().between(0, 3600))
        .as(Step::new).list().ofMinSize(1).ofMaxSize(25);
  }

  // ---------------------------------------------------------------- the laws

  @Property
  void anActionSucceedsExactlyWhenAllowedAndItsOpeningFits(@ForAll("roles") Role initial,
      @ForAll("steps") List<Step> steps) {
    for (Outcome outcome : run(initial, steps)) {
      Role before = outcome.before();
      Step step = outcome.step();
      Set<RoleAction> allowedNow = before.allowedActions(step.actor());
      boolean allowed = allowedNow.contains(step.action());
      boolean fits = openingFits(before, step);
      Statistics.label(step.action().name()).collect(outcome.after().isPresent());
      if (outcome.after().isPresent() != (allowed && fits)) {
        throw new AssertionError(step.action() + " by " + step.actor() + " on " + before
            + ": allowed " + allowed + ", opening fits " + fits + ", but "
            + outcome.refusal().map(Throwable::getMessage).orElse("it succeeded"));
      }
      outcome.after().ifPresent(after -> {
        assertThat(after.history()).hasSize(before.history().size() + 1);
        assertThat(after.history().subList(0, before.history().size()))
            .isEqualTo(before.history());
      });
      outcome.refusal().ifPresent(e -> {
        assertThat(e.entity()).isEqualTo("Role");
        assertThat(e.entityId()).isEqualTo(before.id().value());
        assertThat(e.state()).isEqualTo(before.status().name());
        assertThat(e.action()).isEqualTo(step.action().name());
        assertThat(e.allowed()).isEqualTo(allowedNow.stream().map(Enum::name)
            .collect(Collectors.toList()));
      });
    }
    if (TestRuns.isFull()) {
      for (RoleAction action : RoleAction.values()) {
        Statistics.label(action.name()).coverage(c -> c.check(true).count(n -> n > 0));
      }
    }
  }

  @Property
  void aRefusedActionLeavesTheRoleEqualToBefore(@ForAll("roles") Role initial,
      @ForAll("steps") List<Step> steps) {
    Role role = initial;
    Instant at = T0;
    for (Step step : steps) {
      at = at.plusSeconds(step.seconds());
      String before = role.toString();
      List<RoleEvent> history = List.copyOf(role.history());
      List<Opening> openings = List.copyOf(role.openings());
      Role tried = role;
      try {
        role = perform(role, step, at);
      } catch (IllegalTransitionException refused) {
        assertThat(tried).hasToString(before);
        assertThat(tried.history()).isEqualTo(history);
        assertThat(tried.openings()).isEqualTo(openings);
      }
    }
  }

  @Property
  void replayingTheHistoryOnTheRoleAsBuiltGivesTheRole(@ForAll("drafts") Role initial,
      @ForAll("steps") List<Step> steps) {
    List<Outcome> outcomes = run(initial, steps);
    Role role = outcomes.get(outcomes.size() - 1).after()
        .orElse(outcomes.get(outcomes.size() - 1).before());

    assertThat(Role.replay(initial, role.history())).isEqualTo(role);
  }

  @Property
  void filledOpeningsNeverExceedOpeningsAndFillingTheLastClosesTheRole(
      @ForAll("roles") Role initial, @ForAll("steps") List<Step> steps) {
    for (Outcome outcome : run(initial, steps)) {
      Role before = outcome.before();
      Step step = outcome.step();
      outcome.after().ifPresent(after -> {
        assertThat(after.filledOpenings().size()).isLessThanOrEqualTo(after.openings().size());
        if (step.action() == RoleAction.FILL_OPENING) {
          assertThat(after.filledOpenings()).hasSize(before.filledOpenings().size() + 1);
          assertThat(after.status())
              .isEqualTo(after.openOpenings().isEmpty() ? RoleStatus.CLOSED : before.status());
        }
        if (step.action() == RoleAction.CLOSE) {
          assertThat(after.openOpenings()).isEmpty();
          assertThat(after.filledOpenings()).isEqualTo(before.filledOpenings());
        }
        if (step.action() == RoleAction.REOPEN_OPENING) {
          assertThat(after.filledOpenings()).hasSize(before.filledOpenings().size() - 1);
          assertThat(after.status()).isIn(RoleStatus.OPEN, RoleStatus.ON_HOLD);
        }
      });
    }
  }

  @Property
  void theStatusStaysWithinTheTargetsOfTheTable(@ForAll("roles") Role initial,
      @ForAll("steps") List<Step> steps) {
    for (Outcome outcome : run(initial, steps)) {
      Role before = outcome.before();
      RoleAction action = outcome.step().action();
      outcome.after().ifPresent(after -> {
        Set<RoleStatus> targets = Role.LIFECYCLE.transitions().stream()
            .filter(t -> t.from() == before.status() && t.action() == action)
            .map(Transition::to)
            .collect(Collectors.toSet());
        assertThat(targets).contains(after.status());
      });
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The parameter rule of each action; see the class comment. */
  static boolean openingFits(Role role, Step step) {
    Optional<Opening> opening = role.opening(step.opening());
    return switch (step.action()) {
      case ADD_OPENING -> opening.isEmpty();
      case FILL_OPENING, CLOSE_OPENING -> opening.filter(Opening::isOpen).isPresent();
      case REOPEN_OPENING -> opening.flatMap(Opening::closeReason)
          .filter(r -> r == OpeningCloseReason.FILLED).isPresent();
      default -> true;
    };
  }

  static Role perform(Role role, Step step, Instant at) {
    Actor by = step.actor();
    return switch (step.action()) {
      case OPEN -> role.open(by, at);
      case HOLD -> role.hold(by, at);
      case RESUME -> role.resume(by, at);
      case CLOSE -> role.close(by, at, step.reason());
      case REOPEN -> role.reopen(by, at);
      case ADD_OPENING -> role.addOpening(by, at, step.opening());
      case FILL_OPENING -> role.fillOpening(by, at, step.opening());
      case CLOSE_OPENING -> role.closeOpening(by, at, step.opening());
      case REOPEN_OPENING -> role.reopenOpening(by, at, step.opening());
    };
  }

  /** Runs the steps at non-decreasing times, keeping going after a refusal. */
  static List<Outcome> run(Role initial, List<Step> steps) {
    List<Outcome> outcomes = new ArrayList<>();
    Role role = initial;
    Instant at = T0;
    for (Step step : steps) {
      at = at.plusSeconds(step.seconds());
      try {
        Role after = perform(role, step, at);
        outcomes.add(new Outcome(role, step, at, Optional.of(after), Optional.empty()));
        role = after;
      } catch (IllegalTransitionException refused) {
        outcomes.add(new Outcome(role, step, at, Optional.empty(), Optional.of(refused)));
      }
    }
    return outcomes;
  }
}
