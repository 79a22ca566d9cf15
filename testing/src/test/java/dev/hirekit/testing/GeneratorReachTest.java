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
  /*
   * Sample sizes chosen so that chance alone does not fail a build: the rarest outcome is seen
   * about 10 times or more in each sample (measured: an offer declined in 1 % of applications,
   * a role resumed in 6 % of roles, an offer left approved in 1 % to 2 % of offers). With 200
   * offers, APPROVED was missed in about one run in thirty. The JSON round trip missed a failed
   * offer contingency once in 1,000 applications, so both draw 2,000.
   */
  private static final int APPLICATIONS = 2_000;
  private static final int ROLES = 200;
  private static final int OFFERS = 2_000;
  private static final int REPLAYS = 50;

  @Test
  void generatedHistoriesHoldEveryEventType() {
    Set<Class<?>> seen = new HashSet<>();
    Applications.applications().sampleStream().limit(APPLICATIONS)
        .forEach(app -> app.history().forEach(e -> seen.add(e.getClass())));
    Roles.roles().sampleStream().limit(ROLES)
        .forEach(role -> role.history().forEach(e -> seen.add(e.getClass())));
    assertThat(seen).containsAll(ApplicationEvent.types().values())
        .containsAll(RoleEvent.types().values());
  }

  @Test
  void generatedSlatesPoolsAndMergesHoldEveryEventTypeAndAreTheirOwnReplay() {
    Set<Class<?>> seen = new HashSet<>();
    Slates.slates().sampleStream().limit(ROLES).forEach(slate -> {
      slate.history().forEach(e -> seen.add(e.getClass()));
      assertThat(dev.hirekit.slate.Slate.replay(slate.history())).isEqualTo(slate);
    });
    Pools.pools().sampleStream().limit(ROLES).forEach(pool -> {
      pool.history().forEach(e -> seen.add(e.getClass()));
      assertThat(dev.hirekit.pool.TalentPool.replay(pool.history())).isEqualTo(pool);
    });
    Candidates.merges().sampleStream().limit(ROLES).forEach(merges -> {
      merges.history().forEach(e -> seen.add(e.getClass()));
      assertThat(dev.hirekit.candidacy.CandidateMerges.replay(merges.history()))
          .isEqualTo(merges);
    });
    assertThat(seen).containsAll(dev.hirekit.slate.SlateEvent.types().values())
        .containsAll(dev.hirekit.pool.PoolEvent.types().values())
        .containsAll(dev.hirekit.candidacy.MergeEvent.types().values());
  }

  @Test
  void generatedOffersReachEveryStatus() {
    Set<OfferStatus> seen = EnumSet.noneOf(OfferStatus.class);
    Offers.offers().sampleStream().limit(OFFERS).map(Offer::status).forEach(seen::add);
    assertThat(seen).containsExactlyInAnyOrder(OfferStatus.values());
  }

  @Test
  void generatedAggregatesAreTheirOwnReplay() {
    Applications.applications().sampleStream().limit(REPLAYS).forEach(app ->
        assertThat(Application.replay(app.history())).isEqualTo(app));
    Roles.roles().sampleStream().limit(REPLAYS).forEach(role ->
        assertThat(Role.replay(role.history())).isEqualTo(role));
  }
}
