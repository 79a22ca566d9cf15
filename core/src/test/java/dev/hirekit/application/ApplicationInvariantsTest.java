package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.withExtendedOffer;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.SeedRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value invariants of {@link Application}, which no sequence of actions can break (the
 * lifecycle tests show that); built here through the generated builder, which only this package
 * can reach, to show that a broken state is refused even so.
 */
class ApplicationInvariantsTest {

  private static ImmutableApplication.Builder from(Application app) {
    return ImmutableApplication.builder().from(app);
  }

  @Test
  void theStageIsAStageOfThePlan() {
    assertThatThrownBy(() -> from(Fixtures.applied()).stage(StageId.of("gone")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.stage: gone is not a stage of plan v1; use a stage of the plan");
  }

  @Test
  void anActiveApplicationIsAtAStageAndAProspectAtNone() {
    assertThatThrownBy(() -> from(Fixtures.applied()).stage(Optional.empty()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.stage: is missing while ACTIVE; an active or hired application"
            + " is at a stage");
    assertThatThrownBy(() -> from(Fixtures.applied()).status(ApplicationStatus.PROSPECT)
        .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.stage: is set for a prospect; a prospect is at no stage");
  }

  @Test
  void atMostOneOfferIsLive() {
    Application app = withExtendedOffer();
    List<Offer> offers = new ArrayList<>(app.offers());
    offers.add(app.offers().get(0));
    assertThatThrownBy(() -> from(app).offers(offers).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.offers: holds more than one live offer; at most one is live");
  }

  @Test
  void aHireHasAnAcceptedOfferAndAnOpening() {
    Application extended = withExtendedOffer();
    assertThatThrownBy(() -> from(extended).status(ApplicationStatus.HIRED)
        .hiredInto(SeedRole.OPENING).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.offers: has no accepted offer while HIRED; a hire needs one");
    Application accepted = extended.acceptOffer(Fixtures.CANDIDATE, t(8));
    assertThatThrownBy(() -> from(accepted).status(ApplicationStatus.HIRED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.hiredInto: must be set exactly while HIRED");
    assertThatThrownBy(() -> from(accepted).hiredInto(SeedRole.OPENING).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.hiredInto: must be set exactly while HIRED");
    assertThatThrownBy(() -> from(accepted).offers(List.of(accepted.offers().get(0)
        .closeWithApplication(OfferStatus.RESCINDED, "gone"))).status(ApplicationStatus.HIRED)
        .hiredInto(SeedRole.OPENING).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.offers: has no accepted offer while HIRED; a hire needs one");
  }

  @Test
  void anApplicationHasAHistory() {
    assertThatThrownBy(() -> from(Fixtures.applied()).log(dev.hirekit.internal.History.empty()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.history: is empty; an application starts with an Applied or"
            + " Prospected event");
  }
}
