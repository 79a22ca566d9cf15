package dev.hirekit.report;

import dev.hirekit.application.RejectionSide;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import java.util.Map;

/**
 * One stage of one plan version: its funnel (who reached it, how each visit ended) and its time
 * in stage.
 *
 * <p><b>Visits.</b> An application that comes back to a stage (moved back, or reopened there)
 * visits it again: {@code entries} counts visits, {@code reached} counts applications. Every
 * visit ends one way, or is still open, so {@code entries = advanced + movedBack + rejected() +
 * withdrawn + hired + migrated + transferred + stillThere}. Moving forward (advance, skip or a move to a later
 * stage) is {@code advanced}; a move to this or an earlier stage is {@code movedBack}; a visit
 * that a plan migration carried onto the newer plan's stage is {@code migrated} here and an
 * entry there; a visit that a transfer ended (the application moved to another role) is {@code
 * transferred} here and an entry at the new role's stage. {@code time} summarises the finished visits, so its count is {@code entries -
 * stillThere}.
 *
 * <p><b>Conversion.</b> {@code reachedLater} counts the applications that reached this stage and
 * also a later stage of the same plan version (whenever: one that entered at a later stage and
 * was moved back counts too), {@code hiredLater} those that reached it and were
 * hired at the end of the report; both are at most {@code reached}.
 *
 * <pre>{@code
 * StageFigures call = report.funnels().get(0).stages().get(1);
 * call.conversionToNext();  // 0.5
 * call.time().median();     // Optional[PT49H]
 * }</pre>
 *
 * @param stage the stage
 * @param kind its kind
 * @param reached applications that entered it at least once
 * @param reachedLater of those, how many reached a later stage of the plan
 * @param hiredLater of those, how many were hired
 * @param entries visits
 * @param advanced visits that moved forward
 * @param movedBack visits that moved to this or an earlier stage
 * @param rejectedBySide rejections by side
 * @param rejectedByCode rejections by reason code
 * @param withdrawn visits that ended in a withdrawal
 * @param hired visits that ended in a hire
 * @param migrated visits carried onto a newer plan version
 * @param transferred visits that ended in a transfer to another role
 * @param stillThere visits still open
 * @param time the finished visits' durations
 */
