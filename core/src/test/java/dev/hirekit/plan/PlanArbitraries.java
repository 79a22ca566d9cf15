package dev.hirekit.plan;

import dev.hirekit.money.Money;
import dev.hirekit.team.TeamArbitraries;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid values of the plan package, for property suites. */
public final class PlanArbitraries {
  private PlanArbitraries() {}

  /**
   * Positive durations of 1 minute to 8 hours.
   *
   * @return durations
   */
  public static Arbitrary<Duration> durations() {
    return Arbitraries.integers().between(1, 480).map(Duration::ofMinutes);
  }

  /**
   * Valid time boxes.
   *
   * @return time boxes
   */
  public static Arbitrary<TimeBox> timeBoxes() {
    return Combinators.combine(durations(), Arbitraries.of(TimeBox.Bound.class)).as(TimeBox::of);
  }

  /**
   * Non-blank names of stages and interviews.
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
        .map(s -> "Step " + s);
  }

  /**
   * Non-empty sets of stage formats.
   *
   * @return format sets
   */
  public static Arbitrary<Set<StageFormat>> formatSets() {
    return Arbitraries.subsetOf(StageFormat.values()).ofMinSize(1);
  }

  /**
   * Positive pay of 0.01 to 10000.00 USD.
   *
   * @return pay
   */
  public static Arbitrary<Money> pay() {
    return Arbitraries.integers().between(1, 1_000_000)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("USD")));
  }

  /**
   * A valid interview whose id is made from a prefix, so callers can keep ids unique.
   *
   * @param id the interview id
   * @return interviews of that id
   */
  public static Arbitrary<Interview> interviews(InterviewId id) {
    return Combinators.combine(
            names(),
            Arbitraries.of(InterviewFocus.class),
            durations(),
            TeamArbitraries.memberIds().set().ofMaxSize(3))
        .as((name, focus, duration, interviewers) -> Interview.builder()
            .id(id).name(name).focus(focus).duration(duration).interviewers(interviewers)
            .build());
  }

  /**
   * Valid interviews with ids drawn from a small range.
   *
   * @return interviews
   */
  public static Arbitrary<Interview> interviews() {
    return Arbitraries.integers().between(0, 99)
        .flatMap(i -> interviews(InterviewId.of("interview-" + i)));
  }

  /**
   * A valid stage of an id, holding 0 to 3 interviews whose ids start with the stage id.
   *
   * @param id the stage id
   * @return stages of that id
   */
  public static Arbitrary<Stage> stages(StageId id) {
    Arbitrary<List<Interview>> interviews = Arbitraries.integers().between(0, 3).flatMap(n -> {
      List<Arbitrary<Interview>> each = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        each.add(interviews(InterviewId.of(id.value() + "-interview-" + j)));
      }
      return Combinators.combine(each).as(list -> list);
    });
    return Combinators.combine(
            names(),
            Arbitraries.of(StageKind.class),
            formatSets(),
            timeBoxes().optional(),
            interviews,
            Arbitraries.of(true, false),
            pay().optional(0.2),
            Arbitraries.integers().between(0, 2))
        .as((name, kind, formats, timeBox, list, optional, pay, scorecards) -> Stage.builder()
            .id(id)
            .name(name)
            .kind(kind)
            .customKind(kind == StageKind.CUSTOM ? Optional.of("Custom " + name) : Optional.empty())
            .formats(formats)
            .timeBox(timeBox)
            .interviews(list)
            .optional(optional && kind != StageKind.OFFER)
            .pay(pay)
            .requiredScorecards(list.isEmpty() ? 0 : scorecards)
            .build());
  }

  /**
   * Valid stages with ids drawn from a small range.
   *
   * @return stages
   */
  public static Arbitrary<Stage> stages() {
    return Arbitraries.integers().between(0, 99).flatMap(i -> stages(StageId.of("stage-" + i)));
  }

  /**
   * Valid plans of 1 to 8 stages of random kinds, formats, optional flags, required scorecards
   * (0 to 2) and interviews, with version 1 to 5.
   *
   * @return plans
   */
  public static Arbitrary<InterviewPlan> plans() {
    Arbitrary<List<Stage>> stages = Arbitraries.integers().between(1, 8).flatMap(n -> {
      List<Arbitrary<Stage>> each = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        each.add(stages(StageId.of("stage-" + i)));
      }
      return Combinators.combine(each).as(list -> list);
    });
    return Combinators.combine(Arbitraries.integers().between(1, 5), stages)
        .as((version, list) -> InterviewPlan.builder().version(version).stages(list).build());
  }
}
