package dev.hirekit.report;

import dev.hirekit.plan.StageKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** How each part of a {@link PipelineReport} renders as a plain-text table. */
final class ReportTables {
  private ReportTables() {}

  static String funnel(PipelineReport report) {
    StringBuilder out = new StringBuilder();
    for (PlanFunnel funnel : report.funnels()) {
      TextTable table = new TextTable(heading("Funnel", funnel), "Stage", "Reached", "Visits",
          "Advanced", "Back", "Rejected", "Withdrawn", "Hired", "Migrated", "Transferred", "Open",
          "To next", "To hire");
      for (StageFigures s : funnel.stages()) {
        table.row(s.stage().value(), s.reached(), s.entries(), s.advanced(), s.movedBack(),
            s.rejected(), s.withdrawn(), s.hired(), s.migrated(), s.transferred(), s.stillThere(),
            percent(s.conversionToNext()), percent(s.conversionToHire()));
      }
      out.append(table).append('\n');
    }
    out.append(String.format(Locale.ROOT, "%d applications, %d hired, %d prospects%n",
        report.applications(), report.hires(), report.prospects()));
    return out.toString();
  }

  static String timeInStage(PipelineReport report) {
    String basis = report.scope().calendar()
        .map(c -> "working time; a day is 24 hours of working days").orElse("elapsed time");
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
    return new TextTable("Offers", "Figure", "Count")
        .row("drafted", offers.drafted())
        .row("submitted for approval", offers.submitted())
        .row("approved", offers.approved())
        .row("approval declined", offers.approvalDeclined())
        .row("extended", offers.extended())
        .row("accepted", offers.accepted())
        .row("declined", offers.declined())
        .row("expired", offers.expired())
        .row("rescinded", offers.rescinded())
        .row("revisions", offers.revisions())
        .row("acceptance rate", percent(offers.acceptanceRate()))
        .toString();
  }

  static String sources(SourceYield sources) {
    Set<StageKind> kinds = EnumSet.noneOf(StageKind.class);
    sources.bySource().values().forEach(f -> kinds.addAll(f.reached().keySet()));
    kinds.addAll(sources.unknown().reached().keySet());
    List<String> header = new ArrayList<>(List.of("Source", "Applications", "Hires",
        "Hire rate"));
    kinds.forEach(kind -> header.add(shortName(kind)));
    TextTable table = new TextTable("Sources (then, per stage kind, the applications that "
        + "reached one)", header.toArray(new String[0]));
    new TreeMap<>(sources.bySource()).forEach((kind, f) -> source(table, name(kind), f, kinds));
    if (sources.unknown().applications() > 0) {
      source(table, "unknown", sources.unknown(), kinds);
    }
    return table.toString();
  }

  private static void source(TextTable table, String name, SourceFigures f,
      Set<StageKind> kinds) {
    List<Object> cells = new ArrayList<>(List.of(name, f.applications(), f.hires(),
        percent(f.hireRate())));
    kinds.forEach(kind -> cells.add(f.reached().getOrDefault(kind, 0L)));
    table.row(cells.toArray());
  }

  private static String shortName(StageKind kind) {
    switch (kind) {
      case APPLICATION_REVIEW:
        return "review";
      case REFERENCE_CHECK:
        return "references";
      case BACKGROUND_CHECK:
        return "background";
      default:
        return name(kind);
    }
  }

  private static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
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

  /**
   * A duration in its two largest units: {@code 2d 4h}, {@code 3h 05m}, {@code 12m 30s}, {@code
   * 45s}, {@code 0s}; under a second, milliseconds.
   */
  static String text(Duration d) {
    long seconds = d.getSeconds();
    if (seconds >= 86_400) {
      return String.format(Locale.ROOT, "%dd %dh", seconds / 86_400, seconds % 86_400 / 3_600);
    } else if (seconds >= 3_600) {
      return String.format(Locale.ROOT, "%dh %02dm", seconds / 3_600, seconds % 3_600 / 60);
    } else if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    } else if (seconds > 0 || d.isZero()) {
      return seconds + "s";
    }
    return d.toMillis() + "ms";
  }
}
