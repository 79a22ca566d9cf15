package dev.hirekit.offer;

import dev.hirekit.TableAnswers;
import dev.hirekit.actor.Actor;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Offers;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The offer table's guards and policy answer yes or no as their reasons say, for generated offers
 * in every status, every actor, and two times: a minute before the offer expires and a minute
 * after (see {@link TableAnswers}).
 */
class QuickAnswersProperties {
  @Provide
  Arbitrary<Offer> offers() {
    return Offers.offers();
  }

  @Property
  void guardsAndPolicyAnswerAsTheirReasonsSay(@ForAll("offers") Offer offer) {
    for (Instant at : List.of(offer.expiresAt().minusSeconds(60),
        offer.expiresAt().plusSeconds(60))) {
      for (Actor actor : Applications.ACTORS) {
        TableAnswers.agree(offer.rules(), offer.status(), new Offer.Context(offer, actor, at),
            actor);
      }
    }
    TableAnswers.checkBothAnswersSeen();
  }
}
