package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a guided intent ({@link Applications.Intent#resolve}) picks for each choice: the option
 * it names (progress twelve times over), an offer left to lapse or an approval declined one
 * choice in five, and a scorecard's interview and recommendation from the rest of the choice.
 */
class ApplicationWalksTest {
  private static final Compensation TERMS = Offers.compensations().sample();
  private static final Applications.Step FALLBACK =
      new ApplicationSteps.Hire(Actor.system(), Duration.ZERO);
  private static final Set<Enum<?>> PROGRESS = Set.of(ApplicationAction.ADVANCE,
      ApplicationAction.SKIP, ApplicationAction.CONVERT, ApplicationAction.SUBMIT_SCORECARD,
      ApplicationAction.DRAFT_OFFER, ApplicationAction.HIRE, ApplicationAction.REOPEN,
      OfferAction.SUBMIT_FOR_APPROVAL, OfferAction.APPROVE, OfferAction.EXTEND,
      OfferAction.ACCEPT);
  private static final Actor RECRUITER = Applications.ACTORS.get(0);
  private static final Instant AT = Applications.START.plus(Duration.ofHours(1));

  private static final Stage ONSITE = Stage.builder().id(StageId.of("onsite")).name("Onsite")
      .kind(StageKind.INTERVIEW).addFormat(StageFormat.ON_SITE)
      .addInterview(Interview.builder().id(InterviewId.of("tech")).name("Technical")
          .focus(InterviewFocus.TECHNICAL).duration(Duration.ofHours(1)).build())
      .addInterview(Interview.builder().id(InterviewId.of("values")).name("Values")
          .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofHours(1)).build())
      .build();
  private static final Stage OFFER = Stage.builder().id(StageId.of("offer")).name("Offer")
      .kind(StageKind.OFFER).addFormat(StageFormat.ASYNC).build();

  private static Application applied(InterviewPlan plan) {
    return Application.apply(ApplicationId.of("app-1"), Applications.CANDIDATE,
        Applications.role(plan), Actor.candidate(Applications.CANDIDATE), Applications.START);
  }

  private static Application withOffer(ApprovalChain chain) {
    return applied(InterviewPlan.of(OFFER)).draftOffer(RECRUITER, Applications.START,
        OfferId.of("offer-1"), TERMS, Applications.START.plus(Duration.ofDays(10)), chain);
  }

  private static Enum<?> actionOf(Applications.Step step) {
    return step.action() != null ? step.action() : step.offerAction();
  }

  private static Applications.Step resolve(int choice, Application app, Instant at) {
    return new Applications.Intent(choice, FALLBACK, TERMS).resolve(app, at);
  }

  @Test
  void aNegativeChoiceTakesTheFallbackAndAnyOtherAnAllowedAction() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER));
    assertThat(resolve(-1, app, AT)).isSameAs(FALLBACK);
    assertThat(resolve(0, app, AT)).isNotSameAs(FALLBACK);
  }

  @Test
  void aChoicePicksTheOptionItNamesAndProgressComesTwelveTimesOver() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER));
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(app, AT);
    assertThat(options).extracting(Map.Entry::getValue)
        .contains(ApplicationAction.ADVANCE, ApplicationAction.REJECT);
    for (int choice = 0; choice < options.size(); choice++) {
      Map.Entry<Actor, Enum<?>> option = options.get(choice);
      Applications.Step step = resolve(choice, app, AT);
      assertThat(step.by()).isEqualTo(option.getKey());
      assertThat(actionOf(step)).isEqualTo(option.getValue());
      assertThat(step.after()).isZero();
      assertThat(Collections.frequency(options, option)).as("%s", option)
          .isEqualTo(PROGRESS.contains(option.getValue()) ? 12 : 1);
      Actor by = option.getKey();
      assertThat(option.getValue() instanceof ApplicationAction
          ? app.allowedActions(by).contains((ApplicationAction) option.getValue())
          : app.allowedOfferActions(by, AT).contains((OfferAction) option.getValue()))
          .as("%s is allowed", option).isTrue();
    }
  }

  @Test
  void oneChoiceInFiveLetsAnExtendedOfferLapse() {
    Application app = withOffer(ApprovalChain.none()).extendOffer(RECRUITER, Applications.START);
    Instant expires = app.liveOffer().orElseThrow().expiresAt();
    Applications.Step lapse = resolve(10, app, AT);
    assertThat(lapse.offerAction()).isEqualTo(OfferAction.EXPIRE);
    assertThat(lapse.by()).isEqualTo(RECRUITER);
    assertThat(AT.plus(lapse.after())).isEqualTo(expires.plus(Duration.ofMinutes(1)));
    assertThat(lapse.run(app, AT.plus(lapse.after())).liveOffer()).isEmpty();
    Instant late = expires.plus(Duration.ofDays(1));
    assertThat(resolve(10, app, late).after()).isZero();
    for (int choice = 11; choice < 15; choice++) {
      Map.Entry<Actor, Enum<?>> option = Applications.Intent.options(app, AT)
          .get(Math.floorMod(choice, Applications.Intent.options(app, AT).size()));
      assertThat(actionOf(resolve(choice, app, AT))).isEqualTo(option.getValue());
    }
  }

  @Test
  void oneChoiceInFiveHasTheNextAwaitedApproverDecline() {
    Application pending = withOffer(ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2,
        Offers.FINANCE, Offers.CEO)).submitOfferForApproval(RECRUITER, Applications.START);
    Applications.Step first = resolve(5, pending, AT);
    assertThat(first.offerAction()).isEqualTo(OfferAction.DECLINE_APPROVAL);
    assertThat(first.by().memberId()).contains(Offers.FINANCE);
    assertThat(first.after()).isZero();
    Application approved = pending.approveOffer(Applications.ACTORS.get(5), AT);
    Applications.Step second = resolve(5, approved, AT);
    assertThat(second.offerAction()).isEqualTo(OfferAction.DECLINE_APPROVAL);
    assertThat(second.by().memberId()).contains(Offers.CEO);
  }

  @Test
  void aDraftOfferNeitherLapsesNorIsDeclinedByAnApprover() {
    Application drafted = withOffer(ApprovalChain.of(ApprovalMode.PARALLEL, 1, Offers.FINANCE,
        Offers.CEO));
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(drafted, AT);
    Applications.Step step = resolve(5, drafted, AT);
    assertThat(actionOf(step)).isEqualTo(options.get(5 % options.size()).getValue());
    assertThat(step.by()).isEqualTo(options.get(5 % options.size()).getKey());
  }

  @Test
  void aScorecardTakesItsInterviewAndRecommendationFromTheChoice() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER));
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(app, AT);
    int index = 0;
    while (options.get(index).getValue() != ApplicationAction.SUBMIT_SCORECARD) {
      index++;
    }
    for (int round = 0; round < 8; round++) {
      int choice = index + round * options.size();
      Applications.Step step = resolve(choice, app, AT);
      assertThat(step).isInstanceOf(ApplicationSteps.SubmitScorecard.class);
      ApplicationSteps.SubmitScorecard card = (ApplicationSteps.SubmitScorecard) step;
      assertThat(card.rec()).isEqualTo(round % 4 == 0
          ? Recommendation.values()[1] : Recommendation.values()[3]);
      assertThat(card.interview()).isEqualTo(
          new ArrayList<>(ONSITE.interviews()).get(round % 2).id());
      assertThat(card.interviewer()).isEqualTo(options.get(index).getKey().memberId()
          .orElse(Applications.ALICE));
    }
  }
  @Test
  void offerActionsAreAmongTheOptions() {
    Application app = withOffer(ApprovalChain.none()).extendOffer(RECRUITER, Applications.START);
    assertThat(Applications.Intent.options(app, AT)).contains(
        Map.entry(Actor.candidate(Applications.CANDIDATE), OfferAction.ACCEPT),
        Map.entry(RECRUITER, OfferAction.RESCIND));
  }

  @Test
  void oneDraftedOfferInThreeNeedsApproval() {
    Application app = applied(InterviewPlan.of(OFFER));
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(app, AT);
    int index = options.indexOf(Map.entry(RECRUITER, ApplicationAction.DRAFT_OFFER));
    assertThat(index).isNotNegative();
    for (int round = 0; round < 6; round++) {
      Applications.Step step = resolve(index + round * options.size(), app, AT);
      int required = round % 3 == 0 ? 1 : 0;
      assertThat(step).isInstanceOfSatisfying(ApplicationSteps.DraftOffer.class, draft ->
          assertThat(draft.chain().required()).isEqualTo(required));
    }
  }

  @Test
  void aTransferIsOfferedOnceByOneOfThoseWhoMayTurningWithTheVersion() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER));
    List<Actor> may = Applications.ACTORS.stream()
        .filter(a -> app.allowedActions(a).contains(ApplicationAction.TRANSFER)).toList();
    assertThat(may).containsExactly(RECRUITER, Applications.ACTORS.get(2),
        Applications.ACTORS.get(4), Actor.system());
    Application later = new ApplicationSteps.Simple(ApplicationAction.RECORD_REFERENCE,
        RECRUITER, Duration.ZERO).run(app, AT);
    Set<Actor> offered = new java.util.HashSet<>();
    for (Application version : List.of(app, later)) {
      List<Map.Entry<Actor, Enum<?>>> transfers = Applications.Intent.options(version, AT)
          .stream().filter(o -> o.getValue() == ApplicationAction.TRANSFER).toList();
      assertThat(transfers).hasSize(1);
      assertThat(transfers.get(0).getKey())
          .isEqualTo(may.get((int) (version.version() % may.size())));
      offered.add(transfers.get(0).getKey());
    }
    assertThat(offered).hasSize(2);
  }

  @Test
  void aTransferGoesToTheOtherRoleAtTheFirstStageOrAtOneTheRestOfTheChoicePicks() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER));
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(app, AT);
    int index = options.stream().map(Map.Entry::getValue).toList()
        .indexOf(ApplicationAction.TRANSFER);
    assertThat(index).isNotNegative();
    for (int round = 0; round < 6; round++) {
      StageId entry = round % 2 == 0 ? null
          : app.plan().stages().get(round / 2 % 2).id();
      assertThat(resolve(index + round * options.size(), app, AT)).isEqualTo(
          new ApplicationSteps.Transfer(Applications.OTHER_ROLE, entry,
              options.get(index).getKey(), Duration.ZERO));
    }
    Application moved = resolve(index, app, AT).run(app, AT);
    List<Map.Entry<Actor, Enum<?>>> back = Applications.Intent.options(moved, AT);
    int again = back.stream().map(Map.Entry::getValue).toList()
        .indexOf(ApplicationAction.TRANSFER);
    assertThat(resolve(again, moved, AT)).isInstanceOfSatisfying(ApplicationSteps.Transfer.class,
        transfer -> assertThat(transfer.to()).isEqualTo(app.roleId()));
  }

  @Test
  void nothingAllowedTakesTheFallback() {
    Application app = applied(InterviewPlan.of(ONSITE, OFFER))
        .withPolicy((actor, action, subject) -> false);
    assertThat(Applications.Intent.options(app, AT)).isEmpty();
    assertThat(resolve(7, app, AT)).isSameAs(FALLBACK);
  }
  @Test
  void anUnhireTakesItsReasonFromTheRestOfTheChoice() {
    Application hired = new ApplicationSteps.Hire(RECRUITER, Duration.ZERO).run(
        withOffer(ApprovalChain.none()).extendOffer(RECRUITER, Applications.START)
            .acceptOffer(Actor.candidate(Applications.CANDIDATE), Applications.START),
        Applications.START);
    List<Map.Entry<Actor, Enum<?>>> options = Applications.Intent.options(hired, AT);
    int index = options.indexOf(Map.entry(RECRUITER, ApplicationAction.UNHIRE));
    assertThat(index).isNotNegative();
    for (int round = 0; round < 4; round++) {
      int expected = round % 2;
      assertThat(resolve(index + round * options.size(), hired, AT))
          .isInstanceOfSatisfying(ApplicationSteps.Unhire.class, unhire -> assertThat(
              unhire.reason()).isEqualTo(dev.hirekit.application.UnhireReason.values()[expected]));
    }
  }
}
