package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.DebriefOutcome;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.role.CountryArrangement;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.VisaSponsorship;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Examples of what the generators built from parts ("shapes", combined rather than flat-mapped)
 * give, and of the steps of scoring scales, debriefs and links to an opening: each drawn part
 * shows in the value, and each step fits or misses as it says.
 */
class GeneratedShapesTest {
  private static final int SAMPLES = 600;
  private static final Actor RECRUITER = Applications.ACTORS.get(0);
  private static final Instant AT = Applications.START.plus(Duration.ofHours(1));
  private static final ScoringScale HIGH_LOW = ScoringScale.builder().name("High / Low")
      .addLabels(ScaleLabel.of("Low", Recommendation.NO),
          ScaleLabel.of("High", Recommendation.STRONG_YES))
      .abstain("Not assessed")
      .build();
  private static final InterviewId TECH = InterviewId.of("tech");
  private static final InterviewPlan SCALED = InterviewPlan.of(
      Stage.builder().id(StageId.of("onsite")).name("Onsite").kind(StageKind.INTERVIEW)
          .addFormat(StageFormat.ON_SITE).scale(HIGH_LOW)
          .addInterview(Interview.builder().id(TECH).name("Technical")
              .focus(InterviewFocus.TECHNICAL).duration(Duration.ofHours(1)).build())
          .build(),
      Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
          .addFormat(StageFormat.ASYNC).build());

