package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.money.Money;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.team.MemberId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every value generator (each called inside its own dynamic test, so that the mutation run
 * knows which test covers it) gives valid values (core's factories and builders check them, so a
 * generated value exists only if it is valid) that vary, and every enum generator gives every
 * constant.
 */
class ValuesTest {
  private static final int SAMPLES = 300;
  /**
   * Samples for "gives valid, varied values": more than one distinct value shows in far fewer;
   * the mutation run executes this factory once per mutated class, so its cost counts there.
   */
  private static final int VARIED_SAMPLES = 50;
  private static final Currency USD = Currency.getInstance("USD");

  private static Map<String, Supplier<Arbitrary<?>>> values() {
    Map<String, Supplier<Arbitrary<?>>> all = new LinkedHashMap<>();
    all.put("Moneys.currencies", Moneys::currencies);
    all.put("Moneys.currenciesWithoutMinorUnits", Moneys::currenciesWithoutMinorUnits);
    all.put("Moneys.money", Moneys::money);
    all.put("Moneys.nonNegativeMoney", Moneys::nonNegativeMoney);
    all.put("Moneys.positiveMoney", Moneys::positiveMoney);
    all.put("Moneys.payRates", Moneys::payRates);
    all.put("Moneys.payRanges", Moneys::payRanges);
    all.put("Teams.memberIds", Teams::memberIds);
    all.put("Teams.roleSets", Teams::roleSets);
    all.put("Teams.members", Teams::members);
    all.put("Teams.teams", Teams::teams);
    all.put("Plans.durations", Plans::durations);
    all.put("Plans.timeBoxes", Plans::timeBoxes);
    all.put("Plans.names", Plans::names);
    all.put("Plans.formatSets", Plans::formatSets);
    all.put("Plans.pay", Plans::pay);
    all.put("Plans.stageIds", Plans::stageIds);
    all.put("Plans.interviewIds", Plans::interviewIds);
    all.put("Plans.interviews", Plans::interviews);
    all.put("Plans.stages", Plans::stages);
    all.put("Plans.plans", Plans::plans);
    all.put("Roles.countries", Roles::countries);
    all.put("Roles.texts", Roles::texts);
    all.put("Roles.locations", Roles::locations);
    all.put("Roles.timeZoneWindows", Roles::timeZoneWindows);
    all.put("Roles.remotePolicies", Roles::remotePolicies);
    all.put("Roles.descriptions", Roles::descriptions);
    all.put("Roles.roleIds", Roles::roleIds);
    all.put("Roles.openingIds", Roles::openingIds);
    all.put("Roles.openings", Roles::openings);
    all.put("Roles.payRanges", Roles::payRanges);
    all.put("Roles.applyUrls", Roles::applyUrls);
    all.put("Roles.postings", Roles::postings);
    all.put("Candidates.candidateIds", Candidates::candidateIds);
    all.put("Candidates.referrerIds", Candidates::referrerIds);
    all.put("Candidates.names", Candidates::names);
    all.put("Candidates.emails", Candidates::emails);
    all.put("Candidates.phones", Candidates::phones);
    all.put("Candidates.links", Candidates::links);
    all.put("Candidates.contacts", Candidates::contacts);
    all.put("Candidates.sources", Candidates::sources);
    all.put("Candidates.instants", Candidates::instants);
    all.put("Candidates.consents", Candidates::consents);
    all.put("Candidates.tags", Candidates::tags);
    all.put("Candidates.candidates", Candidates::candidates);
    all.put("Offers.offerIds", Offers::offerIds);
    all.put("Offers.units", Offers::units);
    all.put("Offers.percents", Offers::percents);
    all.put("Offers.equities", Offers::equities);
    all.put("Offers.startDates", Offers::startDates);
    all.put("Offers.compensations", Offers::compensations);
    all.put("Offers.approvalChains", Offers::approvalChains);
    all.put("Feedback.attributeRatings", Feedback::attributeRatings);
    all.put("Feedback.scorecards", Feedback::scorecards);
    all.put("Feedback.references", Feedback::references);
    all.put("Actors.members", Actors::members);
    all.put("Actors.candidates", Actors::candidates);
    all.put("Actors.actors", Actors::actors);
    all.put("Applications.applicationIds", Applications::applicationIds);
    all.put("Applications.rejectionReasons", Applications::rejectionReasons);
    return all;
  }

