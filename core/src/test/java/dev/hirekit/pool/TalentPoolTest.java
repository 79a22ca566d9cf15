package dev.hirekit.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
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
import org.junit.jupiter.api.Test;

class TalentPoolTest {
  static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
  static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  static final Actor APPROVER = Actor.member(MemberId.of("appr-1"), HiringRole.APPROVER);
  static final CandidateId ADA = CandidateId.of("c-ada");
  static final List<String> STAGES = List.of("new", "contacted", "warm");

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static TalentPool pool(boolean approval) {
    return TalentPool.create(PoolId.of("reserve"), "Engineering reserve", STAGES, approval,
        RECRUITER, T0);
  }

  static TalentPool withAda(boolean approval) {
    return pool(approval).add(RECRUITER, T0, ADA, "new", "strong final round",
        Optional.of(Consent.of(T0, day(90))), day(180));
  }

  @Test
  void anEntryKeepsWhoAddedItWhenWhyItsConsentAndItsExpiry() {
    TalentPool pool = withAda(false).move(RECRUITER, day(1), ADA, "contacted");
    PoolEntry entry = pool.entry(ADA).orElseThrow();

    assertThat(entry.stage()).isEqualTo("contacted");
    assertThat(entry.addedBy()).isEqualTo(RECRUITER);
    assertThat(entry.addedAt()).isEqualTo(T0);
    assertThat(entry.expiresAt()).isEqualTo(day(180));
    assertThat(entry.mayContact(day(89))).isTrue();
    assertThat(entry.mayContact(day(90))).isFalse();
    assertThat(entry.toString()).contains("reason=<redacted>").doesNotContain("final round");
    assertThat(pool.history().get(1).toString()).doesNotContain("final round");
    assertThat(TalentPool.replay(pool.history())).isEqualTo(pool);
    assertThat(pool.history()).extracting(PoolEvent::type)
        .containsExactly("pool.created", "pool.entry_added", "pool.entry_moved");
  }

