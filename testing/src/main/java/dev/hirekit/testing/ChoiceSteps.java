package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.AccommodationOutcome;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageChoice;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The steps and stage decorations of the candidate's choices, opt-ins and accommodation
 * requests, for {@link Applications} and {@link Plans}: each step attempts one public action and
 * knows whether its arguments fit.
 */
final class ChoiceSteps {
  /** The opt-ins a generated stage may declare. */
  static final List<String> OPT_INS = List.of("recording", "extra-conversation");

  /** The need of a generated accommodation request: free text, erased by anonymization. */
  static final String NEED = "Extra time, please: 25% more for written parts";

  private ChoiceSteps() {}

  /**
   * A stage, or the same stage with an exercise choice, a format choice and opt-ins, drawn
   * without the stage, so that a generator can combine it with its stages instead of
   * flat-mapping over each of them (a flat map builds and memoizes a new generator, with its
   * edge cases, for every value drawn).
   */
  static Arbitrary<UnaryOperator<Stage>> decorations() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
            Arbitraries.of(true, false), Arbitraries.subsetOf(OPT_INS))
        .as((kind, required, formats, optIns) -> stage -> {
          if (kind == 0) {
            return stage;
          }
          List<StageChoice> choices = new ArrayList<>();
          if (kind != 2) {
            choices.add(StageChoice.builder().name("exercise")
                .addOptions("pairing", "take-home").required(required).build());
          }
          if (formats && stage.formats().size() > 1) {
            choices.add(StageChoice.ofFormats(stage.formats().toArray(new StageFormat[0])));
          }
          return Stage.builder().from(stage).choices(choices)
              .optIns(kind == 3 ? List.of() : optIns).build();
        });
  }

  /**
   * A plan of that many stages as it is, or with its stages decorated: half the time
   * nothing, otherwise a {@link #decorations() decoration} of each stage, drawn independently.
   */
  static Arbitrary<UnaryOperator<InterviewPlan>> decorations(int stages) {
    return Plans.eachStageOrNone(decorations(), stages);
  }

  /** The guided step of an allowed choice action, its arguments picked by {@code rest}. */
  static Applications.Step guided(Application app, ApplicationAction action, int rest, Actor by,
      Duration after) {
    switch (action) {
      case CHOOSE: {
        List<StageId> stages = app.choiceTargets(by);
        Stage stage = app.plan().stage(stages.get(rest % stages.size())).orElseThrow();
        StageChoice choice = stage.choices().get(rest / 7 % stage.choices().size());
        return new Choose(stage.id(), choice.name(),
            choice.options().get(rest / 3 % choice.options().size()), by, after);
      }
      case OPT_IN:
      case OPT_OUT: {
        List<StageId> stages = app.optInTargets(by);
        Stage stage = app.plan().stage(stages.get(rest % stages.size())).orElseThrow();
        List<String> names = new ArrayList<>(stage.optIns());
        return new Opt(action == ApplicationAction.OPT_IN, stage.id(),
            names.get(rest / 5 % names.size()), by, after);
      }
      case REQUEST_ACCOMMODATION:
        return new RequestAccommodation(app.stage().orElseThrow(), by, after);
      default: {
        List<Long> pending = app.accommodationsToArrange(by);
        return new ArrangeAccommodation(pending.get(rest % pending.size()),
            AccommodationOutcome.values()[rest % AccommodationOutcome.values().length], by,
            after);
      }
    }
  }

  /** Random choice steps, allowed or not, with arguments from the plan and a little beyond. */
  static Arbitrary<Function<InterviewPlan, Applications.Step>> random(
      Arbitrary<Function<InterviewPlan, StageId>> stages, Arbitrary<Actor> by,
      Arbitrary<Duration> after) {
    Arbitrary<String> options = Arbitraries.of("pairing", "take-home", "ON_SITE", "VIDEO",
        "PHONE", "juggling");
    Arbitrary<String> names = Arbitraries.of("exercise", "format", "exercise", "lunch");
    Arbitrary<String> optIns = Arbitraries.of("recording", "extra-conversation", "lunch");
    Arbitrary<Applications.Step> arrange = Combinators.combine(Arbitraries.longs().between(1, 12),
            Arbitraries.of(AccommodationOutcome.class), by, after)
        .as(ArrangeAccommodation::new);
    return Arbitraries.oneOf(
        Combinators.combine(stages, names, options, by, after)
            .as((stage, name, option, who, gap) -> plan ->
                new Choose(stage.apply(plan), name, option, who, gap)),
        Combinators.combine(Arbitraries.of(true, false), stages, optIns, by, after)
            .as((in, stage, optIn, who, gap) -> plan ->
                new Opt(in, stage.apply(plan), optIn, who, gap)),
        Combinators.combine(stages, by, after)
            .as((stage, who, gap) -> plan ->
                new RequestAccommodation(stage.apply(plan), who, gap)),
        arrange.map(step -> plan -> step));
  }

  /** The stages ahead of an application: its current stage and the later ones. */
  private static List<StageId> ahead(Application app) {
    int index = app.stage().map(app.plan()::indexOf).orElse(-1);
    return index < 0 ? List.of() : app.plan().stages()
        .subList(index, app.plan().stages().size()).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  record Choose(StageId stage, String choice, String option, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.CHOOSE;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.choose(by, at, stage, choice, option);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return ahead(app).contains(stage) && app.plan().stage(stage).orElseThrow()
          .choice(choice).filter(c -> c.offers(option)).isPresent();
    }
  }

  record Opt(boolean in, StageId stage, String option, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return in ? ApplicationAction.OPT_IN : ApplicationAction.OPT_OUT;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return in ? app.optIn(by, at, stage, option) : app.optOut(by, at, stage, option);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return ahead(app).contains(stage)
          && app.plan().stage(stage).orElseThrow().optIns().contains(option);
    }
  }

  record RequestAccommodation(StageId stage, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.REQUEST_ACCOMMODATION;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.requestAccommodation(by, at, stage, NEED);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return ahead(app).contains(stage);
    }
  }

  record ArrangeAccommodation(long request, AccommodationOutcome outcome, Actor by,
      Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.ARRANGE_ACCOMMODATION;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.arrangeAccommodation(by, at, request, outcome);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return app.accommodations().stream()
          .anyMatch(a -> a.request() == request && a.outcome().isEmpty());
    }
  }
}
