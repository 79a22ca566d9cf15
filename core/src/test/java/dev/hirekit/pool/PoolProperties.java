package dev.hirekit.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random walks over a pool by every kind of actor: an action succeeds exactly when {@code
 * allowedActions} (and, for a removal, {@code removals}) lists it and its argument fits; a
 * refusal is typed and changes nothing; expiry never removes an entry before its time nor keeps
 * one after it (the due query lists it from its expiry on, a removal as expired is refused before
 * it, and nothing but a removal extends or uses an entry that has run out); and the pool is the
 * replay of its history.
 */
class PoolProperties {
  private static final List<Actor> ACTORS = List.of(TalentPoolTest.RECRUITER,
      TalentPoolTest.APPROVER, Actor.system(),
      Actor.member(MemberId.of("int-1"), HiringRole.INTERVIEWER),
      Actor.candidate(CandidateId.of("c-0")), Actor.candidate(CandidateId.of("c-1")));
  private static final Role ROLE = SeedRole.role().open(Actor.system(), TalentPoolTest.T0);

  record Step(PoolAction action, int actor, int candidate, int stage, int hours, int removal,
      int days, boolean consent) {}

  @Provide
  Arbitrary<List<Step>> walks() {
    // Mostly the team, and small steps in time, so that entries live long enough to be moved
    // and extended; now and then a long step past their expiry.
    Arbitrary<Integer> actors = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(2, 1),
        Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(1, 4), Tuple.of(1, 5));
    Arbitrary<Integer> hours = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1),
        Tuple.of(1, 2)).flatMap(size -> Arbitraries.integers().between(0,
            size == 0 ? 48 : size == 1 ? 24 * 20 : 24 * 200));
    return Combinators.combine(Arbitraries.of(PoolAction.class), actors,
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
            hours, Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(1, 200), Arbitraries.of(true, false))
        .as(Step::new).list().ofMinSize(1).ofMaxSize(30);
  }

  @Property
  void actionsSucceedExactlyWhenListedAndExpiryKeepsItsTime(@ForAll("walks") List<Step> walk,
      @ForAll boolean approval) {
    TalentPool pool = TalentPoolTest.pool(approval);
    Instant t = TalentPoolTest.T0;
    int n = 0;
    for (Step step : walk) {
      t = t.plus(Duration.ofHours(step.hours()));
      Actor by = ACTORS.get(step.actor());
      CandidateId candidate = CandidateId.of("c-" + step.candidate());
      Optional<PoolEntry> entry = pool.entry(candidate);
      Set<PoolAction> allowed = pool.allowedActions(by, candidate, t);
      Set<PoolRemoval> removals = pool.removals(by, candidate, t);
      assertThat(removals.isEmpty()).isEqualTo(!allowed.contains(PoolAction.REMOVE));
      String stage = TalentPoolTest.STAGES.get(step.stage());
      PoolRemoval removal = PoolRemoval.values()[step.removal()];
      boolean fits = switch (step.action()) {
        case ADD -> step.consent() || by.kind() != Actor.Kind.CANDIDATE;
        case MOVE -> entry.map(e -> !e.stage().equals(stage)).orElse(true);
        case REMOVE -> removals.contains(removal) || !allowed.contains(PoolAction.REMOVE);
        default -> true;
      };
      TalentPool before = pool;
      Instant at = t;
      try {
        TalentPool after = switch (step.action()) {
          case ADD -> before.add(by, at, candidate, stage, "kept warm", step.consent()
              ? Optional.of(Consent.of(at, at.plus(Duration.ofDays(step.days()))))
              : Optional.empty(), at.plus(Duration.ofDays(step.days())));
          case MOVE -> before.move(by, at, candidate, stage);
          case EXTEND -> before.extend(by, at, candidate, entry.map(PoolEntry::expiresAt)
              .orElse(at).plus(Duration.ofDays(step.days())));
          case REMOVE -> before.remove(by, at, candidate, removal);
          case MOVE_TO_ROLE -> before.moveToRole(by, at, candidate, ROLE,
              ApplicationId.of("a-" + n++), SeedRole.APPLICATION, "opening", step.consent())
              .pool();
        };
        assertThat(allowed).as("%s by %s succeeded", step.action(), by)
            .contains(step.action());
        assertThat(fits).isTrue();
        if (step.action() == PoolAction.REMOVE && removal == PoolRemoval.EXPIRED) {
          assertThat(entry.orElseThrow().isExpiredAt(at)).as("removed before its time").isTrue();
        }
        if (step.action() == PoolAction.EXTEND || step.action() == PoolAction.MOVE
            || step.action() == PoolAction.MOVE_TO_ROLE) {
          assertThat(entry.orElseThrow().isExpiredAt(at)).as("used after its time").isFalse();
        }
        assertThat(after.version()).isEqualTo(before.version() + 1);
        pool = after;
        Statistics.label("outcome").collect(step.action() + " done");
      } catch (IllegalTransitionException refused) {
        boolean byApplication = refused.entity().equals("Application");
        assertThat(allowed.contains(step.action()) && fits && !byApplication)
            .as("%s by %s refused: %s", step.action(), by, refused.getMessage()).isFalse();
        if (byApplication) {
          assertThat(step.action()).isEqualTo(PoolAction.MOVE_TO_ROLE);
        }
        Statistics.label("outcome").collect("refused");
      } catch (InvalidValueException bad) {
        assertThat(fits).as("%s: %s", step, bad.getMessage()).isFalse();
        Statistics.label("outcome").collect("bad argument");
      }
      // Nothing leaves the pool but by an event on it.
      Set<CandidateId> was = before.entries().stream().map(PoolEntry::candidate)
          .collect(Collectors.toSet());
      Set<CandidateId> is = pool.entries().stream().map(PoolEntry::candidate)
          .collect(Collectors.toSet());
      was.remove(candidate);
      is.remove(candidate);
      assertThat(is).isEqualTo(was);
      for (PoolEntry e : pool.entries()) {
        boolean listed = pool.due(at).contains(new PoolDue(e.candidate(),
            PoolDueKind.ENTRY_EXPIRED, e.expiresAt()));
        assertThat(listed).isEqualTo(!at.isBefore(e.expiresAt()));
      }
    }
    assertThat(TalentPool.replay(pool.history())).isEqualTo(pool);
  }
}