  private static Map<Class<? extends Enum<?>>, Supplier<Arbitrary<? extends Enum<?>>>> enums() {
    Map<Class<? extends Enum<?>>, Supplier<Arbitrary<? extends Enum<?>>>> all = new LinkedHashMap<>();
    all.put(dev.hirekit.money.PayPeriod.class, Moneys::payPeriods);
    all.put(dev.hirekit.team.HiringRole.class, Teams::hiringRoles);
    all.put(dev.hirekit.plan.TimeBox.Bound.class, Plans::bounds);
    all.put(dev.hirekit.plan.StageFormat.class, Plans::stageFormats);
    all.put(dev.hirekit.plan.StageKind.class, Plans::stageKinds);
    all.put(dev.hirekit.plan.InterviewFocus.class, Plans::interviewFocuses);
    all.put(dev.hirekit.plan.Recommendation.class, Plans::recommendations);
    all.put(dev.hirekit.role.WorkplaceType.class, Roles::workplaceTypes);
    all.put(dev.hirekit.role.EmploymentType.class, Roles::employmentTypes);
    all.put(dev.hirekit.role.RoleStatus.class, Roles::roleStatuses);
    all.put(dev.hirekit.role.RoleAction.class, Roles::roleActions);
    all.put(dev.hirekit.role.RoleCloseReason.class, Roles::roleCloseReasons);
    all.put(dev.hirekit.role.OpeningStatus.class, Roles::openingStatuses);
    all.put(dev.hirekit.role.OpeningCloseReason.class, Roles::openingCloseReasons);
    all.put(dev.hirekit.candidate.SourceKind.class, Candidates::sourceKinds);
    all.put(EquityKind.class, Offers::equityKinds);
    all.put(dev.hirekit.approval.ApprovalMode.class, Offers::approvalModes);
    all.put(dev.hirekit.offer.OfferStatus.class, Offers::offerStatuses);
    all.put(dev.hirekit.offer.OfferAction.class, Offers::offerActions);
    all.put(dev.hirekit.feedback.RefereeRelationship.class, Feedback::refereeRelationships);
    all.put(dev.hirekit.feedback.ReferenceOutcome.class, Feedback::referenceOutcomes);
    all.put(Actor.Kind.class, Actors::kinds);
    all.put(dev.hirekit.application.ApplicationStatus.class, Applications::applicationStatuses);
    all.put(dev.hirekit.application.ApplicationAction.class, Applications::applicationActions);
    all.put(dev.hirekit.application.RejectionSide.class, Applications::rejectionSides);
    all.put(dev.hirekit.application.UnhireReason.class, Applications::unhireReasons);
    return all;
  }

  private static List<?> sample(Arbitrary<?> arbitrary, int samples) {
    return arbitrary.sampleStream().limit(samples).collect(Collectors.toList());
  }

