package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an offer's walk ({@link Offers#walk}) does with each choice: it takes the option the
 * choice picks, favours progress six to one, and stops early exactly where it says it does.
 */
class OfferWalksTest {
  private static final Compensation TERMS = Offers.compensations().sample();
  private static final Compensation REVISED = Offers.compensations().sample();
  private static final Offer DRAFT = Offer.draft(OfferId.of("offer-1"), TERMS,
      Offers.DRAFTED.plus(Duration.ofDays(5)), ApprovalChain.none());
  private static final Set<OfferAction> PROGRESS = Set.of(OfferAction.SUBMIT_FOR_APPROVAL,
      OfferAction.APPROVE, OfferAction.EXTEND, OfferAction.ACCEPT, OfferAction.EXPIRE);
  private static final List<Long> HOURLY = Collections.nCopies(12, 1L);

  /**
   * A choice that picks an action in a state, with a rest (the choice divided by the number of
   * options) that leaves a remainder modulo a number.
   */
  private static int choiceOf(Offer offer, Instant when, OfferAction action, int multipleOf,
      int remainder) {
    List<Map.Entry<Actor, OfferAction>> options = Offers.options(offer, when);
    int index = 0;
    while (options.get(index).getValue() != action) {
      index++;
    }
    return index + remainder * options.size() + multipleOf * options.size();
  }

  @Test
  void progressComesSixTimesOverAndEveryOtherAllowedActionOnce() {
    Offer pending = Offer.draft(OfferId.of("offer-2"), TERMS,
            Offers.DRAFTED.plus(Duration.ofDays(5)),
            ApprovalChain.of(ApprovalMode.PARALLEL, 1, Offers.FINANCE, Offers.CEO))
        .submitForApproval(Actor.system(), Offers.DRAFTED);
    for (Offer offer : List.of(DRAFT, pending)) {
      List<Map.Entry<Actor, OfferAction>> options = Offers.options(offer, Offers.DRAFTED);
      assertThat(options).isNotEmpty();
      for (Map.Entry<Actor, OfferAction> option : options) {
        assertThat(offer.allowedActions(option.getKey(), Offers.DRAFTED))
            .contains(option.getValue());
        assertThat(Collections.frequency(options, option)).as("%s", option)
            .isEqualTo(PROGRESS.contains(option.getValue()) ? 6 : 1);
      }
    }
  }

  @Test
  void withoutChoicesTheDraftStaysADraft() {
    assertThat(Offers.walk(DRAFT, List.of(), HOURLY, REVISED)).isEqualTo(DRAFT);
  }

  @Test
  void eachChoiceTakesTheActionItPicks() {
    Instant when = Offers.DRAFTED.plus(Duration.ofHours(1));
    int extend = choiceOf(DRAFT, when, OfferAction.EXTEND, 1, 0);
    Offer extended = Offers.walk(DRAFT, List.of(extend), HOURLY, REVISED);
    assertThat(extended.status()).isEqualTo(OfferStatus.EXTENDED);
    int accept = choiceOf(extended, when.plus(Duration.ofHours(1)), OfferAction.ACCEPT, 1, 0);
    assertThat(Offers.walk(DRAFT, List.of(extend, accept), HOURLY, REVISED).status())
        .isEqualTo(OfferStatus.ACCEPTED);
  }

  @Test
  void aRevisionEndsTheWalkWithTheSupersededOfferWhenItsChoiceIsAMultipleOfFour() {
    Instant when = Offers.DRAFTED.plus(Duration.ofHours(1));
    int ending = choiceOf(DRAFT, when, OfferAction.REVISE, 4, 0);
    Offer superseded = Offers.walk(DRAFT, List.of(ending, ending), HOURLY, REVISED);
    assertThat(superseded.status()).isEqualTo(OfferStatus.SUPERSEDED);
    assertThat(superseded.compensation()).isEqualTo(TERMS);
    int goingOn = choiceOf(DRAFT, when, OfferAction.REVISE, 4, 1);
    Offer next = Offers.walk(DRAFT, List.of(goingOn), HOURLY, REVISED);
    assertThat(next.status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.compensation()).isEqualTo(REVISED);
  }

  @Test
  void aClosingStepEndsTheWalkExactlyWhenItsChoiceIsEven() {
    Instant when = Offers.DRAFTED.plus(Duration.ofHours(1));
    int extend = choiceOf(DRAFT, when, OfferAction.EXTEND, 1, 0);
    Offer extended = DRAFT.extend(Actor.system(), when);
    Instant later = when.plus(Duration.ofHours(1));
    int even = choiceOf(extended, later, OfferAction.DECLINE, 2, 0);
    int odd = choiceOf(extended, later, OfferAction.DECLINE, 2, 1);
    Offer declined = DRAFT.extend(Actor.system(), when)
        .decline(Actor.candidate(Applications.CANDIDATE), later, "no thanks");
    int revise = choiceOf(declined, later.plus(Duration.ofHours(1)), OfferAction.REVISE, 4, 1);
    List<Integer> stops = new ArrayList<>(List.of(extend, even, revise));
    assertThat(Offers.walk(DRAFT, stops, HOURLY, REVISED).status())
        .isEqualTo(OfferStatus.DECLINED);
    List<Integer> goesOn = new ArrayList<>(List.of(extend, odd, revise));
    Offer revised = Offers.walk(DRAFT, goesOn, HOURLY, REVISED);
    assertThat(revised.status()).isEqualTo(OfferStatus.DRAFT);
    assertThat(revised.version()).isEqualTo(2);
  }
}
