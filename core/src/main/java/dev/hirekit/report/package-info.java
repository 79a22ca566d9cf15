/**
 * Pipeline reports: pure queries over applications, or over a store's events ordered by
 * application, that answer what every hiring team asks of its pipeline. A {@link
 * dev.hirekit.report.PipelineReport} holds the funnel and the time in stage per stage of each
 * plan version ({@link dev.hirekit.report.PlanFunnel}, {@link dev.hirekit.report.StageFigures}),
 * time to hire and to first decision, the offers ({@link dev.hirekit.report.OfferFigures}) and
 * the yield per candidate source ({@link dev.hirekit.report.SourceYield}). Reports are immutable
 * values; {@code a.merge(b)} equals the report over the union of their applications, so they run
 * in parallel or incrementally; each renders as a plain-text table.
 *
 * <pre>{@code
 * PipelineReport report = ReportQuery.all().over(applications);
 * log.info("\n{}", report.funnelTable());
 * log.info("\n{}", report.timeInStageTable());
 * }</pre>
 */
package dev.hirekit.report;
