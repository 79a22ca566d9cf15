package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidacy.CandidateMerges;
import dev.hirekit.candidacy.MergeEvent;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.plan.StageId;
import dev.hirekit.pool.PoolEvent;
import dev.hirekit.pool.PoolId;
import dev.hirekit.pool.PoolRemoval;
import dev.hirekit.pool.TalentPool;
import dev.hirekit.role.RoleId;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateCut;
import dev.hirekit.slate.SlateEntry;
import dev.hirekit.slate.SlateEvent;
import dev.hirekit.slate.SlateId;
import dev.hirekit.slate.SlateStatus;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What each input of the walks of {@link Slates}, {@link Pools} and {@link Candidates#merges()}
 * does, one sequence at a time: which action each step takes, by whom, when and with what.
 */
class CrossApplicationWalksTest {
  private static final Actor MEMBER = Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER);
  private static final CandidateId C0 = CandidateId.of("cand-pool-0");
  private static final CandidateId C1 = CandidateId.of("cand-pool-1");

  private static Instant slateAt(long hours) {
    return Slates.START.plus(Duration.ofHours(hours));
  }

  @Test
  void aSlateWithoutStepsIsADraftWithItsCategoriesAndStage() {
    Slate slate = Slates.walk(SlateId.of("s"), RoleId.of("r"), 2, true, MEMBER, List.of());
    assertThat(slate.status()).isEqualTo(SlateStatus.DRAFT);
    assertThat(slate.categories()).containsExactly("best-qualified", "well-qualified");
    assertThat(slate.stage()).contains(StageId.of("interviews"));
    assertThat(Slates.walk(SlateId.of("s"), RoleId.of("r"), 0, false, MEMBER, List.of())
        .stage()).isEmpty();
  }

  @Test
  void aSlateStepRanksCutsAndClearsInTurn() {
    Slate slate = Slates.walk(SlateId.of("s"), RoleId.of("r"), 2, false, MEMBER,
        List.of(1, 3, 5));
    List<SlateEvent> history = slate.history();
    assertThat(history).hasSize(4);
    SlateEvent.Ranked ranked = (SlateEvent.Ranked) history.get(1);
    assertThat(ranked.entries()).containsExactly(
        SlateEntry.of(ApplicationId.of("app-1"), 2, "well-qualified", 1),
        SlateEntry.of(ApplicationId.of("app-2"), 1, "best-qualified", 2));
    assertThat(ranked.at()).isEqualTo(slateAt(2));
    assertThat(ranked.by()).isEqualTo(MEMBER);
    assertThat(((SlateEvent.CutMade) history.get(2)).cut())
        .isEqualTo(SlateCut.atOrAbove("well-qualified"));
    assertThat(history.get(2).at()).isEqualTo(slateAt(6));
    assertThat(history.get(3)).isInstanceOf(SlateEvent.CutsCleared.class);
    assertThat(history.get(3).by()).isEqualTo(Actor.system());
    assertThat(history.get(3).at()).isEqualTo(slateAt(12));

    Slate topCut = Slates.walk(SlateId.of("s"), RoleId.of("r"), 2, false, MEMBER,
        List.of(1, 3, 4));
    assertThat(((SlateEvent.CutMade) topCut.history().get(3)).cut()).isEqualTo(SlateCut.top(1));

    Slate plain = Slates.walk(SlateId.of("s"), RoleId.of("r"), 0, false, MEMBER,
        List.of(1, 3));
    assertThat(((SlateEvent.CutMade) plain.history().get(2)).cut()).isEqualTo(SlateCut.top(4));
    assertThat(((SlateEvent.Ranked) plain.history().get(1)).entries()).containsExactly(
        SlateEntry.of(ApplicationId.of("app-1"), 2), SlateEntry.of(ApplicationId.of("app-2"), 1));
    assertThat(Slates.walk(SlateId.of("s"), RoleId.of("r"), 0, false, MEMBER, List.of(1, 2))
        .history()).extracting(SlateEvent::type)
        .containsExactly("slate.drafted", "slate.ranked", "slate.ranked");
  }

  @Test
  void entriesComeWithEachCategoryAndWithout() {
    java.util.Set<Optional<String>> categories = new java.util.HashSet<>();
    Slates.entries().sampleStream().limit(400).forEach(e -> categories.add(e.category()));
    assertThat(categories).containsExactlyInAnyOrder(Optional.empty(),
        Optional.of("best-qualified"), Optional.of("well-qualified"), Optional.of("qualified"));
  }

  @Test
  void aPoolStepAddsExtendsAndRemovesItsEntries() {
    TalentPool pool = Pools.walk(PoolId.of("p"), 2, true, List.of(1, 9, 13, 4, 24));
    List<PoolEvent> history = pool.history();
    assertThat(history).extracting(PoolEvent::type).containsExactly("pool.created",
        "pool.entry_added", "pool.entry_extended", "pool.entry_removed", "pool.entry_added",
        "pool.entry_removed");
    Instant added = Slates.START.plus(Duration.ofHours(2));
    assertThat(history.get(1)).isEqualTo(new PoolEvent.EntryAdded(PoolId.of("p"), 2, C1,
        "contacted", "kept warm after the final round",
        Optional.of(Consent.of(added, added.plus(Duration.ofDays(31)))),
        added.plus(Duration.ofDays(21)), added, history.get(0).by()));
    PoolEvent.EntryExtended extended = (PoolEvent.EntryExtended) history.get(2);
    assertThat(extended.expiresAt()).isEqualTo(added.plus(Duration.ofDays(31)));
    assertThat(extended.by().actsAs(HiringRole.APPROVER)).isTrue();
    assertThat(extended.at()).isEqualTo(added.plus(Duration.ofHours(10)));
    assertThat(((PoolEvent.EntryRemoved) history.get(3)).removal())
        .isEqualTo(PoolRemoval.NO_LONGER_A_FIT);
    PoolEvent.EntryAdded second = (PoolEvent.EntryAdded) history.get(4);
    assertThat(second.candidate()).isEqualTo(C0);
    assertThat(second.stage()).isEqualTo("new");
    assertThat(second.consent()).isEmpty();
    assertThat(second.expiresAt()).isEqualTo(second.at().plus(Duration.ofDays(24)));
    assertThat(second.at()).isEqualTo(added.plus(Duration.ofHours(24))
        .plus(Duration.ofDays(44)));
    assertThat(((PoolEvent.EntryRemoved) history.get(5)).removal())
        .isEqualTo(PoolRemoval.EXPIRED);
    assertThat(history.get(5).at()).isEqualTo(second.at().plus(Duration.ofDays(64)));
  }

  @Test
  void aPoolStepMovesAnEntryWithinThePoolOrToTheRole() {
    TalentPool moved = Pools.walk(PoolId.of("p"), 2, false, List.of(100, 8));
    assertThat(moved.history().get(2)).isInstanceOfSatisfying(PoolEvent.EntryMoved.class,
        m -> {
          assertThat(m.candidate()).isEqualTo(C0);
          assertThat(m.stage()).isEqualTo("contacted");
          assertThat(m.by()).isEqualTo(Actor.system());
        });
    TalentPool toRole = Pools.walk(PoolId.of("p"), 2, true, List.of(1, 5));
    assertThat(toRole.history().get(2)).isEqualTo(new PoolEvent.MovedToRole(PoolId.of("p"), 3,
        C1, RoleId.of("pool-target"), ApplicationId.of("p-app-1"),
        Slates.START.plus(Duration.ofHours(8)), Actor.system()));
    assertThat(toRole.entry(C1)).isEmpty();
    assertThat(Pools.walk(PoolId.of("p"), 1, false, List.of()).stages())
        .containsExactly("new");
    assertThat(Pools.walk(PoolId.of("p"), 3, true, List.of()).extensionsNeedApproval())
        .isTrue();
  }

  @Test
  void aMergeStepMergesIntoThePersonAndUnmergesAMergedRecord() {
    CandidateMerges chain = Candidates.merged(MEMBER, List.of(13, 20, 1));
    assertThat(chain.history()).hasSize(3);
    assertThat(chain.history().get(0)).isInstanceOfSatisfying(MergeEvent.Merged.class, m -> {
      assertThat(m.duplicate()).isEqualTo(CandidateId.of("cand-dup-1"));
      assertThat(m.into()).isEqualTo(CandidateId.of("cand-dup-2"));
      assertThat(m.by()).isEqualTo(MEMBER);
      assertThat(m.at()).isEqualTo(Instant.parse("2026-01-05T09:14:00Z"));
    });
    assertThat(chain.history().get(2)).isInstanceOfSatisfying(MergeEvent.Unmerged.class,
        u -> assertThat(u.from()).isEqualTo(CandidateId.of("cand-dup-2")));
    assertThat(chain.personOf(CandidateId.of("cand-dup-2")))
        .isEqualTo(CandidateId.of("cand-dup-3"));

    CandidateMerges intoPerson = Candidates.merged(MEMBER, List.of(13, 10, 12));
    assertThat(intoPerson.merges()).containsEntry(CandidateId.of("cand-dup-4"),
        CandidateId.of("cand-dup-2"));
    assertThat(intoPerson.history().get(2).by()).isEqualTo(Actor.system());
    assertThat(Candidates.merged(MEMBER, List.of(7)).history()).isEmpty();
  }
}
