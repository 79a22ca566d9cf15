package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything a tally adds up: per-stage, per-source and per-offer figures, never applications. */
final class Totals {
  private final ReportScope scope;
  private final Optional<WorkCalendar> calendar;
  private final Map<RoleId, Map<Integer, PlanTally>> plans = new HashMap<>();
  private final Map<SourceKind, SourceTally> sources = new EnumMap<>(SourceKind.class);
  private final SourceTally unknown = new SourceTally();
  final DurationTally timeToHire;
  final DurationTally timeToFirstDecision;
  final DurationTally extendToAnswer;
  long applications;
  long prospects;
  long hires;
  long drafted;
  long submitted;
  long approved;
  long approvalDeclined;
  long extended;
  long accepted;
  long declined;
  long expired;
  long rescinded;
  long revisions;

  Totals(ReportScope scope, Optional<WorkCalendar> calendar) {
    this.scope = scope;
    this.calendar = calendar;
    this.timeToHire = new DurationTally(scope.exact());
    this.timeToFirstDecision = new DurationTally(scope.exact());
    this.extendToAnswer = new DurationTally(scope.exact());
  }

  /** The time between two instants: elapsed, or working time on the calendar. */
  Duration measure(Instant from, Instant to) {
    return calendar.isPresent() ? calendar.get().workingTime(from, to)
        : Duration.between(from, to);
  }

  /** The tally of a role's plan version, checking that its stages are those seen before. */
  PlanTally plan(ApplicationId application, RoleId role, InterviewPlan plan) {
    Map<Integer, PlanTally> versions = plans.computeIfAbsent(role, r -> new HashMap<>());
    PlanTally tally = versions.get(plan.version());
    if (tally == null) {
      tally = new PlanTally(role, plan, scope.exact());
      versions.put(plan.version(), tally);
    } else {
      tally.check(application, plan);
    }
    return tally;
  }

  void source(Optional<SourceKind> kind, Set<StageKind> reached, boolean hired) {
    (kind.isPresent() ? sources.computeIfAbsent(kind.get(), k -> new SourceTally()) : unknown)
        .add(reached, hired);
  }

  PipelineReport report() {
    List<PlanFunnel> funnels = new ArrayList<>();
    plans.values().forEach(versions -> versions.values().forEach(p -> funnels.add(p.funnel())));
    funnels.sort(PipelineReport.ORDER);
    Map<SourceKind, SourceFigures> bySource = new EnumMap<>(SourceKind.class);
    sources.forEach((kind, tally) -> bySource.put(kind, tally.figures()));
    OfferFigures offers = new OfferFigures(drafted, submitted, approved, approvalDeclined,
        extended, accepted, declined, expired, rescinded, revisions, extendToAnswer.summary());
    return new PipelineReport(scope, applications, prospects, hires, funnels,
        timeToHire.summary(), timeToFirstDecision.summary(), offers,
        new SourceYield(bySource, unknown.figures()));
  }
}
