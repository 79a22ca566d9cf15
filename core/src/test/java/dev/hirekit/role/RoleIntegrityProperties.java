package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.ForgedHistories;
import dev.hirekit.ForgedHistories.Mutation;
import dev.hirekit.InvalidValueException;
import dev.hirekit.TestRuns;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A role's state comes only from its actions: the builder builds drafts, no copy changes where a
 * role stands, and a mutated or forged history is refused by {@link Role#replay(Role, List)} or
 * passes an audit written independently of the role's code.
 */
class RoleIntegrityProperties {
  private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
  private static final List<Actor> ACTORS = List.of(
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER),
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER),
      Actor.member(MemberId.of("int-1"), HiringRole.INTERVIEWER),
      Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR),
      Actor.candidate(CandidateId.of("cand-1")),
      Actor.system());

  /** One attempted role action: which, by whom, on which opening, after how long. */
  record Step(RoleAction action, int actor, int opening, long seconds) {
    Role run(Role role, Instant at) {
      Actor by = ACTORS.get(actor);
      OpeningId id = OpeningId.of("opening-" + opening);
      return switch (action) {
        case OPEN -> role.open(by, at);
        case HOLD -> role.hold(by, at);
        case RESUME -> role.resume(by, at);
        case CLOSE -> role.close(by, at, RoleCloseReason.FILLED);
        case REOPEN -> role.reopen(by, at);
        case ADD_OPENING -> role.addOpening(by, at, id);
        case FILL_OPENING -> role.fillOpening(by, at, id);
        case CLOSE_OPENING -> role.closeOpening(by, at, id);
        case REOPEN_OPENING -> role.reopenOpening(by, at, id);
      };
    }
  }

  /** A draft and the role its random legal steps made of it. */
  record Lived(Role draft, Role role) {}

  @Provide
  Arbitrary<Lived> lived() {
    Arbitrary<Step> steps = Combinators.combine(Arbitraries.of(RoleAction.class),
            Arbitraries.integers().between(0, ACTORS.size() - 1),
            Arbitraries.integers().between(0, 5), Arbitraries.longs().between(0, 86_400))
        .as(Step::new);
    return Combinators.combine(
            RoleArbitraries.rolesInEveryState().filter(r -> r.history().isEmpty()),
            steps.list().ofMinSize(1).ofMaxSize(25))
        .as((draft, list) -> {
          Role role = draft;
          Instant at = T0;
          for (Step step : list) {
            Instant when = at.plusSeconds(step.seconds());
            try {
              role = step.run(role, when);
              at = when;
            } catch (IllegalTransitionException refused) {
              // a refused step changes nothing
            }
          }
          return new Lived(draft, role);
        });
  }

  record Mutated(Lived lived, Mutation mutation, int index, int actor) {
    List<RoleEvent> history() {
      List<RoleEvent> events = lived.role().history();
      return events.isEmpty() ? events : ForgedHistories.forged(events, mutation, index,
          Duration.ofHours(1), ACTORS.get(actor));
    }
  }

  @Provide
  Arbitrary<Mutated> mutated() {
    return Combinators.combine(lived(), Arbitraries.of(Mutation.class),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, ACTORS.size() - 1))
        .as(Mutated::new);
  }

  @Property
  void aMutatedRoleHistoryIsRefusedOrPassesAnIndependentAudit(
      @ForAll("mutated") Mutated mutated) {
    List<RoleEvent> history = mutated.history();
    Role replayed = null;
    try {
      replayed = Role.replay(mutated.lived().draft(), history);
    } catch (IllegalTransitionException | InvalidValueException refused) {
      // refused, as a forged history should be
    }
    Statistics.label("outcome").collect(replayed == null ? "refused" : "accepted");
    if (TestRuns.isFull()) {
      Statistics.label("outcome").coverage(c -> {
        c.check("refused").percentage(p -> p > 10);
        c.check("accepted").percentage(p -> p > 10);
      });
    }
    if (replayed != null) {
      audit(mutated.lived().draft(), replayed);
    }
  }

  /** The rules a role history keeps, checked without the role's own code paths. */
  private static void audit(Role draft, Role role) {
    List<RoleEvent> history = role.history();
    Set<OpeningId> open = new HashSet<>();
    draft.openings().forEach(o -> open.add(o.id()));
    Set<OpeningId> filled = new HashSet<>();
    boolean opened = false;
    for (int i = 0; i < history.size(); i++) {
      RoleEvent event = history.get(i);
      if (i > 0) {
        assertThat(event.at()).isAfterOrEqualTo(history.get(i - 1).at());
      }
      Actor by = event.by();
      assertThat(by.kind()).isNotEqualTo(Actor.Kind.CANDIDATE);
      if (by.kind() == Actor.Kind.MEMBER) {
        assertThat(by.roles()).containsAnyOf(HiringRole.HIRING_MANAGER, HiringRole.RECRUITER);
      }
      if (event instanceof RoleEvent.Opened || event instanceof RoleEvent.Reopened) {
        assertThat(role.plan()).as("opened with a plan").isPresent();
        opened = true;
      } else if (event instanceof RoleEvent.OpeningAdded added) {
        assertThat(open).doesNotContain(added.opening());
        assertThat(filled).doesNotContain(added.opening());
        open.add(added.opening());
      } else if (event instanceof RoleEvent.OpeningFilled f) {
        assertThat(open.remove(f.opening())).as("fills an open opening").isTrue();
        filled.add(f.opening());
      } else if (event instanceof RoleEvent.OpeningClosed c) {
        assertThat(open.remove(c.opening())).as("cancels an open opening").isTrue();
      } else if (event instanceof RoleEvent.OpeningReopened r) {
        assertThat(filled.remove(r.opening())).as("reopens a filled opening").isTrue();
        open.add(r.opening());
      } else if (event instanceof RoleEvent.Closed) {
        open.clear();
      }
    }
    if (!opened) {
      assertThat(role.status()).as("never opened").isIn(RoleStatus.DRAFT, RoleStatus.CLOSED);
    } else {
      assertThat(role.status()).isNotEqualTo(RoleStatus.DRAFT);
    }
    Set<OpeningId> stillOpen = new HashSet<>();
    role.openOpenings().forEach(o -> stillOpen.add(o.id()));
    assertThat(stillOpen).isEqualTo(open);
    Set<OpeningId> nowFilled = new HashSet<>();
    role.filledOpenings().forEach(o -> nowFilled.add(o.id()));
    assertThat(nowFilled).isEqualTo(filled);
  }

  // ---------------------------------------------------------------- no door through copies

  @Property
  void theBuilderBuildsOnlyDraftsAndCopiesNeverMoveARole(@ForAll("lived") Lived lived,
      @ForAll RoleStatus status) {
    Role role = lived.role();
    if (!role.history().isEmpty()) {
      assertThatThrownBy(() -> Role.builder().from(role).build())
          .isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> Role.builder().from(lived.draft()).history(role.history())
          .status(role.status()).openings(role.openings()).build())
          .isInstanceOf(InvalidValueException.class);
    }
    if (status != RoleStatus.DRAFT) {
      assertThatThrownBy(() -> Role.builder().from(lived.draft()).status(status).build())
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("Role.status: " + status + " without a history");
    }
    Role edited = role.withTitle(role.title() + " II").withPlan(SeedRole.plan())
        .withHiringTeam(role.hiringTeam());
    assertThat(edited.status()).isEqualTo(role.status());
    assertThat(edited.openings()).isEqualTo(role.openings());
    assertThat(edited.history()).isEqualTo(role.history());
  }
}
