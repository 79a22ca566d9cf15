package dev.hirekit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.team.HiringRole;
import dev.hirekit.testing.Actors;
import dev.hirekit.testing.Applications;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The property of the README, written as a user writes theirs against the published
 * hirekit-testing: under the policy, whoever acts, only a recruiter ever rejects an application.
 */
class UsersPolicyProperties {
  /** The user's policy: the default, except that only recruiters reject. */
  static final Policy<ApplicationAction, Application> ONLY_RECRUITERS_REJECT =
      (actor, action, app) -> Application.DEFAULT_POLICY.allows(actor, action, app)
          && (action != ApplicationAction.REJECT || actor.actsAs(HiringRole.RECRUITER));

  @Property
  void onlyRecruitersEverReject(@ForAll("applications") Application app,
      @ForAll("actors") Actor actor) {
    Application mine = app.withPolicy(ONLY_RECRUITERS_REJECT);
    Instant later = mine.history().get(mine.history().size() - 1).at().plusSeconds(60);
    if (!actor.actsAs(HiringRole.RECRUITER)) {
      assertThat(mine.allowedActions(actor)).doesNotContain(ApplicationAction.REJECT);
      RejectionReason reason = RejectionReason.of(RejectionSide.WE_REJECTED, "fit");
      assertThatThrownBy(() -> mine.reject(actor, later, reason))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Provide
  Arbitrary<Actor> actors() {   // the cast of the generated applications, and anyone
    return Arbitraries.oneOf(Arbitraries.of(Applications.ACTORS), Actors.actors());
  }

  /**
   * The property has teeth: under the default policy, which lets hiring managers reject too,
   * the generated applications include ones that a non-recruiter may reject.
   */
  @Property(tries = 200)
  void underTheDefaultPolicyTheSamePropertyWouldFail(@ForAll("applications") Application app) {
    Actor manager = Applications.ACTORS.get(2);
    boolean managerMayReject = app.allowedActions(manager).contains(ApplicationAction.REJECT);
    Statistics.label("a hiring manager may reject")
        .collect(managerMayReject);
    Statistics.label("a hiring manager may reject")
        .coverage(c -> c.check(true).percentage(p -> p > 10));
    if (managerMayReject) {
      Instant later = app.history().get(app.history().size() - 1).at().plus(Duration.ofHours(1));
      assertThat(app.reject(manager, later, RejectionReason.of(RejectionSide.WE_REJECTED, "fit"))
          .status()).isEqualTo(ApplicationStatus.REJECTED);
    }
  }
}
