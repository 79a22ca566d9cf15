package dev.hirekit.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How each part of a {@link PipelineReport} renders as a plain-text table. */
final class ReportTables {
  private ReportTables() {}

  static String funnel(PipelineReport report) {
    StringBuilder out = new StringBuilder();
    for (PlanFunnel funnel : report.funnels()) {
      TextTable table = new TextTable(heading("Funnel", funnel), "Stage", "Reached", "Visits",
          "Advanced", "Back", "Rejected", "Withdrawn", "Hired", "Migrated", "Open", "To next",
          "To hire");
      for (StageFigures s : funnel.stages()) {
        table.row(s.stage().value(), s.reached(), s.entries(), s.advanced(), s.movedBack(),
            s.rejected(), s.withdrawn(), s.hired(), s.migrated(), s.stillThere(),
            percent(s.conversionToNext()), percent(s.conversionToHire()));
      }
      out.append(table).append('\n');
    }
    out.append(String.format(Locale.ROOT, "%d applications, %d hired, %d prospects%n",
        report.applications(), report.hires(), report.prospects()));
    return out.toString();
  }

  static String timeInStage(PipelineReport report) {
    String basis = report.scope().calendar().map(c -> "working time").orElse("elapsed time");
    StringBuilder out = new StringBuilder();
    for (PlanFunnel funnel : report.funnels()) {
      TextTable table = new TextTable(heading("Time in stage", funnel) + " (" + basis + ")",
          "Stage", "Visits", "Median", "p90", "Max", "Mean");
      for (StageFigures s : funnel.stages()) {
        times(table, s.stage().value(), s.time());
      }
      out.append(table).append('\n');
    }
    TextTable overall = new TextTable("Overall (" + basis + ")", "Measure", "Count", "Median",
        "p90", "Max", "Mean");
    times(overall, "time to hire", report.timeToHire());
    times(overall, "time to first decision", report.timeToFirstDecision());
    times(overall, "offer extended to answer", report.offers().extendToAnswer());
    return out.append(overall).toString();
  }

  static String offers(OfferFigures offers) {
    return new TextTable("Offers", "Drafted", "Submitted", "Approved", "Extended", "Accepted",
        "Declined", "Expired", "Rescinded", "Revisions", "Acceptance")
        .row(offers.drafted(), offers.submitted(), offers.approved(), offers.extended(),
            offers.accepted(), offers.declined(), offers.expired(), offers.rescinded(),
            offers.revisions(), percent(offers.acceptanceRate()))
        .toString();
  }

  static String sources(SourceYield sources) {
    TextTable table = new TextTable("Sources", "Source", "Applications", "Hires", "Hire rate",
        "Reached interview", "Reached offer");
    sources.bySource().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> source(table, e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()));
    if (sources.unknown().applications() > 0) {
      source(table, "unknown", sources.unknown());
    }
    return table.toString();
  }

  private static void source(TextTable table, String name, SourceFigures f) {
    table.row(name, f.applications(), f.hires(), percent(f.hireRate()),
        f.reached().getOrDefault(dev.hirekit.plan.StageKind.INTERVIEW, 0L),
        f.reached().getOrDefault(dev.hirekit.plan.StageKind.OFFER, 0L));
  }

  private static String heading(String what, PlanFunnel funnel) {
    return what + ": role " + funnel.role().value() + ", plan v" + funnel.planVersion();
  }

  private static void times(TextTable table, String name, DurationSummary time) {
    table.row(name, time.count(), text(time.median()), text(time.p90()),
        time.count() == 0 ? "-" : text(time.max()), text(time.mean()));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  private static String text(Optional<Duration> duration) {
    return duration.map(ReportTables::text).orElse("-");
  }

  /** A duration in its two largest units: {@code 2d 4h}, {@code 3h 05m}, {@code 12m 30s}. */
  static String text(Duration d) {
    long seconds = d.getSeconds();
    if (seconds >= 86_400) {
      return String.format(Locale.ROOT, "%dd %dh", seconds / 86_400, seconds % 86_400 / 3_600);
    } else if (seconds >= 3_600) {
      return String.format(Locale.ROOT, "%dh %02dm", seconds / 3_600, seconds % 3_600 / 60);
    } else if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    } else if (seconds > 0) {
      return seconds + "s";
    }
    return d.toMillis() + "ms";
  }
}
