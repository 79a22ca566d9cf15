package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.InvalidValueException;
import dev.hirekit.TestRuns;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A transfer over random applications: it succeeds exactly for the roles {@link
 * Application#transferTargets} lists (and then for every stage of their plan), only from an
 * active application without a live or accepted offer, and it keeps the id, the candidate, the
 * history and the date, and the references, while what belonged to the old role starts afresh.
 */
class TransferProperties {
  private static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");

  /** An open role under another id, on a plan of the walks, with one opening. */
  private static Role other(String id, InterviewPlan plan) {
    return Role.draft(RoleId.of(id), Roles.seedPosting(), Actor.system(), Instant.EPOCH)
        .setPlan(Actor.system(), Instant.EPOCH, plan)
        .addOpening(Actor.system(), Instant.EPOCH, OpeningId.of(id + "-1"))
        .open(Actor.system(), OPENED);
  }

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Applications.ACTORS);
  }

  @Provide
  Arbitrary<InterviewPlan> plans() {
    return Applications.plans();
  }

  private static Application tried(Application app, Role to, Actor by, Instant at, Stage entry) {
    try {
      return app.transfer(to, by, at, entry.id(), "a better fit");
    } catch (IllegalTransitionException | InvalidValueException refused) {
      return null;
    }
  }

  @Property
  void aTransferSucceedsExactlyForTheListedRolesAndKeepsTheHistoryAndTheDate(
      @ForAll("applications") Application app, @ForAll("actors") Actor actor,
      @ForAll("plans") InterviewPlan plan) {
    Instant at = app.history().get(app.history().size() - 1).at().plus(Duration.ofHours(1));
    Role open = other("role-elsewhere", plan);
    Role own = Applications.role(app);
    Role held = other("role-held", plan).hold(Actor.system(), OPENED);
    List<Role> roles = List.of(open, own, held);
    List<RoleId> targets = app.transferTargets(roles, actor);
    boolean transferable = app.status() == ApplicationStatus.ACTIVE
        && app.openOffer().isEmpty();
    Statistics.label("transfers").collect(!targets.isEmpty());
    if (TestRuns.isFull()) {
      Statistics.label("transfers").coverage(c -> c.check(true).percentage(p -> p > 10));
    }
    if (app.allowedActions(actor).contains(ApplicationAction.TRANSFER)) {
      assertThat(transferable).as("TRANSFER listed only for an active application without a"
          + " live or accepted offer").isTrue();
    }
    assertThat(targets).doesNotContain(app.roleId(), held.id());
    if (!targets.isEmpty()) {
      assertThat(transferable).isTrue();
      assertThat(app.allowedActions(actor)).contains(ApplicationAction.TRANSFER);
    }
    for (Role role : roles) {
      for (Stage entry : role.plan().orElseThrow().stages()) {
        Application moved = tried(app, role, actor, at, entry);
        assertThat(moved != null).as("transfer to %s at %s", role.id(), entry.id())
            .isEqualTo(targets.contains(role.id()));
        if (moved != null) {
          kept(app, moved, role, entry);
        }
      }
    }
  }

  private static void kept(Application app, Application moved, Role role, Stage entry) {
    assertThat(moved.id()).isEqualTo(app.id());
    assertThat(moved.candidateId()).isEqualTo(app.candidateId());
    assertThat(moved.history().subList(0, app.history().size())).isEqualTo(app.history());
    assertThat(moved.version()).isEqualTo(app.version() + 1);
    assertThat(moved.history().get(0).at()).isEqualTo(app.history().get(0).at());
    assertThat(moved.roleId()).isEqualTo(role.id());
    assertThat(moved.plan()).isEqualTo(role.plan().orElseThrow());
    assertThat(moved.hiringTeam()).isEqualTo(role.hiringTeam());
    assertThat(moved.stage()).contains(entry.id());
    assertThat(moved.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(moved.references()).isEqualTo(app.references());
    assertThat(moved.scorecards()).isEmpty();
    assertThat(moved.offers()).isEmpty();
    assertThat(moved.consideredFor()).isEmpty();
    assertThat(moved.artifacts()).isEmpty();
    assertThat(moved.requirementOutcomes()).isEmpty();
    assertThat(moved.accommodations()).isEmpty();
    assertThat(app.offers()).allMatch(o -> o.status() != OfferStatus.ACCEPTED
        && !o.status().isLive());
    assertThat(Application.replay(moved.history())).isEqualTo(moved);
  }
}
