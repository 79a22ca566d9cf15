package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each table, exactly, for figures written by hand. */
class ReportTablesTest {
  private static final ReportScope SKETCH = ReportQuery.all().scope();

  @Test
  void durationsShowTheirTwoLargestUnits() {
    assertThat(ReportTables.text(Duration.ofHours(52))).isEqualTo("2d 4h");
    assertThat(ReportTables.text(Duration.ofMinutes(185))).isEqualTo("3h 05m");
    assertThat(ReportTables.text(Duration.ofSeconds(750))).isEqualTo("12m 30s");
    assertThat(ReportTables.text(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(ReportTables.text(Duration.ofSeconds(60))).isEqualTo("1m 00s");
    assertThat(ReportTables.text(Duration.ofHours(1))).isEqualTo("1h 00m");
    assertThat(ReportTables.text(Duration.ofDays(1))).isEqualTo("1d 0h");
    assertThat(ReportTables.text(Duration.ZERO)).isEqualTo("0s");
    assertThat(ReportTables.text(Duration.ofMillis(250))).isEqualTo("250ms");
  }

  @Test
  void theFunnelAndTimeInStageTablesAlignTheirColumns() {
    StageFigures call = new StageFigures(StageId.of("call"), StageKind.SCREEN, 3, 2, 1, 4, 2, 0,
        Map.of(RejectionSide.WE_REJECTED, 1L), Map.of("not-now", 1L), 0, 0, 0, 0, 1,
        DurationSummary.of(true, List.of(Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(30))));
    PipelineReport report = new PipelineReport(new ReportScope(Optional.empty(),
        Optional.empty(), Optional.empty(), true), 3, 1, 0,
        List.of(new PlanFunnel(RoleId.of("fde-sf"), 2, List.of(call))),
        DurationSummary.empty(true), DurationSummary.empty(true), OfferFigures.empty(true),
        new SourceYield(Map.of(), new SourceFigures(3, Map.of(), 0)));
    assertThat(report.funnelTable()).isEqualTo(""
        + "Funnel: role fde-sf, plan v2\n"
        + "Stage  Reached  Visits  Advanced  Back  Rejected  Withdrawn  Hired  Migrated"
        + "  Transferred  Open  To next  To hire\n"
        + "call         3       4         2     0         1          0      0         0"
        + "            0     1    66.7%    33.3%\n"
        + "\n"
        + "3 applications, 0 hired, 1 prospects\n");
    assertThat(report.timeInStageTable()).isEqualTo(""
        + "Time in stage: role fde-sf, plan v2 (elapsed time)\n"
        + "Stage  Visits  Median    p90    Max     Mean\n"
        + "call        3  2h 00m  1d 6h  1d 6h  11h 00m\n"
        + "\n"
        + "Overall (elapsed time)\n"
        + "Measure                   Count  Median  p90  Max  Mean\n"
        + "time to hire                  0       -    -    -     -\n"
        + "time to first decision        0       -    -    -     -\n"
        + "offer extended to answer      0       -    -    -     -\n");
  }

  @Test
  void theOffersAndSourcesTablesListEveryFigure() {
    OfferFigures offers = new OfferFigures(4, 3, 2, 1, 3, 2, 1, 0, 1, 2,
        DurationSummary.empty(false));
    assertThat(ReportTables.offers(offers)).isEqualTo(""
        + "Offers\n"
        + "Figure                  Count\n"
        + "drafted                     4\n"
        + "submitted for approval      3\n"
        + "approved                    2\n"
        + "approval declined           1\n"
        + "extended                    3\n"
        + "accepted                    2\n"
        + "declined                    1\n"
        + "expired                     0\n"
        + "rescinded                   1\n"
        + "revisions                   2\n"
        + "acceptance rate         66.7%\n");
    SourceYield sources = new SourceYield(Map.of(
        SourceKind.REFERRAL, new SourceFigures(2, Map.of(StageKind.APPLICATION_REVIEW, 2L,
            StageKind.REFERENCE_CHECK, 1L), 1),
        SourceKind.APPLIED, new SourceFigures(4, Map.of(StageKind.APPLICATION_REVIEW, 4L,
            StageKind.BACKGROUND_CHECK, 1L), 0)),
        new SourceFigures(1, Map.of(StageKind.INTERVIEW, 1L), 0));
    assertThat(ReportTables.sources(sources)).isEqualTo(""
        + "Sources (then, per stage kind, the applications that reached one)\n"
        + "Source    Applications  Hires  Hire rate  review  interview  references  background\n"
        + "applied              4      0       0.0%       4          0           0           1\n"
        + "referral             2      1      50.0%       2          0           1           0\n"
        + "unknown              1      0       0.0%       0          1           0           0\n");
    assertThat(ReportTables.sources(SourceYield.empty())).isEqualTo(""
        + "Sources (then, per stage kind, the applications that reached one)\n"
        + "Source  Applications  Hires  Hire rate\n");
    assertThat(PipelineReport.empty(SKETCH).sourcesTable())
        .isEqualTo(ReportTables.sources(SourceYield.empty()));
    assertThat(PipelineReport.empty(SKETCH).offersTable())
        .isEqualTo(ReportTables.offers(OfferFigures.empty(false)));
  }

  @Test
  void aCalendarSaysTheTimesAreWorkingTime() {
    ReportScope worked = new ReportScope(Optional.empty(), Optional.empty(),
        Optional.of(WorkCalendar.weekdays(java.time.ZoneOffset.UTC).name()), false);
    assertThat(PipelineReport.empty(worked).timeInStageTable()).startsWith(
        "Overall (working time; a day is 24 hours of working days)\n");
  }
}