  @TestFactory
  Stream<DynamicTest> everyValueGeneratorGivesVariedValues() {
    return values().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      List<?> values = sample(e.getValue().get(), VARIED_SAMPLES);
      assertThat(values).hasSize(VARIED_SAMPLES).doesNotContainNull();
      assertThat(Set.copyOf(values)).as("distinct values of %s", e.getKey()).hasSizeGreaterThan(1);
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyEnumGeneratorGivesEveryConstant() {
    return enums().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey().getSimpleName(), () ->
            assertThat(Set.<Object>copyOf(sample(e.getValue().get(), SAMPLES)))
                .containsExactlyInAnyOrderElementsOf(List.of(e.getKey().getEnumConstants()))));
  }

  @Test
  void moneyStaysInItsCurrencyAndSign() {
    assertThat(Moneys.positiveMoney(USD).sampleStream().limit(SAMPLES))
        .allSatisfy(m -> {
          assertThat(m.currency()).isEqualTo(USD);
          assertThat(m.amount().signum()).isPositive();
        });
    assertThat(Moneys.nonNegativeMoney(USD).sampleStream().limit(SAMPLES))
        .noneMatch(Money::isNegative);
    assertThat(Moneys.currenciesWithMinorUnits()).contains(USD)
        .noneMatch(c -> c.getDefaultFractionDigits() < 0);
    assertThat(Moneys.payRanges().sampleStream().limit(SAMPLES))
        .allSatisfy(r -> assertThat(r.min().compareTo(r.max())).isLessThanOrEqualTo(0));
  }

  @Test
  void identifiersReachTheLongestCoreAccepts() {
    List<Integer> lengths = Applications.applicationIds().sampleStream().limit(SAMPLES)
        .map(id -> id.value().length()).collect(Collectors.toList());
    assertThat(lengths).contains(1, Texts.IDENTIFIER_MAX_LENGTH)
        .allSatisfy(n -> assertThat(n).isBetween(1, Texts.IDENTIFIER_MAX_LENGTH));
  }

  @Test
  void namesComeInAnyScriptAndBeyondTheBasicPlane() {
    List<String> names = Texts.names().sampleStream().limit(SAMPLES)
        .collect(Collectors.toList());
    assertThat(names).anyMatch(n -> n.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(names).anyMatch(n -> n.chars().anyMatch(c -> c > 0x2E80 && c < 0xA000));
    assertThat(names).noneMatch(String::isBlank);
  }

  @Test
  void scopedGeneratorsKeepTheirScope() {
    StageId stage = StageId.of("onsite");
    assertThat(Plans.stages(stage).sampleStream().limit(50))
        .allSatisfy(s -> {
          assertThat(s.id()).isEqualTo(stage);
          assertThat(s.interviews()).allSatisfy(i ->
              assertThat(i.id().value()).startsWith("onsite-interview-"));
        });
    InterviewId interview = InterviewId.of("tech");
    MemberId interviewer = MemberId.of("m-1");
    assertThat(Feedback.scorecards(interview, interviewer).sampleStream().limit(50))
        .allSatisfy(c -> {
          assertThat(c.interview()).isEqualTo(interview);
          assertThat(c.interviewer()).isEqualTo(interviewer);
        });
    assertThat(Offers.equities(EquityKind.OPTIONS).sampleStream().limit(50))
        .allSatisfy(g -> assertThat(g.cliffMonths()).isLessThanOrEqualTo(g.vestingMonths()));
    assertThat(Offers.compensations(USD).sampleStream().limit(50))
        .allSatisfy(c -> assertThat(c.base().amount().currency()).isEqualTo(USD));
  }

  @Test
  void theSeedPlanAndPostingAreThoseOfTheGeneratedApplications() {
    assertThat(Plans.seed().stages()).extracting(s -> s.id().value())
        .containsExactly("application", "screen", "take-home", "interviews", "references",
            "offer");
    assertThat(Applications.role(Plans.seed()).posting()).isEqualTo(Roles.seedPosting());
    assertThat(Applications.role(Plans.seed()).openOpenings()).extracting(o -> o.id())
        .containsExactly(Applications.OPENING);
  }
  @Test
  void currenciesSplitIntoThoseMoneyTakesAndTheRest() {
    Set<Currency> taken = Set.copyOf(Moneys.currencies().allValues().orElseThrow()
        .collect(Collectors.toList()));
    Set<Currency> refused = Set.copyOf(Moneys.currenciesWithoutMinorUnits().allValues()
        .orElseThrow().collect(Collectors.toList()));
    assertThat(taken).containsExactlyInAnyOrderElementsOf(Moneys.currenciesWithMinorUnits())
        .contains(USD, Currency.getInstance("JPY"))
        .allSatisfy(c -> assertThat(c.getDefaultFractionDigits()).isNotNegative());
    assertThat(refused).contains(Currency.getInstance("XAU"))
        .allSatisfy(c -> assertThat(c.getDefaultFractionDigits()).isNegative());
    assertThat(taken.size() + refused.size())
        .isEqualTo(Currency.getAvailableCurrencies().size());
  }

  @Test
  void phonesAndTagsKeepTheirShape() {
    assertThat(Candidates.phones().sampleStream().limit(SAMPLES)).allSatisfy(p -> {
      assertThat(p).startsWith("+");
      assertThat(p.chars().filter(Character::isDigit).count()).isBetween(7L, 15L);
    });
    assertThat(Candidates.tags().sampleStream().limit(SAMPLES))
        .allSatisfy(t -> assertThat(t).isNotBlank().hasSizeLessThanOrEqualTo(10));
  }

  @Test
  void stagesHoldZeroToThreeInterviewsAndPlansOneToEightStages() {
    List<Integer> interviews = Plans.stages().sampleStream().limit(SAMPLES)
        .map(s -> s.interviews().size()).collect(Collectors.toList());
    assertThat(interviews).contains(0, 3).allSatisfy(n -> assertThat(n).isBetween(0, 3));
    List<Integer> stages = Plans.plans().sampleStream().limit(SAMPLES)
        .map(p -> p.stages().size()).collect(Collectors.toList());
    assertThat(stages).contains(1, 8).allSatisfy(n -> assertThat(n).isBetween(1, 8));
  }

  @Test
  void thePlansOfTheWalksEndInAnOfferStageAddingOneOnlyWhereNoneIs() {
    assertThat(Applications.plans().sampleStream().limit(SAMPLES)).allSatisfy(plan -> {
      long offers = plan.stages().stream().filter(s -> s.kind() == StageKind.OFFER).count();
      boolean added = plan.stage(StageId.of("final-offer")).isPresent();
      assertThat(offers).isPositive();
      assertThat(added).isEqualTo(offers == 1 && plan.stages().get(plan.stages().size() - 1)
          .id().equals(StageId.of("final-offer")));
    });
  }

  @Test
  void randomScorecardStepsNameTheInterviewsOfThePlanAndSometimesNone() {
    Set<InterviewId> named = Applications.steps(Plans.seed(), Offers.compensations())
        .sampleStream().limit(SAMPLES * 3)
        .filter(ApplicationSteps.SubmitScorecard.class::isInstance)
        .map(s -> ((ApplicationSteps.SubmitScorecard) s).interview())
        .collect(Collectors.toSet());
    assertThat(named).contains(InterviewId.of("interviews-technical"),
        InterviewId.of("interviews-non-technical"), InterviewId.of("nowhere"));
  }
  @Test
  void offerStagesAreNeverOptionalAndOtherStagesSometimesAre() {
    List<dev.hirekit.plan.Stage> stages = Plans.stages().sampleStream().limit(SAMPLES)
        .collect(Collectors.toList());
    assertThat(stages).filteredOn(s -> s.kind() == StageKind.OFFER).isNotEmpty()
        .noneMatch(dev.hirekit.plan.Stage::optional);
    assertThat(stages).anyMatch(dev.hirekit.plan.Stage::optional)
        .anyMatch(s -> s.kind() != StageKind.OFFER && !s.optional());
  }

  @Test
  void consentsAndOpeningsComeInEveryShape() {
    assertThat(Candidates.consents().sampleStream().limit(SAMPLES))
        .anyMatch(c -> c.expiresAt().isPresent()).anyMatch(c -> c.expiresAt().isEmpty());
    assertThat(Roles.openings().sampleStream().limit(SAMPLES))
        .anyMatch(o -> o.closeReason().isPresent()).anyMatch(o -> o.closeReason().isEmpty());
  }

  @Test
  void aboutOneIntentInFourFallsBackToItsRandomStep() {
    long fallbacks = Applications.intents(Plans.seed(), Offers.compensations()).sampleStream()
        .limit(SAMPLES).filter(i -> i.choice() < 0).count();
    assertThat(fallbacks).isBetween(SAMPLES / 10L, SAMPLES * 45L / 100);
  }

  @Test
  void theSeedPlansOfTheWalksLetAnyoneOrOnlyAliceScoreTheInterviews() {
    Set<List<MemberId>> panels = Applications.plans().sampleStream().limit(SAMPLES)
        .flatMap(p -> p.stage(StageId.of("interviews")).stream())
        .flatMap(s -> s.interviews().stream()).map(i -> List.copyOf(i.interviewers()))
        .collect(Collectors.toSet());
    assertThat(panels).containsExactlyInAnyOrder(List.of(), List.of(Applications.ALICE));
  }
}