  private static Application onsite() {
    return Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(SCALED), Actor.candidate(Applications.CANDIDATE),
        Applications.START);
  }

  private static ApplicationSteps.SubmitScorecard card(Recommendation rec) {
    return new ApplicationSteps.SubmitScorecard(TECH, Applications.ALICE, rec,
        Actor.member(Applications.ALICE, HiringRole.INTERVIEWER), Duration.ZERO);
  }

  @Test
  void aCardOnAScaledStageCarriesTheLabelOfItsRecommendation() {
    assertThat(card(Recommendation.STRONG_YES).argumentsFit(onsite(), AT)).isTrue();
    assertThat(card(Recommendation.STRONG_YES).run(onsite(), AT).scorecards().get(0)
        .scaleLabel()).contains("High");
    assertThat(card(Recommendation.NO_DECISION).run(onsite(), AT).scorecards().get(0)
        .scaleLabel()).contains("Not assessed");
    // the scale has no label for a plain yes: the step says it misses
    assertThat(card(Recommendation.YES).argumentsFit(onsite(), AT)).isFalse();
  }

  @Test
  void aDebriefAndALinkToTheOpeningSayWhatTheyAttempt() {
    Applications.Step debrief = new ApplicationSteps.Debrief(DebriefOutcome.HOLD, RECRUITER,
        Duration.ZERO);
    assertThat(debrief.action()).isEqualTo(ApplicationAction.DEBRIEF);
    assertThat(debrief.argumentsFit(onsite(), AT)).isTrue();
    Applications.Step link = new ApplicationSteps.ConsiderFor(Applications.OPENING, RECRUITER,
        Duration.ZERO);
    assertThat(link.argumentsFit(onsite(), AT)).isTrue();
    Application linked = link.run(onsite(), AT);
    assertThat(link.argumentsFit(linked, AT)).isFalse();
    assertThat(new ApplicationSteps.ConsiderFor(OpeningId.of("opening-9"), RECRUITER,
        Duration.ZERO).argumentsFit(onsite(), AT)).isFalse();
  }

  @Test
  void generatedStagesKeepOffersMandatoryAndTimeRulesFitTheirInterviews() {
    List<Stage> stages = Plans.stages().sampleStream().limit(SAMPLES).collect(Collectors.toList());
    assertThat(stages).filteredOn(s -> s.kind() == StageKind.OFFER).isNotEmpty()
        .noneMatch(Stage::optional);
    assertThat(stages).anyMatch(Stage::optional);
    assertThat(stages).filteredOn(s -> s.interviews().isEmpty())
        .allMatch(s -> s.timeRules().stream().allMatch(r -> r.kind() == TimeRule.Kind.WINDOW
            || r.kind() == TimeRule.Kind.RESPOND_WITHIN))
        .anyMatch(s -> s.timeRules().stream().anyMatch(r -> r.kind() == TimeRule.Kind.WINDOW));
    // stages with interviews keep the rules that count from them
    assertThat(stages).filteredOn(s -> !s.interviews().isEmpty()).anyMatch(s -> s.timeRules()
        .stream().anyMatch(r -> r.kind() == TimeRule.Kind.DECISION_AFTER_LAST_INTERVIEW));
    // a rule about material comes with an ask: the stage's own, or "work" where it had none,
    // and "work" only there
    assertThat(stages).filteredOn(s -> s.ask("work").isPresent()).isNotEmpty()
        .allMatch(s -> s.asks().size() == 1 && s.timeRules().stream().anyMatch(r ->
            r.kind() == TimeRule.Kind.WINDOW
                || r.kind() == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW));
    assertThat(stages).anyMatch(s -> s.ask("cv").isPresent() && s.timeRules().stream()
        .anyMatch(r -> r.kind() == TimeRule.Kind.WINDOW
            || r.kind() == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW));
  }

  @Test
  void stepsPickStagesOfThePlanOrOneElsewhere() {
    InterviewPlan plan = Plans.seed();
    Set<StageId> ids = plan.stages().stream().map(Stage::id).collect(Collectors.toSet());
    List<StageId> targets = Applications.steps(plan, Offers.compensations()).sampleStream()
        .limit(SAMPLES * 3).filter(ApplicationSteps.Move.class::isInstance)
        .map(s -> ((ApplicationSteps.Move) s).target()).collect(Collectors.toList());
    assertThat(targets).isNotEmpty().doesNotContainNull()
        .allMatch(t -> ids.contains(t) || t.equals(StageId.of("elsewhere")))
        .anyMatch(ids::contains);
  }

  @Test
  void onlyProspectsWalksAreCutShort() {
    List<Applications.Scenario> scenarios = Applications.scenarios().sampleStream()
        .limit(SAMPLES).collect(Collectors.toList());
    long shortWalks = scenarios.stream().filter(s -> !s.prospect())
        .filter(s -> s.steps().size() <= 2).count();
    long others = scenarios.stream().filter(s -> !s.prospect()).count();
    // About a quarter of uncut walks are this short (jqwik favours short lists); cutting half
    // of them too would make about two thirds so.
    assertThat(shortWalks).isLessThan(others * 45 / 100);
    assertThat(scenarios).filteredOn(Applications.Scenario::prospect)
        .anyMatch(s -> s.steps().size() <= 2);
  }

  @Test
  void aChoiceDecorationLeavesAboutAQuarterOfStagesAsTheyAre() {
    Stage stage = Plans.seed().stages().get(1);
    long unchanged = ChoiceSteps.decorations().sampleStream().limit(SAMPLES)
        .filter(d -> d.apply(stage).equals(stage)).count();
    assertThat(unchanged).isBetween((long) SAMPLES / 10, (long) SAMPLES / 2);
  }

  @Test
  void aThirdOfDecoratedPlansHoldRequirementsThatTheirStagesMayRequire() {
    InterviewPlan seed = Plans.seed();
    List<InterviewPlan> plans = RequirementSteps.decorations().sampleStream().limit(SAMPLES)
        .map(d -> d.apply(seed)).toList();
    List<InterviewPlan> holding = plans.stream().filter(p -> !p.requirements().isEmpty())
        .toList();
    assertThat(holding.size()).isBetween(SAMPLES / 5, SAMPLES / 2);
    assertThat(plans).filteredOn(p -> p.requirements().isEmpty()).allMatch(seed::equals);
    for (InterviewPlan plan : holding) {
      assertThat(plan.requirements()).isEqualTo(RequirementSteps.REQUIREMENTS);
      assertThat(plan.stages()).extracting(Stage::id).isEqualTo(seed.stages().stream()
          .map(Stage::id).toList());
      for (Stage stage : plan.stages()) {
        if (stage.requires().contains("right-to-work")) {
          assertThat(stage.kind()).isEqualTo(StageKind.OFFER);
        }
      }
      assertThat(plan.stages().stream().filter(s -> s.requires().contains("clearance")))
          .hasSizeLessThanOrEqualTo(1);
    }
    assertThat(holding).anyMatch(p -> p.stages().stream()
        .anyMatch(s -> s.requires().contains("right-to-work")));
    assertThat(holding).anyMatch(p -> p.stages().stream()
        .anyMatch(s -> s.kind() != StageKind.OFFER && s.requires().contains("clearance")));
    assertThat(holding).anyMatch(p -> p.stages().stream().allMatch(s -> s.requires().isEmpty()));
    assertThat(Plans.requirements().sampleStream().limit(SAMPLES).toList())
        .anyMatch(r -> r.description().isPresent())
        .anyMatch(r -> r.description().isEmpty())
        .extracting(r -> r.kind()).containsAll(List.of(RequirementKind.values()));
  }

  @Test
  void remotePoliciesNameRegionsOutsideTheirWholeCountriesAndArrangementsForWhatTheyAllow() {
    List<RemotePolicy> policies = Roles.remotePolicies().sampleStream().limit(SAMPLES).toList();
    for (RemotePolicy policy : policies) {
      for (String region : policy.allowedRegions()) {
        assertThat(region).matches("[A-Z]{2}-[A-Z0-9]{1,3}");
        assertThat(policy.allowedCountries()).doesNotContain(region.substring(0, 2));
      }
      for (CountryArrangement arrangement : policy.arrangements()) {
        assertThat(policy.allowedCountries().contains(arrangement.country())
            || policy.allowedRegions().stream()
                .anyMatch(r -> r.startsWith(arrangement.country() + "-"))).isTrue();
      }
    }
    assertThat(policies).anyMatch(p -> !p.allowedRegions().isEmpty())
        .anyMatch(p -> p.allowedRegions().size() > 1)
        .anyMatch(p -> p.arrangements().size() > 1)
        .anyMatch(p -> p.arrangements().stream()
            .anyMatch(a -> a.country().equals(p.allowedRegions().stream().findFirst()
                .map(r -> r.substring(0, 2)).orElse("--"))))
        .anyMatch(p -> !p.allowedCountries().isEmpty() && p.arrangements().isEmpty());
    // About 60 % of the countries a policy names get an arrangement.
    long named = policies.stream().mapToLong(p -> p.allowedCountries().size()
        + p.allowedRegions().stream().map(r -> r.substring(0, 2)).distinct()
            .filter(c -> !p.allowedCountries().contains(c)).count()).sum();
    long arranged = policies.stream().mapToLong(p -> p.arrangements().size()).sum();
    assertThat(arranged * 100 / named).isBetween(45L, 75L);
  }

  @Test
  void someRemotePostingsNeedNoCityAndSomeSayWhetherVisasAreSponsored() {
    List<Posting> postings = Roles.postings().sampleStream().limit(SAMPLES).toList();
    assertThat(postings).allMatch(p -> !p.locations().isEmpty()
        || (p.workplaceType() == WorkplaceType.REMOTE && p.remotePolicy().isPresent()));
    assertThat(postings).anyMatch(p -> p.locations().isEmpty())
        .anyMatch(p -> p.workplaceType() == WorkplaceType.REMOTE && p.remotePolicy().isPresent()
            && !p.locations().isEmpty())
        .anyMatch(p -> p.visaSponsorship().equals(Optional.of(VisaSponsorship.SPONSORED)))
        .anyMatch(p -> p.visaSponsorship().equals(Optional.of(VisaSponsorship.NOT_SPONSORED)))
        .anyMatch(p -> p.visaSponsorship().isEmpty());
  }
}
