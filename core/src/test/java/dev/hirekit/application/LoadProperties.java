package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Offer;
import dev.hirekit.team.HiringRole;
import dev.hirekit.testing.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The two load paths: {@code replay} checks every rule and every permission; {@code load}, for
 * the user's own store, checks every rule but not the permissions of the past, so a history
 * still loads after its policy is tightened, and the tightened policy governs what comes next.
 */
class LoadProperties {
  /** The default rules, with coordinators no longer allowed to do anything. */
  private static final Policy<ApplicationAction, Application> NO_COORDINATORS = (actor, action, subject) ->
      !actor.actsAs(HiringRole.COORDINATOR) && Application.DEFAULT_POLICY.allows(actor, action, subject);
  private static final HiringPolicy TIGHTENED = HiringPolicy.of(NO_COORDINATORS,
      Offer.DEFAULT_POLICY);

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Property
  void aStoredHistoryLoadsUnderATightenedPolicyThatItsReplayRefuses(
      @ForAll("applications") Application app) {
    List<ApplicationEvent> history = app.history();
    boolean coordinated = history.stream().anyMatch(e -> e.by().actsAs(HiringRole.COORDINATOR));
    Statistics.label("a coordinator acted").collect(coordinated);

    Application loaded = TIGHTENED.load(history);
    assertThat(loaded.history()).isEqualTo(history);
    assertThat(loaded.status()).isEqualTo(app.status());
    assertThat(loaded.stage()).isEqualTo(app.stage());
    assertThat(loaded.offers()).isEqualTo(app.offers());
    assertThat(loaded.policy()).isSameAs(NO_COORDINATORS);
    assertThat(loaded).isEqualTo(app.withPolicy(NO_COORDINATORS));
    Actor coordinator = Applications.ACTORS.get(1);
    assertThat(loaded.allowedActions(coordinator)).isEmpty();

    boolean replayed;
    try {
      TIGHTENED.replay(history);
      replayed = true;
    } catch (IllegalTransitionException refused) {
      replayed = false;
    }
    assertThat(replayed).isEqualTo(!coordinated);
  }

  /**
   * A policy that reads the subject: recruiters may reject only applications still at their
   * first stage; everything else as by default.
   */
  private static final Policy<ApplicationAction, Application> EARLY_REJECTS =
      (actor, action, application) -> action != ApplicationAction.REJECT
          || !actor.actsAs(HiringRole.RECRUITER)
          || application.stage().equals(Optional.of(application.plan().first().id()))
          ? Application.DEFAULT_POLICY.allows(actor, action, application) : false;

  @Property
  void anApplicationLoadedFromItsEventsBehavesAsItDidBeforeItWasStored(
      @ForAll("applications") Application app) {
    HiringPolicy policy = HiringPolicy.of(EARLY_REJECTS, Offer.DEFAULT_POLICY);
    Application stored = app.withPolicy(EARLY_REJECTS);
    Application loaded = policy.load(stored.history());

    assertThat(loaded).isEqualTo(stored);
    assertThat(loaded.policy()).isSameAs(EARLY_REJECTS);
    for (Actor actor : Applications.ACTORS) {
      assertThat(loaded.allowedActions(actor)).isEqualTo(stored.allowedActions(actor));
      assertThat(loaded.moveTargets(actor)).isEqualTo(stored.moveTargets(actor));
    }
    Actor recruiter = Applications.ACTORS.get(0);
    loaded.currentOffer().ifPresent(offer -> {
      assertThat(offer.policy()).isEqualTo(loaded.offerPolicy().within(loaded.hiringTeam()));
      if (loaded.status() == ApplicationStatus.ACTIVE) {
        assertThat(offer.allowedActions(recruiter, offer.expiresAt()))
            .containsAll(loaded.allowedOfferActions(recruiter, offer.expiresAt()));
      }
    });
    assertThat(loaded).as("applications under different policies are never equal")
        .isNotEqualTo(app.withPolicy(NO_COORDINATORS));
  }

  @Property
  void aLoadRefusesWhatBreaksARuleEvenWhenNoPermissionIsChecked(
      @ForAll("applications") Application app) {
    List<ApplicationEvent> backwards = new ArrayList<>(app.history());
    java.util.Collections.reverse(backwards);
    if (backwards.size() > 1) {
      assertThatThrownBy(() -> HiringPolicy.roles().load(backwards))
          .isInstanceOfAny(IllegalTransitionException.class, InvalidValueException.class);
    }
  }

  @Example
  void aLoadStillRefusesAnotherCandidateAndACandidatesLateEntry() {
    ApplicationEvent.Applied forged = new ApplicationEvent.Applied(Fixtures.APP, 1,
        Fixtures.CANDIDATE_ID, dev.hirekit.role.SeedRole.ROLE, dev.hirekit.role.SeedRole.plan(),
        dev.hirekit.team.HiringTeam.empty(), dev.hirekit.role.SeedRole.OFFER,
        java.util.Optional.of("me"), Fixtures.t(0), Fixtures.CANDIDATE);
    assertThatThrownBy(() -> HiringPolicy.roles().load(List.of(forged)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("entry at offer is a team decision");
    List<ApplicationEvent> other = new ArrayList<>(Fixtures.applied().history());
    other.add(new ApplicationEvent.Withdrawn(Fixtures.APP, 2, "not me", Fixtures.t(1),
        Actor.candidate(dev.hirekit.candidate.CandidateId.of("cand-other"))));
    assertThatThrownBy(() -> HiringPolicy.team().load(other))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("is not the candidate of this application");
  }
}
