package dev.hirekit.report;

import dev.hirekit.plan.StageKind;
import java.util.Map;

/**
 * The yield of one candidate source: applications, how many reached a stage of each kind, and
 * hires. Stage kinds, not stage ids, so the figures add up across roles with different plans.
 *
 * <pre>{@code
 * SourceFigures referrals = report.sources().bySource().get(SourceKind.REFERRAL);
 * referrals.reached().get(StageKind.INTERVIEW);  // applications that reached an interview
 * referrals.hireRate();
 * }</pre>
 *
 * @param applications applications from the source (prospects once converted)
 * @param reached per stage kind, the applications that reached a stage of that kind
 * @param hires of those applications, the ones hired at the end of the report
 */
public record SourceFigures(long applications, Map<StageKind, Long> reached, long hires) {
  private static final String TYPE = "SourceFigures";

  /**
   * Checks the counts (else {@link dev.hirekit.InvalidValueException}): at least 0, and no
   * figure above {@code applications}.
   *
   * @param applications applications from the source
   * @param reached per stage kind, the applications that reached a stage of that kind
   * @param hires of those applications, the ones hired
   */
  public SourceFigures {
    Figures.count(applications, TYPE, "applications");
    reached = Figures.counts(reached, TYPE, "reached");
    Figures.count(hires, TYPE, "hires");
    Figures.agree(hires <= applications, TYPE, "hires", "is above applications");
    reached.forEach((kind, count) -> Figures.agree(count <= applications, TYPE, "reached",
        "counts " + count + " for " + kind + ", above the " + applications + " applications"));
  }

  /**
   * No applications.
   *
   * @return the empty figures
   */
  public static SourceFigures empty() {
    return new SourceFigures(0, Map.of(), 0);
  }

  /**
   * The share of the source's applications that were hired.
   *
   * @return {@code hires / applications}, 0 when there is none
   */
  public double hireRate() {
    return Figures.ratio(hires, applications);
  }

  /**
   * These figures and another's together.
   *
   * @param other the same source's figures over other applications
   * @return the figures over both
   */
  public SourceFigures merge(SourceFigures other) {
    return new SourceFigures(Math.addExact(applications, other.applications),
        Figures.add(reached, other.reached), Math.addExact(hires, other.hires));
  }
}
