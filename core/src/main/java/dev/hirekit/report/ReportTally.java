package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import dev.hirekit.InvalidValueException;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * A report in the making, fed one event (or one application) at a time: what a service uses to
 * report straight from a cursor over its event table, holding the per-stage figures and one
 * application's state, never the applications. Not thread-safe: run one tally per thread and
 * {@link PipelineReport#merge} their reports.
 *
 * <p>Each application's events come together and in sequence order; applications come in any
 * order. The checks are those of {@link ReportQuery#overEvents(Iterable)}; an event refused
 * leaves the tally unusable, as the stream it came from is not a set of histories.
 *
 * <pre>{@code
 * ReportTally tally = query.tally();
 * try (var rows = store.eventsOrderedByApplicationAndSequence()) {
 *   rows.forEach(tally::add);
 * }
 * PipelineReport report = tally.report();
 * }</pre>
 */
public final class ReportTally {
  private final ReportScope scope;
  private final Function<? super CandidateId, Optional<SourceKind>> sources;
  private final Totals totals;
  private Trace trace;
  private ApplicationId application;
  private long nextSequence;
  private Instant last;
  private boolean skipping;
  private boolean reported;
  private boolean refused;

  ReportTally(ReportScope scope, Optional<WorkCalendar> calendar,
      Function<? super CandidateId, Optional<SourceKind>> sources) {
    this.scope = scope;
    this.sources = sources;
    this.totals = new Totals(scope, calendar);
  }

  /**
   * Adds an application's whole history.
   *
   * @param application the application
   * @return this tally
   * @throws InvalidValueException if the history does not follow what was added before it
   * @throws IllegalStateException if the report was already taken
   */
  public ReportTally add(Application application) {
    Figures.given(application, "ReportTally", "application").history().forEach(this::add);
    return this;
  }

  /**
   * Adds the next event of the stream.
   *
   * @param event the event: the next of the current application's history, or the first of
   *     another application's
   * @return this tally
   * @throws InvalidValueException if the event does not follow (a gap or a repeat in the
   *     sequence, a history that does not start by creating the application, an event dated
   *     before the one it follows) or is not possible where the application stands
   * @throws dev.hirekit.lifecycle.IllegalTransitionException if an offer step is not legal for
   *     the offer's status
   * @throws IllegalStateException if the report was already taken, or an event was refused
   */
  public ReportTally add(ApplicationEvent event) {
    usable();
    try {
      next(Figures.given(event, "ReportTally", "event"));
    } catch (RuntimeException e) {
      refused = true;
      throw e;
    }
    return this;
  }

  private void usable() {
    if (reported) {
      throw new IllegalStateException("the report of this tally was already taken; start a new "
          + "tally (ReportQuery.tally()) and merge the reports");
    }
    if (refused) {
      throw new IllegalStateException("this tally refused an event, so its stream is not a set "
          + "of histories and its figures are incomplete; fix the stream and start a new tally");
    }
  }

  private void next(ApplicationEvent event) {
    if (!event.application().equals(application)) {
      start(event);
      return;
    }
    if (event.sequence() != nextSequence) {
      throw new InvalidValueException("ApplicationEvent", "sequence", "#" + event.sequence()
          + " (" + event.type() + ") of application " + application + " follows #"
          + (nextSequence - 1) + "; give each application's events together and in sequence "
          + "order, without a gap or a repeat");
    }
    if (event.at().isBefore(last)) {
      throw new InvalidValueException("ApplicationEvent", "at", "#" + event.sequence() + " ("
          + event.type() + ") of application " + application + " is dated before the event it "
          + "follows; a history's events are in time order");
    }
    nextSequence++;
    last = event.at();
    if (skipping) {
      return;
    }
    if (scope.to().isPresent() && !event.at().isBefore(scope.to().get())) {
      skipping = true;
      return;
    }
    trace.apply(event);
  }

  private void start(ApplicationEvent event) {
    if (event.sequence() != 1 || !(event instanceof Applied || event instanceof Prospected)) {
      throw new InvalidValueException("ApplicationEvent", "sequence", "#" + event.sequence()
          + " (" + event.type() + ") of application " + event.application() + " starts its "
          + "history here, but a history starts with #1, application.applied or "
          + "application.prospected; give each application's events together and in sequence "
          + "order");
    }
    finishCurrent();
    application = event.application();
    nextSequence = 2;
    last = event.at();
    skipping = !scope.covers(event.at());
    if (skipping) {
      return;
    }
    if (event instanceof Applied applied) {
      trace = Trace.start(totals, applied, sourceOf(applied.candidate()));
    } else {
      Prospected prospected = (Prospected) event;
      trace = Trace.start(totals, prospected, sourceOf(prospected.candidate()));
    }
  }

  private Optional<SourceKind> sourceOf(CandidateId candidate) {
    Optional<SourceKind> kind = sources.apply(candidate);
    return kind == null ? Optional.empty() : kind;
  }

  private void finishCurrent() {
    if (trace != null) {
      trace.finish();
      trace = null;
    }
  }

  /**
   * The report over everything added; the tally takes no more events after it.
   *
   * @return the report
   * @throws IllegalStateException if the tally refused an event
   */
  public PipelineReport report() {
    if (refused) {
      usable();
    }
    if (!reported) {
      finishCurrent();
      reported = true;
    }
    return totals.report();
  }
}
