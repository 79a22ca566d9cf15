package dev.hirekit.slate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlateTest {
  static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
  static final Actor HM = Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER);
  static final RoleId ROLE = RoleId.of("analyst");
  static final List<String> CATEGORIES = List.of("best-qualified", "well-qualified",
      "qualified");

  static ApplicationId a(int n) {
    return ApplicationId.of("a-" + n);
  }

  static Map<ApplicationId, SlateStanding> all(SlateStanding standing, int... ns) {
    Map<ApplicationId, SlateStanding> map = new HashMap<>();
    for (int n : ns) {
      map.put(a(n), standing);
    }
    return map;
  }

  @Test
  void theOrderIsCategoryThenPreferenceThenRankAndEqualsTie() {
    Slate slate = Slate.draft(SlateId.of("s"), ROLE, Optional.empty(), CATEGORIES, HM, T0)
        .rank(HM, T0, SlateEntry.of(a(1), 1, "well-qualified", 0),
            SlateEntry.of(a(2), 4, "best-qualified", 0),
            SlateEntry.of(a(3), 9, "best-qualified", 1),
            SlateEntry.of(a(4), 2, "best-qualified", 0),
            SlateEntry.of(a(5), 2, "best-qualified", 0),
            SlateEntry.of(a(6), 1, "qualified", 2));

    assertThat(slate.order()).extracting(g -> g.stream().map(e -> e.application().value())
        .toList()).containsExactly(List.of("a-3"), List.of("a-4", "a-5"), List.of("a-2"),
            List.of("a-1"), List.of("a-6"));
    assertThat(slate.lastRanking()).hasValueSatisfying(r -> {
      assertThat(r.by()).isEqualTo(HM);
      assertThat(r.at()).isEqualTo(T0);
    });
  }

  @Test
  void aTopCutKeepsATieThatStraddlesTheLineWholeAndCategoryCutsKeepTheBetterCategories() {
    Slate slate = Slate.draft(SlateId.of("s"), ROLE, Optional.empty(), CATEGORIES, HM, T0)
        .rank(HM, T0, SlateEntry.of(a(1), 1, "best-qualified", 0),
            SlateEntry.of(a(2), 2, "best-qualified", 0),
            SlateEntry.of(a(3), 2, "best-qualified", 0),
            SlateEntry.of(a(4), 1, "qualified", 0));

    Slate top2 = slate.cut(HM, T0, SlateCut.top(2));
    assertThat(top2.kept()).flatExtracting(g -> g).extracting(SlateEntry::application)
        .containsExactly(a(1), a(2), a(3));
    assertThat(top2.belowCut()).extracting(SlateEntry::application).containsExactly(a(4));
    Slate best = slate.cut(HM, T0, SlateCut.atOrAbove("well-qualified"));
    assertThat(best.kept()).flatExtracting(g -> g).extracting(SlateEntry::application)
        .containsExactly(a(1), a(2), a(3));
    assertThat(best.clearCuts(HM, T0).kept()).isEqualTo(slate.order());
    assertThat(top2.cut(HM, T0, SlateCut.top(1)).kept()).flatExtracting(g -> g)
        .extracting(SlateEntry::application).containsExactly(a(1));
  }

  @Test
  void nextNamesEveryoneItPassesOverAndStopsAtATie() {
    Slate slate = Slate.draft(SlateId.of("s"), ROLE, HM, T0)
        .rank(HM, T0, SlateEntry.of(a(1), 1), SlateEntry.of(a(2), 2), SlateEntry.of(a(3), 3),
            SlateEntry.of(a(4), 3), SlateEntry.of(a(5), 4))
        .cut(HM, T0, SlateCut.top(4));
    Map<ApplicationId, SlateStanding> standings = all(SlateStanding.AVAILABLE, 1, 2, 3, 4, 5);
    standings.put(a(1), SlateStanding.OFFER_DECLINED);
    standings.put(a(2), SlateStanding.WITHDRAWN);

    NextRanked next = slate.next(standings);
    assertThat(next.next()).extracting(SlateEntry::application).containsExactly(a(3), a(4));
    assertThat(next.isTie()).isTrue();
    assertThat(next.passedOver()).extracting(p -> p.entry().application() + " " + p.standing())
        .containsExactly("a-1 OFFER_DECLINED", "a-2 WITHDRAWN");
    assertThat(next.belowCut()).extracting(SlateEntry::application).containsExactly(a(5));

    standings.put(a(3), SlateStanding.OFFER_IN_PROGRESS);
    NextRanked single = slate.next(standings);
    assertThat(single.next()).extracting(SlateEntry::application).containsExactly(a(4));
    assertThat(single.isTie()).isFalse();
    assertThat(single.exhausted()).isFalse();
    standings.put(a(4), SlateStanding.OFFER_EXPIRED);
    NextRanked none = slate.next(standings);
    assertThat(none.exhausted()).isTrue();
    assertThat(none.passedOver()).hasSize(4);
    assertThat(none.belowCut()).extracting(SlateEntry::application).containsExactly(a(5));
  }

  @Test
  void actionsAreRefusedWhereTheyDoNotFitAndTheSlateIsUnchanged() {
    Slate draft = Slate.draft(SlateId.of("s"), ROLE, HM, T0);
    Actor candidate = Actor.candidate(CandidateId.of("c-1"));

    assertThat(draft.allowedActions(HM)).containsExactly(SlateAction.RANK);
    assertThat(draft.allowedActions(candidate)).isEmpty();
    assertThatThrownBy(() -> draft.cut(HM, T0, SlateCut.top(1)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Slate s is DRAFT: cannot CUT (nothing is ranked yet; RANK first); allowed"
            + " now: [RANK]");
    assertThatThrownBy(() -> draft.clearCuts(HM, T0))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("no cut to clear");
    assertThatThrownBy(() -> draft.clearCuts(candidate, T0))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot CLEAR_CUTS");
    assertThatThrownBy(() -> draft.cut(candidate, T0, SlateCut.top(1)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot CUT");
    assertThatThrownBy(() -> draft.rank(candidate, T0, SlateEntry.of(a(1), 1)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("a candidate does not rank");
    assertThatThrownBy(() -> Slate.draft(SlateId.of("s"), ROLE, candidate, T0))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> draft.rank(HM, T0.minusSeconds(1), SlateEntry.of(a(1), 1)))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("before");
    assertThatThrownBy(() -> draft.rank(HM, T0, SlateEntry.of(a(1), 1), SlateEntry.of(a(1), 2)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> draft.rank(HM, T0, List.of()))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one");
    assertThatThrownBy(() -> draft.rank(HM, T0, SlateEntry.of(a(1), 1, "best", 0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("has none");
    Slate categorised = Slate.draft(SlateId.of("c"), ROLE, Optional.empty(), CATEGORIES, HM,
        T0);
    assertThatThrownBy(() -> categorised.rank(HM, T0, SlateEntry.of(a(1), 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("names no category");
    assertThatThrownBy(() -> categorised.rank(HM, T0, SlateEntry.of(a(1), 1, "top", 0)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("does not have");
    Slate ranked = categorised.rank(HM, T0, SlateEntry.of(a(1), 1, "qualified", 0));
    assertThatThrownBy(() -> ranked.cut(HM, T0, SlateCut.atOrAbove("top")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("name one of");
    assertThat(ranked.allowedActions(HM)).containsExactly(SlateAction.RANK, SlateAction.CUT);
    assertThat(ranked.cut(HM, T0, SlateCut.top(1)).allowedActions(HM))
        .containsExactly(SlateAction.RANK, SlateAction.CUT, SlateAction.CLEAR_CUTS);
    assertThat(ranked.status()).isEqualTo(SlateStatus.RANKED);
    assertThat(draft.status()).isEqualTo(SlateStatus.DRAFT);
    assertThat(draft.history()).hasSize(1);
  }

  @Test
  void aSlateIsTheReplayOfItsHistoryAndAForgedHistoryIsRefused() {
    Slate slate = Slate.draft(SlateId.of("s"), ROLE, HM, T0)
        .rank(HM, T0, SlateEntry.of(a(1), 1), SlateEntry.of(a(2), 1))
        .cut(HM, T0.plusSeconds(5), SlateCut.top(1));
    assertThat(Slate.replay(slate.history())).isEqualTo(slate);
    assertThat(slate.toString()).isEqualTo(
        "Slate[id=s, role=analyst, status=RANKED, entries=2, cuts=1, version=3]");

    List<SlateEvent> renumbered = List.of(slate.history().get(0),
        new SlateEvent.CutMade(SlateId.of("s"), 3, SlateCut.top(1), T0, HM));
    assertThatThrownBy(() -> Slate.replay(renumbered)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("where 2 comes next");
    List<SlateEvent> cutFirst = List.of(slate.history().get(0),
        new SlateEvent.CutMade(SlateId.of("s"), 2, SlateCut.top(1), T0, HM));
    assertThatThrownBy(() -> Slate.replay(cutFirst))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("RANK first");
    List<SlateEvent> foreign = List.of(slate.history().get(0),
        new SlateEvent.CutsCleared(SlateId.of("other"), 2, T0, HM));
    assertThatThrownBy(() -> Slate.replay(foreign)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not this slate");
    assertThatThrownBy(() -> Slate.replay(List.of(slate.history().get(1))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("starts with slate.ranked");
    assertThatThrownBy(() -> Slate.replay(List.of(slate.history().get(0),
        slate.history().get(0)))).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Slate.replay(List.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new SlateEvent.Drafted(SlateId.of("s"), 1, ROLE, Optional.empty(),
        List.of("a", "a"), T0, HM)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> SlateCut.top(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new SlateCut(Optional.of(1), Optional.of("x")))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("both given");
    assertThatThrownBy(() -> SlateEntry.of(a(1), 0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> SlateEntry.of(a(1), 1, "x", -1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new PassedOver(SlateEntry.of(a(1), 1), SlateStanding.AVAILABLE))
        .isInstanceOf(InvalidValueException.class);
    assertThat(slate.history()).extracting(SlateEvent::type)
        .containsExactly("slate.drafted", "slate.ranked", "slate.cut_made");
    assertThat(slate.clearCuts(HM, T0.plusSeconds(6)).history().get(3).type())
        .isEqualTo("slate.cuts_cleared");
    assertThat(Slate.replay(slate.history())).hasSameHashCodeAs(slate);
    assertThat(slate).isNotEqualTo(Slate.draft(SlateId.of("s"), ROLE, HM, T0))
        .isNotEqualTo("s");
    assertThatThrownBy(() -> new SlateEvent.Ranked(SlateId.of("s"), 0,
        List.of(SlateEntry.of(a(1), 1)), T0, HM)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sequence");
    assertThatThrownBy(() -> new SlateEvent.CutMade(SlateId.of("s"), 0, SlateCut.top(1), T0,
        HM)).isInstanceOf(InvalidValueException.class).hasMessageContaining("sequence");
    assertThatThrownBy(() -> new SlateEvent.CutsCleared(SlateId.of("s"), 0, T0, HM))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("sequence");
  }

  @Test
  void typesNamesEveryEventByItsStableName() {
    Slate slate = Slate.draft(SlateId.of("s"), ROLE, HM, T0)
        .rank(HM, T0, SlateEntry.of(a(1), 1))
        .cut(HM, T0, SlateCut.top(1))
        .clearCuts(HM, T0);
    java.util.List<Class<?>> classes = slate.history().stream()
        .<Class<?>>map(Object::getClass).toList();
    assertThat(classes).containsExactlyInAnyOrder(SlateEvent.class.getPermittedSubclasses());
    assertThat(new java.util.ArrayList<>(SlateEvent.types().keySet())).isSorted();
    for (SlateEvent event : slate.history()) {
      assertThat(SlateEvent.types()).containsEntry(event.type(), event.getClass());
    }
    assertThat(SlateEvent.types()).hasSize(SlateEvent.class.getPermittedSubclasses().length);
  }
}
