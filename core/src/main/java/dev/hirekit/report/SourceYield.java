package dev.hirekit.report;

import dev.hirekit.candidate.SourceKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Applications, stages reached and hires by candidate source. Events name the candidate, not
 * their source, so the source comes from the query ({@link ReportQuery.Builder#sources}); an
 * application whose candidate it does not know counts under {@code unknown}.
 *
 * <pre>{@code
 * report.sources().bySource().get(SourceKind.REFERRAL).hires();
 * report.sources().unknown().applications();
 * }</pre>
 *
 * @param bySource the figures of each source that has applications
 * @param unknown the figures of applications of unknown source
 */
public record SourceYield(Map<SourceKind, SourceFigures> bySource, SourceFigures unknown) {
  /**
   * Checks that every entry is given (else {@link dev.hirekit.InvalidValueException}).
   *
   * @param bySource the figures of each source that has applications
   * @param unknown the figures of applications of unknown source
   */
  public SourceYield {
    Figures.given(bySource, "SourceYield", "bySource").forEach((kind, figures) -> {
      Figures.given(kind, "SourceYield", "bySource");
      Figures.given(figures, "SourceYield", "bySource");
      Figures.agree(figures.applications() > 0, "SourceYield", "bySource", "holds " + kind
          + " with no application; leave sources without applications out");
    });
    bySource = Map.copyOf(bySource);
    Figures.given(unknown, "SourceYield", "unknown");
  }

  /**
   * No applications.
   *
   * @return the empty yield
   */
  public static SourceYield empty() {
    return new SourceYield(Map.of(), SourceFigures.empty());
  }

  /**
   * This yield and another together.
   *
   * @param other the yield over other applications
   * @return the yield over both
   */
  public SourceYield merge(SourceYield other) {
    Map<SourceKind, SourceFigures> merged = new EnumMap<>(SourceKind.class);
    merged.putAll(bySource);
    other.bySource.forEach((kind, figures) -> merged.merge(kind, figures, SourceFigures::merge));
    return new SourceYield(merged, unknown.merge(other.unknown));
  }
}
