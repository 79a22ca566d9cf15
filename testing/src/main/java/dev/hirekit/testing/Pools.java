package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.pool.PoolAction;
import dev.hirekit.pool.PoolEntry;
import dev.hirekit.pool.PoolId;
import dev.hirekit.pool.PoolRemoval;
import dev.hirekit.pool.TalentPool;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random talent pools, every one legal: created with one to three stages, then entries added,
 * moved, extended, removed and moved to a role by team members, approvers or the system, in
 * time order, some of them run out.
 *
 * <pre>{@code
 * Arbitrary<TalentPool> pools = Pools.pools();
 * }</pre>
 */
public final class Pools {
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<String> STAGES = List.of("new", "contacted", "warm");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-pool"),
      HiringRole.RECRUITER);
  private static final Actor APPROVER = Actor.member(MemberId.of("appr-pool"),
      HiringRole.APPROVER);
  private static final Role ROLE = Role.draft(RoleId.of("pool-target"), Roles.seedPosting(),
          Actor.system(), START)
      .setPlan(Actor.system(), START, Plans.seed())
      .addOpening(Actor.system(), START, OpeningId.of("pool-target-1"))
      .open(Actor.system(), START);

  private Pools() {}

  /**
   * Identifiers such as {@code pool-q}.
   *
   * <pre>{@code
   * Arbitrary<PoolId> ids = Pools.poolIds();
   * }</pre>
   *
   * @return pool ids
   */
  public static Arbitrary<PoolId> poolIds() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
        .map(s -> PoolId.of("pool-" + s));
  }

  /**
   * Pools, each a legal history of up to eight actions after its creation.
   *
   * <pre>{@code
   * Arbitrary<TalentPool> pools = Pools.pools();
   * }</pre>
   *
   * @return pools
   */
  public static Arbitrary<TalentPool> pools() {
    Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 9_999).list()
        .ofMaxSize(8);
    return Combinators.combine(poolIds(), Arbitraries.integers().between(1, 3),
        Arbitraries.of(false, true), steps).as(Pools::walk);
  }

  static TalentPool walk(PoolId id, int stageCount, boolean approval,
      List<Integer> steps) {
    List<String> stages = STAGES.subList(0, stageCount);
    TalentPool pool = TalentPool.create(id, "Reserve " + id.value(), stages, approval,
        RECRUITER, START);
    Instant at = START;
    int applications = 0;
    for (int step : steps) {
      at = at.plus(step % 4 == 0 ? Duration.ofDays(40 + step % 200)
          : Duration.ofHours(1 + step % 30));
      CandidateId candidate = CandidateId.of("cand-pool-" + step % 4);
      Actor by = step % 3 == 0 ? APPROVER : step % 3 == 1 ? RECRUITER : Actor.system();
      List<PoolAction> allowed = new ArrayList<>(pool.allowedActions(by, candidate, at));
      if (allowed.isEmpty()) {
        continue;
      }
      PoolAction action = allowed.get(step % allowed.size());
      Optional<PoolEntry> entry = pool.entry(candidate);
      pool = switch (action) {
        case ADD -> pool.add(by, at, candidate, stages.get(step % stages.size()),
            "kept warm after the final round", step % 2 == 0 ? Optional.empty()
                : Optional.of(Consent.of(at, at.plus(Duration.ofDays(30 + step % 300)))),
            at.plus(Duration.ofDays(20 + step % 200)));
        case MOVE -> pool.move(by, at, candidate, stages.stream()
            .filter(s -> !s.equals(entry.orElseThrow().stage())).toList()
            .get(step % (stages.size() - 1)));
        case EXTEND -> pool.extend(by, at, candidate,
            entry.orElseThrow().expiresAt().plus(Duration.ofDays(1 + step % 90)));
        case REMOVE -> {
          List<PoolRemoval> removals = new ArrayList<>(pool.removals(by, candidate, at));
          yield pool.remove(by, at, candidate, removals.get(step % removals.size()));
        }
        case MOVE_TO_ROLE -> pool.moveToRole(Actor.system(), at, candidate, ROLE,
            ApplicationId.of(id.value() + "-app-" + ++applications),
            ROLE.plan().orElseThrow().first().id(), "an opening in the target role", false)
            .pool();
      };
    }
    return pool;
  }
}