public record StageFigures(StageId stage, StageKind kind, long reached, long reachedLater,
    long hiredLater, long entries, long advanced, long movedBack,
    Map<RejectionSide, Long> rejectedBySide, Map<String, Long> rejectedByCode, long withdrawn,
    long hired, long migrated, long transferred, long stillThere, DurationSummary time) {

  private static final String TYPE = "StageFigures";

  /**
   * Checks that the figures add up (else {@link dev.hirekit.InvalidValueException} naming the
   * figure): counts at least 0, reason codes valid names (as {@link
   * dev.hirekit.application.RejectionReason#code()} requires), rejections by side and by code
   * with the same total, entries the
   * sum of the outcomes, at least one entry per application reached, {@code reachedLater} and
   * {@code hiredLater} at most {@code reached}, and {@code time} counting the finished visits.
   *
   * @param stage the stage
   * @param kind its kind
   * @param reached applications that entered it at least once
   * @param reachedLater of those, how many reached a later stage of the plan
   * @param hiredLater of those, how many were hired
   * @param entries visits
   * @param advanced visits that moved forward
   * @param movedBack visits that moved to this or an earlier stage
   * @param rejectedBySide rejections by side
   * @param rejectedByCode rejections by reason code
   * @param withdrawn visits that ended in a withdrawal
   * @param hired visits that ended in a hire
   * @param migrated visits carried onto a newer plan version
   * @param transferred visits that ended in a transfer to another role
   * @param stillThere visits still open
   * @param time the finished visits' durations
   */
  public StageFigures {
    Figures.given(stage, TYPE, "stage");
    Figures.given(kind, TYPE, "kind");
    Figures.count(reached, TYPE, "reached");
    Figures.count(reachedLater, TYPE, "reachedLater");
    Figures.count(hiredLater, TYPE, "hiredLater");
    Figures.count(entries, TYPE, "entries");
    Figures.count(advanced, TYPE, "advanced");
    Figures.count(movedBack, TYPE, "movedBack");
    rejectedBySide = Figures.counts(rejectedBySide, TYPE, "rejectedBySide");
    rejectedByCode = Figures.counts(rejectedByCode, TYPE, "rejectedByCode");
    Figures.count(withdrawn, TYPE, "withdrawn");
    Figures.count(hired, TYPE, "hired");
    Figures.count(migrated, TYPE, "migrated");
    Figures.count(transferred, TYPE, "transferred");
    Figures.count(stillThere, TYPE, "stillThere");
    Figures.given(time, TYPE, "time");
    long rejected = Figures.sum(rejectedBySide);
    Figures.agree(rejected == Figures.sum(rejectedByCode), TYPE, "rejectedByCode",
        "totals " + Figures.sum(rejectedByCode) + ", not the " + rejected + " rejections by side");
    long ended = sum(advanced, movedBack, rejected, withdrawn, hired, migrated,
        transferred);
    Figures.agree(entries == Math.addExact(ended, stillThere), TYPE, "entries", "is " + entries
        + ", not the sum of the outcomes (" + Math.addExact(ended, stillThere) + ")");
    Figures.agree(reached <= entries && (reached > 0 || entries == 0), TYPE, "reached",
        "is " + reached + " for " + entries + " entries; every application reached enters once "
        + "or more");
    Figures.agree(reachedLater <= reached, TYPE, "reachedLater", "is above reached");
    Figures.agree(hiredLater <= reached, TYPE, "hiredLater", "is above reached");
    Figures.agree(time.count() == ended, TYPE, "time", "counts " + time.count()
        + " visits, not the " + ended + " finished ones");
  }

  private static long sum(long... values) {
    long total = 0;
    for (long v : values) {
      total = Math.addExact(total, v);
    }
    return total;
  }

  /**
   * All rejections at this stage.
   *
   * @return the total of {@link #rejectedBySide()}
   */
  public long rejected() {
    return Figures.sum(rejectedBySide);
  }

  /**
   * The share of the applications that reached this stage and a later one.
   *
   * @return {@code reachedLater / reached}, 0 when none reached it
   */
  public double conversionToNext() {
    return Figures.ratio(reachedLater, reached);
  }

  /**
   * The share of the applications that reached this stage and were hired.
   *
   * @return {@code hiredLater / reached}, 0 when none reached it
   */
  public double conversionToHire() {
    return Figures.ratio(hiredLater, reached);
  }

  /**
   * The figures, with the rejection codes left out (a code is free text a user may fill with
   * anything, so Hirekit never logs one): their count and total only.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StageFigures[stage=" + stage + ", kind=" + kind + ", reached=" + reached
        + ", reachedLater=" + reachedLater + ", hiredLater=" + hiredLater + ", entries="
        + entries + ", advanced=" + advanced + ", movedBack=" + movedBack + ", rejectedBySide="
        + new java.util.TreeMap<>(rejectedBySide) + ", rejectedByCode=<" + rejectedByCode.size()
        + " codes redacted>, withdrawn=" + withdrawn + ", hired=" + hired + ", migrated="
        + migrated + ", transferred=" + transferred + ", stillThere=" + stillThere + ", time=" + time + "]";
  }

  /**
   * This stage's figures and another's together.
   *
   * @param other the same stage's figures over other applications
   * @return the figures over both
   * @throws dev.hirekit.InvalidValueException if the other is another stage or kind
   */
  public StageFigures merge(StageFigures other) {
    Figures.agree(stage.equals(other.stage) && kind == other.kind, TYPE, "stage",
        "differs: " + stage + " cannot merge with " + other.stage);
    return new StageFigures(stage, kind, Math.addExact(reached, other.reached),
        Math.addExact(reachedLater, other.reachedLater),
        Math.addExact(hiredLater, other.hiredLater), Math.addExact(entries, other.entries),
        Math.addExact(advanced, other.advanced), Math.addExact(movedBack, other.movedBack),
        Figures.add(rejectedBySide, other.rejectedBySide),
        Figures.add(rejectedByCode, other.rejectedByCode),
        Math.addExact(withdrawn, other.withdrawn), Math.addExact(hired, other.hired),
        Math.addExact(migrated, other.migrated), Math.addExact(transferred, other.transferred),
        Math.addExact(stillThere, other.stillThere),
        time.merge(other.time));
  }
}
