package dev.hirekit.report;

import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** One stage's figures while a tally runs. */
final class StageTally {
  /** How a visit ended. */
  enum Outcome { ADVANCED, MOVED_BACK, REJECTED, WITHDRAWN, HIRED, MIGRATED, TRANSFERRED }

  private final StageId stage;
  private final StageKind kind;
  long reached;
  long reachedLater;
  long hiredLater;
  private long entries;
  private final long[] outcomes = new long[Outcome.values().length];
  private final Map<RejectionSide, Long> bySide = new EnumMap<>(RejectionSide.class);
  private final Map<String, Long> byCode = new HashMap<>();
  private long stillThere;
  private final DurationTally time;

  StageTally(StageId stage, StageKind kind, boolean exact) {
    this.stage = stage;
    this.kind = kind;
    this.time = new DurationTally(exact);
  }

  StageId id() {
    return stage;
  }

  StageKind kind() {
    return kind;
  }

  void entered() {
    entries++;
  }

  void left(Outcome outcome, Duration spent) {
    outcomes[outcome.ordinal()]++;
    time.add(spent);
  }

  void rejected(RejectionReason reason, Duration spent) {
    left(Outcome.REJECTED, spent);
    bySide.merge(reason.side(), 1L, Long::sum);
    byCode.merge(reason.code(), 1L, Long::sum);
  }

  void stayed() {
    stillThere++;
  }

  StageFigures figures() {
    return new StageFigures(stage, kind, reached, reachedLater, hiredLater, entries,
        outcomes[Outcome.ADVANCED.ordinal()], outcomes[Outcome.MOVED_BACK.ordinal()], bySide,
        byCode, outcomes[Outcome.WITHDRAWN.ordinal()], outcomes[Outcome.HIRED.ordinal()],
        outcomes[Outcome.MIGRATED.ordinal()],
        outcomes[Outcome.TRANSFERRED.ordinal()], stillThere, time.summary());
  }
}
