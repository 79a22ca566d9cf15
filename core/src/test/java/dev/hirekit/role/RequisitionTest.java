package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequisitionTest {
  private static final Actor SYSTEM = Actor.system();
  private static final Instant AT = SeedRole.DRAFTED.plusSeconds(60);
  private static final OpeningId SECOND = OpeningId.of("second");

  @Test
  void aLevelHasAPrintableNameAndAnOptionalNonNegativeRank() {
    assertThat(Level.of("GS-13").rank()).isEmpty();
    assertThat(Level.of("L5", 5).isAbove(Level.of("L4", 4))).isTrue();
    assertThat(Level.of("L4", 4).isAbove(Level.of("L5", 5))).isFalse();
    assertThat(Level.of("L5", 5).isAbove(Level.of("Staff"))).isFalse();
    assertThat(Level.of("Staff").isAbove(Level.of("L1", 1))).isFalse();
    assertThatThrownBy(() -> Level.of(" ")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Level").hasMessageContaining("name");
    assertThatThrownBy(() -> Level.of("L0", -1)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("rank").hasMessageContaining("-1 is negative");
    assertThatThrownBy(() -> Level.of(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBackfillNamesWhomItReplacesAndHidesItFromToString() {
    HeadcountReason backfill = HeadcountReason.backfill("Ada Lovelace");
    assertThat(backfill.kind()).isEqualTo(HeadcountKind.BACKFILL);
    assertThat(backfill.replacing()).contains("Ada Lovelace");
    assertThat(backfill.toString()).doesNotContain("Ada").contains("BACKFILL");
    assertThat(HeadcountReason.newHeadcount().replacing()).isEmpty();
    assertThatThrownBy(() -> HeadcountReason.builder().kind(HeadcountKind.BACKFILL).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("replacing")
        .hasMessageContaining("BACKFILL");
    assertThatThrownBy(() -> HeadcountReason.builder().kind(HeadcountKind.NEW_HEADCOUNT)
        .replacing("emp-4711").build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NEW_HEADCOUNT").hasMessageNotContaining("emp-4711");
    assertThatThrownBy(() -> HeadcountReason.backfill("")).isInstanceOf(
        InvalidValueException.class);
  }

  @Test
  void setRequisitionRecordsItInAnyStatusAndReplays() {
    Requisition req = Requisition.of(Level.of("L5", 5), HeadcountReason.backfill("emp-4711"));
    Role role = SeedRole.role().setRequisition(SYSTEM, AT, req);
    assertThat(role.requisition()).contains(req);
    assertThat(role.history().get(role.history().size() - 1).type())
        .isEqualTo("role.requisition_set");
    Role closed = role.close(SYSTEM, AT, RoleCloseReason.CANCELLED)
        .setRequisition(SYSTEM, AT, Requisition.of(Level.of("L6", 6),
            HeadcountReason.newHeadcount()));
    assertThat(closed.requisition().get().level().name()).isEqualTo("L6");
    assertThat(Role.replay(closed.history())).isEqualTo(closed);
    assertThat(SeedRole.role().requisition()).isEmpty();
    assertThat(role.reasonFor(SeedRole.OPENING)).contains(req.reason());
  }

  @Test
  void scheduleOpeningSetsTargetAndReasonKeptWhenFilledAndReopened() {
    Role role = SeedRole.role().addOpening(SYSTEM, AT, SECOND)
        .setRequisition(SYSTEM, AT, Requisition.of(Level.of("L5", 5),
            HeadcountReason.newHeadcount()))
        .scheduleOpening(SYSTEM, AT, SeedRole.OPENING, Optional.of(LocalDate.of(2027, 3, 1)),
            Optional.of(HeadcountReason.backfill("emp-4711")))
        .scheduleOpening(SYSTEM, AT, SECOND, Optional.of(LocalDate.of(2027, 6, 1)),
            Optional.empty());
    assertThat(role.reasonFor(SeedRole.OPENING).map(HeadcountReason::kind))
        .contains(HeadcountKind.BACKFILL);
    assertThat(role.reasonFor(SECOND).map(HeadcountReason::kind))
        .contains(HeadcountKind.NEW_HEADCOUNT);
    assertThat(role.reasonFor(OpeningId.of("none"))).isEmpty();
    assertThat(role.openingsPastTargetStart(LocalDate.of(2027, 3, 1))).isEmpty();
    assertThat(role.openingsPastTargetStart(LocalDate.of(2027, 3, 2)))
        .extracting(Opening::id).containsExactly(SeedRole.OPENING);
    assertThat(role.openingsPastTargetStart(LocalDate.of(2027, 7, 1)))
        .extracting(Opening::id).containsExactly(SeedRole.OPENING, SECOND);

    Role filled = role.open(SYSTEM, AT).fillOpening(SYSTEM, AT, SeedRole.OPENING);
    Opening seat = filled.opening(SeedRole.OPENING).orElseThrow();
    assertThat(seat.targetStart()).contains(LocalDate.of(2027, 3, 1));
    assertThat(filled.openingsPastTargetStart(LocalDate.of(2027, 7, 1)))
        .extracting(Opening::id).containsExactly(SECOND);
    Role reopened = filled.reopenOpening(SYSTEM, AT, SeedRole.OPENING);
    assertThat(reopened.opening(SeedRole.OPENING).orElseThrow().targetStart())
        .contains(LocalDate.of(2027, 3, 1));
    Role cancelled = reopened.close(SYSTEM, AT, RoleCloseReason.CANCELLED);
    assertThat(cancelled.opening(SECOND).orElseThrow().targetStart())
        .contains(LocalDate.of(2027, 6, 1));
    assertThat(Role.replay(cancelled.history())).isEqualTo(cancelled);
  }

  @Test
  void scheduleOpeningRefusesAnUnknownOrClosedOpening() {
    Role role = SeedRole.role().addOpening(SYSTEM, AT, SECOND)
        .closeOpening(SYSTEM, AT, SECOND);
    assertThatThrownBy(() -> role.scheduleOpening(SYSTEM, AT, OpeningId.of("ghost"),
        Optional.empty(), Optional.empty())).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SCHEDULE_OPENING").hasMessageContaining("no opening ghost");
    assertThatThrownBy(() -> role.scheduleOpening(SYSTEM, AT, SECOND, Optional.empty(),
        Optional.empty())).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("opening second is closed (CANCELLED)");
    Role none = SeedRole.drafted();
    assertThat(none.allowedActions(SYSTEM)).doesNotContain(RoleAction.SCHEDULE_OPENING)
        .contains(RoleAction.SET_REQUISITION);
    assertThatThrownBy(() -> role.scheduleOpening(SYSTEM, AT, SeedRole.OPENING, null,
        Optional.empty())).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("targetStart");
    assertThatThrownBy(() -> role.openingsPastTargetStart(null))
        .isInstanceOf(InvalidValueException.class);
  }
}
