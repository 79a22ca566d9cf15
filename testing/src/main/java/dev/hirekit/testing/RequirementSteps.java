package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.RequirementOutcome;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The requirements of generated plans and the steps that check an application against them, for
 * {@link Applications} and {@link Plans}: each step attempts one public action and knows whether
 * its arguments fit.
 */
final class RequirementSteps {
  /** The requirements a generated plan may hold. */
  static final List<Requirement> REQUIREMENTS = List.of(
      Requirement.builder().name("right-to-work").kind(RequirementKind.RIGHT_TO_WORK)
          .description("Authorised to work in the country of the job").build(),
      Requirement.of("clearance", RequirementKind.SECURITY_CLEARANCE));

  private RequirementSteps() {}

  /**
   * What to do to a plan: two times in three nothing; otherwise give it {@link #REQUIREMENTS}, its
   * offer stages requiring the right to work when {@code offer} says so, and the stage at
   * position {@code at} (modulo the stages) requiring the clearance when {@code early} says so.
   */
  static Arbitrary<UnaryOperator<InterviewPlan>> decorations() {
    Arbitrary<UnaryOperator<InterviewPlan>> some = Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 7))
        .as((offer, early, at) -> plan -> {
          List<Stage> stages = new ArrayList<>();
          for (int i = 0; i < plan.stages().size(); i++) {
            Stage stage = plan.stages().get(i);
            List<String> requires = new ArrayList<>();
            if (offer && stage.kind() == StageKind.OFFER) {
              requires.add("right-to-work");
            }
            if (early && i == at % plan.stages().size()) {
              requires.add("clearance");
            }
            stages.add(Stage.builder().from(stage).requires(requires).build());
          }
          return InterviewPlan.builder().from(plan).requirements(REQUIREMENTS).stages(stages)
              .build();
        });
    return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(UnaryOperator.identity())),
        Tuple.of(1, some));
  }

  /** The guided step of an allowed check, picked by {@code rest}: met three times in four. */
  static Applications.Step guided(Application app, int rest, Actor by, Duration after) {
    List<String> names = app.requirementTargets(by);
    return new Check(names.get(rest % names.size()),
        rest / 5 % 4 == 3 ? RequirementOutcome.NOT_MET : RequirementOutcome.MET, by, after);
  }

  /** Random checks, allowed or not, of the plans' requirements and one no plan has. */
  static Arbitrary<Function<InterviewPlan, Applications.Step>> random(Arbitrary<Actor> by,
      Arbitrary<Duration> after) {
    return Combinators.combine(Arbitraries.of("right-to-work", "clearance", "visa"),
            Arbitraries.of(RequirementOutcome.class), by, after)
        .as((name, outcome, who, gap) -> plan -> new Check(name, outcome, who, gap));
  }

  record Check(String requirement, RequirementOutcome outcome, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.CHECK_REQUIREMENT;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.checkRequirement(by, at, requirement, outcome);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return app.plan().requirement(requirement).isPresent();
    }
  }
}
