package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.Artifact;
import dev.hirekit.application.Checksum;
import dev.hirekit.application.ChecksumAlgorithm;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The steps and stage decorations of artifacts and scorecard amendments, for {@link
 * Applications} and {@link Plans}: each step attempts one public action and knows whether its
 * arguments fit.
 */
final class ArtifactSteps {
  /** The asks a generated stage may make. */
  static final List<String> ASKS = List.of("cv", "solution");

  /** The URI of generated artifacts: personal data, erased by anonymization. */
  static final URI URI_OF_MATERIAL = URI.create("https://files.example.com/cand-1/material.pdf");

  /** The artifact every generated submission refers to. */
  static final Artifact ARTIFACT = Artifact.builder().uri(URI_OF_MATERIAL)
      .mediaType("application/pdf")
      .checksum(Checksum.of(ChecksumAlgorithm.SHA_256,
          "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
      .size(48_213L).build();

  private ArtifactSteps() {}

  /**
   * What a drawn decoration does to a stage: one time in eight it asks for a CV (required or
   * not), one time in eight for a required CV and an optional take-home solution, otherwise
   * nothing.
   */
  static Arbitrary<UnaryOperator<Stage>> decorations() {
    return Combinators.combine(Arbitraries.integers().between(0, 7),
            Arbitraries.of(true, false))
        .as((kind, required) -> stage -> {
          if (kind > 1) {
            return stage;
          }
          List<ArtifactAsk> asks = kind == 0
              ? List.of(ArtifactAsk.builder().name("cv").kind(ArtifactKind.CV)
                  .required(required).build())
              : List.of(ArtifactAsk.of("cv", ArtifactKind.CV),
                  ArtifactAsk.optional("solution", ArtifactKind.TAKE_HOME));
          return stage.withAsks(asks);
        });
  }

  /**
   * What to do to a plan of that many stages: half the time nothing, otherwise a {@link
   * #decorations() decoration} of each stage, drawn independently.
   */
  static Arbitrary<UnaryOperator<InterviewPlan>> decorations(int stages) {
    return Plans.eachStageOrNone(decorations(), stages);
  }

  /** The guided step of an allowed artifact or amendment action, picked by {@code rest}. */
  static Applications.Step guided(Application app, ApplicationAction action, int rest, Actor by,
      Duration after) {
    if (action == ApplicationAction.SUBMIT_ARTIFACT) {
      List<StageId> stages = app.artifactTargets(by);
      Stage stage = app.plan().stage(stages.get(rest % stages.size())).orElseThrow();
      ArtifactAsk ask = stage.asks().get(rest / 7 % stage.asks().size());
      return new Submit(stage.id(), ask.name(), by, after);
    }
    List<InterviewId> interviews = app.amendableInterviews(by);
    InterviewId interview = interviews.get(rest % interviews.size());
    boolean forOthers = by.kind() == Actor.Kind.SYSTEM || by.actsAs(HiringRole.COORDINATOR);
    MemberId interviewer = forOthers ? app.scorecards().stream()
        .filter(c -> c.interview().equals(interview)).map(Scorecard::interviewer)
        .findFirst().orElseThrow() : by.memberId().orElseThrow();
    return new ApplicationSteps.AmendScorecard(interview, interviewer,
        Recommendation.values()[rest / 3 % 4 == 0 ? 2 : 3], by, after);
  }

  /** Random artifact steps, allowed or not, with arguments from the plan and a little beyond. */
  static Arbitrary<Function<InterviewPlan, Applications.Step>> random(
      Arbitrary<Function<InterviewPlan, StageId>> stages, Arbitrary<Actor> by,
      Arbitrary<Duration> after) {
    return Combinators.combine(stages, Arbitraries.of("cv", "solution", "cv", "lunch"), by,
        after).as((stage, ask, who, gap) -> plan -> new Submit(stage.apply(plan), ask, who, gap));
  }

  /** The stages ahead of an application: its current stage and the later ones. */
  private static List<StageId> ahead(Application app) {
    int index = app.stage().map(app.plan()::indexOf).orElse(-1);
    return index < 0 ? List.of() : app.plan().stages()
        .subList(index, app.plan().stages().size()).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  record Submit(StageId stage, String ask, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.SUBMIT_ARTIFACT;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.submitArtifact(by, at, stage, ask, ARTIFACT);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      if (!ahead(app).contains(stage)) {
        return false;
      }
      Stage asking = app.plan().stage(stage).orElseThrow();
      // The material of a stage with a window is handed in during it: at the stage, once
      // booked (or, once handed in, replaced while there).
      boolean inWindow = asking.timeRule(TimeRule.Kind.WINDOW).isEmpty()
          || app.stage().equals(java.util.Optional.of(stage))
              && (app.bookedWindow().isPresent() || app.handedIn().isPresent());
      return inWindow && asking.ask(ask).isPresent();
    }
  }
}
