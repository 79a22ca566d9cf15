package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleStatus;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * The lifecycle generators give valid values, reached through public actions, and reach every
 * status often enough that properties over them test something.
 */
class GeneratorsProperties {

  @Property
  void applicationsAreValidAndReachEveryStatus(@ForAll("applications") Application app) {
    // Valid by construction: the history replays under every rule and permission.
    assertThat(Application.replay(app.history())).isEqualTo(app);
    assertThat(app.candidateId()).isEqualTo(Applications.CANDIDATE);
    Set<String> kinds = app.history().stream().map(e -> e.getClass().getSimpleName())
        .collect(Collectors.toSet());
    // Where the walks end: every status but hired is common; a walk that hires often goes on
    // (un-hired, or hired and still acting), so "ever hired" counts hires. The thresholds sit
    // at a third of the rates measured over 1,000 tries (at least 3 % end withdrawn or
    // rejected, and 3 % are ever hired), so that chance alone does not fail a build.
    Statistics.label("status").collect(app.status());
    coverage("status", c -> {
      for (ApplicationStatus status : ApplicationStatus.values()) {
        c.check(status).percentage(p -> status == ApplicationStatus.HIRED || p > 1);
      }
    });
    Statistics.label("ever hired").collect(kinds.contains("Hired"));
    coverage("ever hired", c -> c.check(true).percentage(p -> p > 1));
    Statistics.label("with offers").collect(!app.offers().isEmpty());
    coverage("with offers", c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("with scorecards").collect(!app.scorecards().isEmpty());
    coverage("with scorecards", c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("migrated").collect(kinds.contains("Migrated"));
    coverage("migrated", c -> c.check(true).count(n -> n > 0));
    Statistics.label("transferred").collect(kinds.contains("Transferred"));
    coverage("transferred", c -> c.check(true).count(n -> n > 0));
    Statistics.label("reference").collect(kinds.contains("ReferenceRecorded"));
    coverage("reference", c -> c.check(true).count(n -> n > 0));
  }

  @Property
  void offersReachEveryStatus(@ForAll("offers") Offer offer) {
    assertThat(offer.version()).isPositive();
    assertThat(offer.approvals()).hasSizeLessThanOrEqualTo(offer.approvalChain().required());
    Statistics.label("status").collect(offer.status());
    coverage("status", c -> {
      for (OfferStatus status : OfferStatus.values()) {
        c.check(status).count(n -> n > 0);
      }
    });
  }

  @Property
  void rolesAreValidAndReachEveryStatus(@ForAll("roles") Role role) {
    assertThat(Role.replay(role.history())).isEqualTo(role);
    Statistics.label("status").collect(role.status());
    coverage("status", c -> {
      for (RoleStatus status : RoleStatus.values()) {
        c.check(status).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 200)
  void draftsAreDraftsWithUpToFourOpenings(@ForAll("drafts") Role role) {
    assertThat(role.status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(role.openOpenings()).hasSizeLessThanOrEqualTo(4);
    assertThat(Role.replay(role.history())).isEqualTo(role);
  }

  @Property(tries = 200)
  void everyStepOfAScenarioSaysWhatItAttempts(@ForAll("scenarios") Applications.Scenario s) {
    Application app = s.start();
    assertThat(app.status()).isEqualTo(s.prospect()
        ? ApplicationStatus.PROSPECT : ApplicationStatus.ACTIVE);
    for (Applications.Intent intent : s.steps()) {
      Applications.Step step = intent.resolve(app, Applications.START);
      // Exactly one of the two kinds of action, by one of the cast, never long before.
      assertThat(step.action() == null).isNotEqualTo(step.offerAction() == null);
      assertThat(Applications.ACTORS).contains(step.by());
      assertThat(step.after()).isGreaterThanOrEqualTo(java.time.Duration.ofHours(-1));
      assertThat(step.toString()).isNotBlank();
      step.argumentsFit(app, Applications.START);
    }
    assertThat(Arrays.asList(ApplicationStatus.values())).contains(s.walk().status());
  }

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Provide
  Arbitrary<Offer> offers() {
    return Offers.offers();
  }

  @Provide
  Arbitrary<Role> roles() {
    return Roles.roles();
  }

  @Provide
  Arbitrary<Role> drafts() {
    return Roles.drafts();
  }

  @Provide
  Arbitrary<Applications.Scenario> scenarios() {
    return Applications.scenarios();
  }

  /**
   * Checks a label's coverage in a full run only: under PIT the tries are lowered to a handful,
   * no coverage can be reached, and the validity checks kill the mutants.
   */
  private static void coverage(String label, Consumer<StatisticsCoverage> checker) {
    if (!Boolean.getBoolean("hirekit.mutation")) {
      Statistics.label(label).coverage(checker);
    }
  }
}