  @Test
  void dueListsLapsedConsentAndExpiredEntriesAndRemovalAsExpiredWaitsForItsTime() {
    TalentPool pool = withAda(false);
    assertThat(pool.due(day(89))).isEmpty();
    assertThat(pool.due(day(90))).containsExactly(new PoolDue(ADA,
        PoolDueKind.CONSENT_EXPIRED, day(90)));
    assertThat(pool.due(day(180))).extracting(PoolDue::kind)
        .containsExactly(PoolDueKind.ENTRY_EXPIRED, PoolDueKind.CONSENT_EXPIRED);

    assertThatThrownBy(() -> pool.remove(Actor.system(), day(179), ADA, PoolRemoval.EXPIRED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("is IN_POOL: cannot REMOVE")
        .hasMessageContaining("runs out at " + day(180));
    TalentPool removed = pool.remove(Actor.system(), day(180), ADA, PoolRemoval.EXPIRED);
    assertThat(removed.entry(ADA)).isEmpty();
    assertThat(removed.due(day(400))).isEmpty();
  }

  @Test
  void anEntryIsExtendedOnlyBeforeItRunsOutAndByAnApproverWhereThePoolSaysSo() {
    TalentPool open = withAda(false);
    assertThat(open.extend(RECRUITER, day(10), ADA, day(365)).entry(ADA).orElseThrow()
        .expiresAt()).isEqualTo(day(365));
    assertThatThrownBy(() -> open.extend(RECRUITER, day(180), ADA, day(365)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("is EXPIRED")
        .hasMessageContaining("allowed now: [REMOVE]");
    assertThatThrownBy(() -> open.extend(RECRUITER, day(10), ADA, day(100)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("give a later one");

    TalentPool guarded = withAda(true);
    assertThat(guarded.allowedActions(RECRUITER, ADA, day(10))).doesNotContain(PoolAction.EXTEND);
    assertThatThrownBy(() -> guarded.extend(RECRUITER, day(10), ADA, day(365)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("an APPROVER");
    assertThat(guarded.extend(APPROVER, day(10), ADA, day(365)).entry(ADA).orElseThrow()
        .expiresAt()).isEqualTo(day(365));
  }

  @Test
  void movingToARoleCreatesTheApplicationAndMayKeepTheDateOfInterest() {
    Role role = SeedRole.role().open(Actor.system(), T0);
    TalentPool pool = withAda(false);

    PoolMove kept = pool.moveToRole(RECRUITER, day(30), ADA, role, ApplicationId.of("a-1"),
        SeedRole.TAKE_HOME, "opening in San Francisco", true);
    Application app = kept.application();
    assertThat(app.history().get(0).at()).isEqualTo(T0);
    assertThat(app.stage()).contains(SeedRole.TAKE_HOME);
    assertThat(((ApplicationEvent.Applied) app.history().get(0)).reason())
        .contains("from talent pool reserve: opening in San Francisco");
    assertThat(kept.pool().entry(ADA)).isEmpty();
    assertThat(kept.pool().history().get(2)).isEqualTo(new PoolEvent.MovedToRole(
        PoolId.of("reserve"), 3, ADA, role.id(), ApplicationId.of("a-1"), day(30), RECRUITER));

    PoolMove today = pool.moveToRole(RECRUITER, day(30), ADA, role, ApplicationId.of("a-1"),
        SeedRole.APPLICATION, "opening", false);
    assertThat(today.application().history().get(0).at()).isEqualTo(day(30));

    // Under your policy: the team policy admits only members of the role's hiring team.
    assertThatThrownBy(() -> pool.moveToRole(dev.hirekit.application.HiringPolicy.team(),
        Actor.member(MemberId.of("stranger"), HiringRole.RECRUITER), day(30), ADA, role,
        ApplicationId.of("a-1"), SeedRole.APPLICATION, "opening", false))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).entity())
            .isEqualTo("Application"));

    Role closed = SeedRole.role();
    assertThatThrownBy(() -> pool.moveToRole(RECRUITER, day(30), ADA, closed,
        ApplicationId.of("a-1"), SeedRole.APPLICATION, "opening", false))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(pool.entry(ADA)).isPresent();
    assertThatThrownBy(() -> pool.moveToRole(RECRUITER, day(180), ADA, role,
        ApplicationId.of("a-1"), SeedRole.APPLICATION, "opening", false))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("ran out");
  }

  @Test
  void aCandidateMayJoinWithConsentAndLeaveButDoesNothingElse() {
    Actor ada = Actor.candidate(ADA);
    Actor bob = Actor.candidate(CandidateId.of("c-bob"));
    TalentPool empty = pool(false);

    assertThat(empty.allowedActions(ada, ADA, T0)).containsExactly(PoolAction.ADD);
    assertThatThrownBy(() -> empty.add(ada, T0, ADA, "new", "joined the community",
        Optional.empty(), day(365))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("consents to be contacted");
    TalentPool joined = empty.add(ada, T0, ADA, "new", "joined the community",
        Optional.of(Consent.of(T0)), day(365));
    assertThat(joined.allowedActions(ada, ADA, day(1))).containsExactly(PoolAction.REMOVE);
    assertThat(joined.allowedActions(bob, ADA, day(1))).isEmpty();
    assertThatThrownBy(() -> joined.move(ada, day(1), ADA, "warm"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("only add themself or leave");
    assertThatThrownBy(() -> joined.remove(ada, day(1), ADA, PoolRemoval.NO_LONGER_A_FIT))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CANDIDATE_ASKED");
    assertThat(joined.remove(ada, day(1), ADA, PoolRemoval.CANDIDATE_ASKED).entries()).isEmpty();
    assertThatThrownBy(() -> TalentPool.create(PoolId.of("p"), "P", STAGES, false, ada, T0))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void removalsSayForWhatReasonsAnEntryMayLeaveNow() {
    TalentPool pool = withAda(false).add(RECRUITER, T0, CandidateId.of("c-2"), "warm", "x",
        Optional.empty(), day(30));

    assertThat(pool.entries()).extracting(PoolEntry::candidate)
        .containsExactly(ADA, CandidateId.of("c-2"));
    assertThat(pool.removals(RECRUITER, ADA, day(1))).containsExactly(
        PoolRemoval.CANDIDATE_ASKED, PoolRemoval.NO_LONGER_A_FIT);
    assertThat(pool.removals(RECRUITER, ADA, day(180))).containsExactly(PoolRemoval.EXPIRED,
        PoolRemoval.CANDIDATE_ASKED, PoolRemoval.NO_LONGER_A_FIT);
    assertThat(pool.removals(Actor.candidate(ADA), ADA, day(1)))
        .containsExactly(PoolRemoval.CANDIDATE_ASKED);
    assertThat(pool.removals(RECRUITER, CandidateId.of("c-9"), day(1))).isEmpty();
    assertThat(pool.allowedActions(RECRUITER, ADA, T0.minusSeconds(1))).isEmpty();
  }

  @Test
  void aPoolEqualsItsReplayAndNoOtherPool() {
    TalentPool pool = withAda(false);
    TalentPool again = TalentPool.replay(pool.history());
    assertThat(again).isEqualTo(pool).hasSameHashCodeAs(pool);
    assertThat(pool).isNotEqualTo(pool(false)).isNotEqualTo("reserve");
    assertThat(pool.history().get(1).toString()).startsWith("EntryAdded[pool=reserve");
    TalentPool walked = pool.extend(RECRUITER, day(1), ADA, day(200))
        .remove(RECRUITER, day(2), ADA, PoolRemoval.NO_LONGER_A_FIT);
    assertThat(walked.history()).extracting(PoolEvent::type).containsExactly("pool.created",
        "pool.entry_added", "pool.entry_extended", "pool.entry_removed");
    assertThat(withAda(false).moveToRole(RECRUITER, day(3), ADA,
        SeedRole.role().open(Actor.system(), T0), ApplicationId.of("a-1"),
        SeedRole.APPLICATION, "opening", false).pool().history().get(2).type())
        .isEqualTo("pool.moved_to_role");
    assertThatThrownBy(() -> new PoolEvent.EntryMoved(PoolId.of("p"), 0, ADA, "new", T0,
        RECRUITER)).isInstanceOf(InvalidValueException.class).hasMessageContaining("sequence");
    assertThatThrownBy(() -> new PoolEvent.EntryExtended(PoolId.of("p"), 0, ADA, T0, T0,
        RECRUITER)).isInstanceOf(InvalidValueException.class).hasMessageContaining("sequence");
    assertThatThrownBy(() -> new PoolEvent.EntryRemoved(PoolId.of("p"), 0, ADA,
        PoolRemoval.EXPIRED, T0, RECRUITER)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sequence");
    assertThatThrownBy(() -> new PoolEvent.MovedToRole(PoolId.of("p"), 0, ADA,
        SeedRole.ROLE, ApplicationId.of("a"), T0, RECRUITER))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sequence");
    assertThatThrownBy(() -> new PoolEvent.EntryAdded(PoolId.of("p"), 0, ADA, "new", "x",
        Optional.empty(), day(1), T0, RECRUITER)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sequence");
  }

  @Test
  void badInputAndForgedHistoriesAreRefused() {
    TalentPool pool = withAda(false);
    assertThatThrownBy(() -> pool.add(RECRUITER, T0, ADA, "new", "again", Optional.empty(),
        day(1))).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already");
    assertThatThrownBy(() -> pool.add(RECRUITER, T0, CandidateId.of("c-2"), "gone", "x",
        Optional.empty(), day(1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name one of [new, contacted, warm]");
    assertThatThrownBy(() -> pool.add(RECRUITER, T0, CandidateId.of("c-2"), "new", "x",
        Optional.empty(), T0)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("later expiry");
    assertThatThrownBy(() -> pool.move(RECRUITER, day(1), ADA, "new"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("already");
    assertThatThrownBy(() -> pool.move(RECRUITER, day(1), ADA, "elsewhere"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("is not a stage");
    assertThatThrownBy(() -> TalentPool.replay(List.of(pool.history().get(0),
        new PoolEvent.EntryAdded(PoolId.of("reserve"), 3, ADA, "new", "x", Optional.empty(),
            day(1), T0, RECRUITER)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("where 2 comes next");
    assertThatThrownBy(() -> pool.move(RECRUITER, day(1), CandidateId.of("c-2"), "warm"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("NOT_IN_POOL");
    assertThatThrownBy(() -> pool.move(RECRUITER, T0.minusSeconds(1), ADA, "warm"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> TalentPool.create(PoolId.of("p"), "P", List.of("a", "a"), false,
        RECRUITER, T0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> TalentPool.create(PoolId.of("p"), "P", List.of(), false,
        RECRUITER, T0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TalentPool.replay(List.of(pool.history().get(1))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("starts with");
    assertThatThrownBy(() -> TalentPool.replay(List.of(pool.history().get(0),
        pool.history().get(0)))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TalentPool.replay(List.of(pool.history().get(0),
        new PoolEvent.EntryRemoved(PoolId.of("reserve"), 2, ADA, PoolRemoval.EXPIRED, T0,
            RECRUITER)))).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> TalentPool.replay(List.of(pool.history().get(0),
        new PoolEvent.EntryMoved(PoolId.of("other"), 2, ADA, "warm", T0, RECRUITER))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not this pool");
    assertThat(pool.toString()).isEqualTo("TalentPool[id=reserve, entries=1, version=2]");
    assertThat(pool.name()).isEqualTo("Engineering reserve");
    assertThat(pool.stages()).isEqualTo(STAGES);
    assertThat(pool.extensionsNeedApproval()).isFalse();
    assertThat(pool.version()).isEqualTo(2);
  }

  @Test
  void typesNamesEveryEventByItsStableName() {
    Role role = SeedRole.role().open(Actor.system(), T0);
    TalentPool pool = withAda(false).add(RECRUITER, T0, CandidateId.of("c-2"), "new", "x",
        Optional.empty(), day(30))
        .move(RECRUITER, day(1), ADA, "warm")
        .extend(RECRUITER, day(2), ADA, day(200))
        .remove(RECRUITER, day(3), CandidateId.of("c-2"), PoolRemoval.NO_LONGER_A_FIT);
    pool = pool.moveToRole(RECRUITER, day(4), ADA, role, ApplicationId.of("a-1"),
        SeedRole.APPLICATION, "opening", false).pool();
    java.util.List<Class<?>> classes = pool.history().stream()
        .<Class<?>>map(Object::getClass).toList();
    assertThat(classes).containsOnly(PoolEvent.class.getPermittedSubclasses());
    assertThat(new java.util.ArrayList<>(PoolEvent.types().keySet())).isSorted();
    for (PoolEvent event : pool.history()) {
      assertThat(PoolEvent.types()).containsEntry(event.type(), event.getClass());
    }
    assertThat(PoolEvent.types()).hasSize(PoolEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void anEntryOfAOneStagePoolHasNowhereToMove() {
    TalentPool single = TalentPool.create(PoolId.of("alumni"), "Alumni", List.of("kept"), false,
        RECRUITER, T0).add(RECRUITER, T0, ADA, "kept", "boomerang", Optional.empty(), day(90));
    assertThat(single.allowedActions(RECRUITER, ADA, day(1)))
        .containsExactlyInAnyOrder(PoolAction.EXTEND, PoolAction.REMOVE, PoolAction.MOVE_TO_ROLE);
    assertThatThrownBy(() -> single.move(RECRUITER, day(1), ADA, "kept"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("has one stage; there is no other stage to move to");
  }
}
