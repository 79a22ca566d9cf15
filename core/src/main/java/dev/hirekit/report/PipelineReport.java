package dev.hirekit.report;

import dev.hirekit.application.Application;
import dev.hirekit.role.RoleId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline report: over a set of applications (of one role or many), the funnel and time in
 * stage of every plan version they ran on, time to hire, time to first decision, offers and
 * yield per source. A pure, immutable value: {@link #merge} of two reports over disjoint sets of
 * applications equals the report over their union, so reports run in parallel or incrementally
 * and keep only per-stage figures, never the applications.
 *
 * <p>Build one with a {@link ReportQuery}, over {@link Application}s or directly over a store's
 * events; {@link #of(Iterable)} is the query with no window, elapsed time and the 1 % sketch.
 *
 * <pre>{@code
 * PipelineReport report = PipelineReport.of(applications);
 * log.info("\n{}", report.funnelTable());
 * log.info("\n{}", report.timeInStageTable());
 * PipelineReport both = report.merge(reportOfOtherApplications);
 * }</pre>
 *
 * <p>{@code applications} counts the applications that became active (applied, or prospects
 * once converted); {@code prospects} the applications created as prospects, converted or not.
 * {@code hires} counts the applications hired at the end of the report (an unhired one is not);
 * {@code timeToHire} measures each from its activation to its last hire, and {@code
 * timeToFirstDecision} from activation to the first advance, skip, move, rejection or hire.
 *
 * @param scope what the report covers and how it measures
 * @param applications applications that became active
 * @param prospects applications created as prospects
 * @param hires applications hired at the end of the report
 * @param funnels one per role and plan version, sorted by role id then version
 * @param timeToHire from activation to hire, per hire
 * @param timeToFirstDecision from activation to the first decision, per application decided
 * @param offers the offers
 * @param sources the yield per candidate source
 */
public record PipelineReport(ReportScope scope, long applications, long prospects, long hires,
    List<PlanFunnel> funnels, DurationSummary timeToHire, DurationSummary timeToFirstDecision,
    OfferFigures offers, SourceYield sources) {

  private static final String TYPE = "PipelineReport";
  /** The order of {@link #funnels()}: by role id, then plan version. */
  static final Comparator<PlanFunnel> ORDER =
      Comparator.comparing((PlanFunnel f) -> f.role().value()).thenComparing(
          PlanFunnel::planVersion);

  /**
   * Checks that the figures agree (else {@link dev.hirekit.InvalidValueException} naming the
   * figure): counts at least 0, {@code hires <= applications}, funnels sorted and each plan
   * version once, no stage reached by more applications than the report holds, {@code timeToHire} timing the hires, the sources adding up to the applications
   * and the hires, and every percentile of the report of the scope's kind (exact or sketch).
   *
   * @param scope what the report covers and how it measures
   * @param applications applications that became active
   * @param prospects applications created as prospects
   * @param hires applications hired at the end of the report
   * @param funnels one per role and plan version, sorted by role id then version
   * @param timeToHire from activation to hire
   * @param timeToFirstDecision from activation to the first decision
   * @param offers the offers
   * @param sources the yield per candidate source
   */
  public PipelineReport {
    Figures.given(scope, TYPE, "scope");
    Figures.count(applications, TYPE, "applications");
    Figures.count(prospects, TYPE, "prospects");
    Figures.count(hires, TYPE, "hires");
    funnels = Figures.list(funnels, TYPE, "funnels");
    Figures.given(timeToHire, TYPE, "timeToHire");
    Figures.given(timeToFirstDecision, TYPE, "timeToFirstDecision");
    Figures.given(offers, TYPE, "offers");
    Figures.given(sources, TYPE, "sources");
    Figures.agree(hires <= applications, TYPE, "hires", "is above applications");
    for (int i = 1; i < funnels.size(); i++) {
      Figures.agree(ORDER.compare(funnels.get(i - 1), funnels.get(i)) < 0, TYPE, "funnels",
          "are not sorted by role then plan version, each once, at position " + i);
    }
    Figures.agree(timeToHire.count() == hires, TYPE, "timeToHire", "times "
        + timeToHire.count() + " hires, not " + hires);
    Figures.agree(timeToFirstDecision.count() <= applications, TYPE, "timeToFirstDecision",
        "times more decisions than applications");
    for (PlanFunnel funnel : funnels) {
      for (StageFigures stage : funnel.stages()) {
        Figures.agree(stage.reached() <= applications, TYPE, "funnels", "count "
            + stage.reached() + " applications reaching a stage, more than the report's "
            + applications);
      }
    }
    long bySource = sources.unknown().applications();
    long hiresBySource = sources.unknown().hires();
    for (SourceFigures figures : sources.bySource().values()) {
      bySource = Math.addExact(bySource, figures.applications());
      hiresBySource = Math.addExact(hiresBySource, figures.hires());
    }
    Figures.agree(bySource == applications && hiresBySource == hires, TYPE, "sources",
        "count " + bySource + " applications and " + hiresBySource + " hires, not the report's "
        + applications + " and " + hires);
    boolean exact = scope.exact();
    boolean sameKind = timeToHire.sketch().exact() == exact
        && timeToFirstDecision.sketch().exact() == exact
        && offers.extendToAnswer().sketch().exact() == exact
        && funnels.stream().flatMap(f -> f.stages().stream())
            .allMatch(s -> s.time().sketch().exact() == exact);
    Figures.agree(sameKind, TYPE, "scope", "says percentiles are " + (exact ? "exact" : "sketched")
        + ", but a duration summary of the report is not");
  }

  /**
   * The report over applications with {@link ReportQuery#all()}: no window, elapsed time, the
   * 1 % sketch and no sources known.
   *
   * @param applications the applications
   * @return the report
   */
  public static PipelineReport of(Iterable<Application> applications) {
    return ReportQuery.all().over(applications);
  }

  /**
   * The report over no application, for a scope: what a report over nothing is, and the
   * identity of {@link #merge}.
   *
   * @param scope the scope
   * @return the empty report
   */
  public static PipelineReport empty(ReportScope scope) {
    boolean exact = Figures.given(scope, TYPE, "scope").exact();
    return new PipelineReport(scope, 0, 0, 0, List.of(), DurationSummary.empty(exact),
        DurationSummary.empty(exact), OfferFigures.empty(exact), SourceYield.empty());
  }

  /**
   * The funnel of one role's plan version.
   *
   * @param role the role
   * @param planVersion the version
   * @return the funnel, empty when no application of the report ran on it
   */
  public Optional<PlanFunnel> funnel(RoleId role, int planVersion) {
    return funnels.stream().filter(f -> f.role().equals(role) && f.planVersion() == planVersion)
        .findFirst();
  }

  /**
   * This report and one over other applications together: equal to the report over both sets.
   *
   * @param other a report of the same scope over other applications
   * @return the report over both
   * @throws dev.hirekit.InvalidValueException if the scopes differ, or if a plan version has
   *     other stages in the other report
   */
  public PipelineReport merge(PipelineReport other) {
    Figures.agree(scope.equals(other.scope), TYPE, "scope", "differs: " + scope + " cannot "
        + "merge with " + other.scope + "; build both reports with the same query");
    List<PlanFunnel> merged = new ArrayList<>(funnels.size() + other.funnels.size());
    int i = 0;
    int j = 0;
    while (i < funnels.size() || j < other.funnels.size()) {
      int order = i == funnels.size() ? 1 : j == other.funnels.size() ? -1
          : ORDER.compare(funnels.get(i), other.funnels.get(j));
      if (order < 0) {
        merged.add(funnels.get(i++));
      } else if (order > 0) {
        merged.add(other.funnels.get(j++));
      } else {
        merged.add(funnels.get(i++).merge(other.funnels.get(j++)));
      }
    }
    return new PipelineReport(scope, Math.addExact(applications, other.applications),
        Math.addExact(prospects, other.prospects), Math.addExact(hires, other.hires), merged,
        timeToHire.merge(other.timeToHire),
        timeToFirstDecision.merge(other.timeToFirstDecision), offers.merge(other.offers),
        sources.merge(other.sources));
  }

  /**
   * The funnel as a plain-text table, one block per plan version: per stage, applications
   * reached, visits, how visits ended, and conversion to the next stage and to hire.
   *
   * @return the table
   */
  public String funnelTable() {
    return ReportTables.funnel(this);
  }

  /**
   * Time in stage as a plain-text table, one block per plan version: per stage, finished
   * visits, median, p90, max and mean; then time to hire and to first decision.
   *
   * @return the table
   */
  public String timeInStageTable() {
    return ReportTables.timeInStage(this);
  }

  /**
   * The offers as a plain-text table.
   *
   * @return the table
   */
  public String offersTable() {
    return ReportTables.offers(offers);
  }

  /**
   * The yield per source as a plain-text table.
   *
   * @return the table
   */
  public String sourcesTable() {
    return ReportTables.sources(sources);
  }
}
