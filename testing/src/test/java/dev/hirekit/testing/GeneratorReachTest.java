package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleEvent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the generated roles, applications and offers went through covers every event type and
 * every offer status, whatever the tries of a run, and each is its own replay.
 *
 * <p>Hundreds of random walks per test: the mutation run (PIT) leaves this class out, since it
 * would run them again for every mutant; the walks' inputs are checked one by one, cheaply, by
 * {@link RoleWalksTest}, {@link OfferWalksTest} and {@link ApplicationWalksTest}.
 */
class GeneratorReachTest {
  private static final int SAMPLES = 200;

  @Test
  void generatedHistoriesHoldEveryEventType() {
    Set<Class<?>> seen = new HashSet<>();
    Applications.applications().sampleStream().limit(SAMPLES * 2)
        .forEach(app -> app.history().forEach(e -> seen.add(e.getClass())));
    Roles.roles().sampleStream().limit(SAMPLES)
        .forEach(role -> role.history().forEach(e -> seen.add(e.getClass())));
    assertThat(seen).containsAll(ApplicationEvent.types().values())
        .containsAll(RoleEvent.types().values());
  }

  @Test
  void generatedOffersReachEveryStatus() {
    Set<OfferStatus> seen = EnumSet.noneOf(OfferStatus.class);
    Offers.offers().sampleStream().limit(SAMPLES).map(Offer::status).forEach(seen::add);
    assertThat(seen).containsExactlyInAnyOrder(OfferStatus.values());
  }

  @Test
  void generatedAggregatesAreTheirOwnReplay() {
    Applications.applications().sampleStream().limit(SAMPLES / 4).forEach(app ->
        assertThat(Application.replay(app.history())).isEqualTo(app));
    Roles.roles().sampleStream().limit(SAMPLES / 4).forEach(role ->
        assertThat(Role.replay(role.history())).isEqualTo(role));
  }
}
