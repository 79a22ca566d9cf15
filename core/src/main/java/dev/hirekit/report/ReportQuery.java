package dev.hirekit.report;

import dev.hirekit.time.WorkCalendar;
import dev.hirekit.application.Application;
import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What to report on and how: an optional window, an optional {@link WorkCalendar} (durations
 * in working time instead of elapsed time), where candidates come from (for the source yield),
 * and exact percentiles instead of the sketch. A query runs over applications, over a store's
 * events, or event by event through a {@link ReportTally}.
 *
 * <pre>{@code
 * ReportQuery query = ReportQuery.builder()
 *     .from(Instant.parse("2026-01-01T00:00:00Z"))
 *     .to(Instant.parse("2026-07-01T00:00:00Z"))
 *     .calendar(WorkCalendar.weekdays(ZoneId.of("America/Los_Angeles")))
 *     .sources(candidates)                  // the candidates, for their sources
 *     .build();
 * PipelineReport fromAggregates = query.over(applications);
 * PipelineReport fromStore = query.overEvents(eventsOrderedByApplication);
 * }</pre>
 */
public final class ReportQuery {
  private static final ReportQuery ALL = builder().build();

  private final ReportScope scope;
  private final Optional<WorkCalendar> calendar;
  private final Function<? super CandidateId, Optional<SourceKind>> sources;

  private ReportQuery(Builder builder) {
    this.calendar = builder.calendar;
    this.scope = new ReportScope(builder.from, builder.to, calendar.map(WorkCalendar::name),
        builder.exact);
    this.sources = builder.sources;
  }

  /**
   * Every application, elapsed time, the 1 % sketch, no sources known.
   *
   * @return the query
   */
  public static ReportQuery all() {
    return ALL;
  }

  /**
   * A builder, starting from {@link #all()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What the query's reports cover and how they measure.
   *
   * @return the scope
   */
  public ReportScope scope() {
    return scope;
  }

  /**
   * The report over applications, read from their histories.
   *
   * @param applications the applications, each once
   * @return the report
   * @throws InvalidValueException if an application is missing or given twice (two states of
   *     one application)
   */
  public PipelineReport over(Iterable<Application> applications) {
    ReportTally tally = tally();
    Set<ApplicationId> seen = new HashSet<>();
    int position = 0;
    for (Application application : Figures.given(applications, "ReportQuery", "applications")) {
      Figures.given(application, "ReportQuery", "applications");
      if (!seen.add(application.id())) {
        throw new InvalidValueException("ReportQuery", "applications", "holds a second state "
            + "of one application at position " + position + "; give each application once, "
            + "in its latest state");
      }
      tally.add(application);
      position++;
    }
    return tally.report();
  }

  /**
   * The report over a store's events, without building any aggregate: the events of each
   * application together and in sequence order (as {@code ORDER BY application, sequence}
   * gives them), applications in any order. Memory stays that of the per-stage figures and of
   * one application at a time, however many events stream through.
   *
   * <p>Events are trusted as recorded by the aggregates (not replayed under every rule, nor
   * their permissions asked again), and the report checks what its figures rely on: a stream
   * that is not a history (a gap or repeat in the sequence, an application whose first event
   * does not create it, an event dated before the one it follows, an event its application's
   * status forbids, a move from a stage the application is not at, a stage not in its plan) is
   * refused
   * with an {@link dev.hirekit.InvalidValueException}, and an offer step its lifecycle refuses
   * with an {@link dev.hirekit.lifecycle.IllegalTransitionException}. Replay untrusted events
   * through {@link Application#replay} first.
   *
   * @param events the events
   * @return the report
   * @throws dev.hirekit.InvalidValueException if the events are not histories
   */
  public PipelineReport overEvents(Iterable<? extends ApplicationEvent> events) {
    return overEvents(Figures.given(events, "ReportQuery", "events").iterator());
  }

  /**
   * The report over a stream of a store's events; see {@link #overEvents(Iterable)}.
   *
   * @param events the events, each application's together and in sequence order
   * @return the report
   * @throws dev.hirekit.InvalidValueException if the events are not histories
   */
  public PipelineReport overEvents(Stream<? extends ApplicationEvent> events) {
    return overEvents(Figures.given(events, "ReportQuery", "events").iterator());
  }

  private PipelineReport overEvents(Iterator<? extends ApplicationEvent> events) {
    ReportTally tally = tally();
    while (events.hasNext()) {
      tally.add(events.next());
    }
    return tally.report();
  }

  /**
   * A tally to feed event by event (from a cursor over an event table, say) or application by
   * application; see {@link ReportTally}.
   *
   * @return a new, empty tally
   */
  public ReportTally tally() {
    return new ReportTally(scope, calendar, sources);
  }

  @Override
  public String toString() {
    return "ReportQuery[" + scope + "]";
  }

  /** Builds a {@link ReportQuery}; see {@link ReportQuery#builder()}. */
  public static final class Builder {
    private Optional<Instant> from = Optional.empty();
    private Optional<Instant> to = Optional.empty();
    private Optional<WorkCalendar> calendar = Optional.empty();
    private Function<? super CandidateId, Optional<SourceKind>> sources = id -> Optional.empty();
    private boolean exact;

    private Builder() {}

    /**
     * Covers only the applications created at or after this instant.
     *
     * @param from the window's start
     * @return this builder
     */
    public Builder from(Instant from) {
      this.from = Optional.of(Figures.given(from, "ReportQuery", "from"));
      return this;
    }

    /**
     * Covers only the applications created before this instant, and reads their histories up
     * to it.
     *
     * @param to the window's end
     * @return this builder
     */
    public Builder to(Instant to) {
      this.to = Optional.of(Figures.given(to, "ReportQuery", "to"));
      return this;
    }

    /**
     * Measures every duration in working time on this calendar.
     *
     * @param calendar the calendar
     * @return this builder
     */
    public Builder calendar(WorkCalendar calendar) {
      this.calendar = Optional.of(Figures.given(calendar, "ReportQuery", "calendar"));
      return this;
    }

    /**
     * Where candidates come from: a lookup (a candidate table, a cache) answering the source
     * kind of a candidate, or empty when unknown.
     *
     * @param sources the lookup
     * @return this builder
     */
    public Builder sources(Function<? super CandidateId, Optional<SourceKind>> sources) {
      this.sources = Figures.given(sources, "ReportQuery", "sources");
      return this;
    }

    /**
     * Where candidates come from: these candidates' sources.
     *
     * @param candidates the candidates
     * @return this builder
     */
    public Builder sources(Iterable<Candidate> candidates) {
      Map<CandidateId, SourceKind> kinds = new HashMap<>();
      for (Candidate candidate : Figures.given(candidates, "ReportQuery", "candidates")) {
        Figures.given(candidate, "ReportQuery", "candidates");
        kinds.put(candidate.id(), candidate.source().kind());
      }
      return sources(id -> Optional.ofNullable(kinds.get(id)));
    }

    /**
     * Keeps every duration, for exact percentiles: memory then grows with the number of
     * distinct durations (the sketch's does not).
     *
     * @return this builder
     */
    public Builder exactPercentiles() {
      this.exact = true;
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws dev.hirekit.InvalidValueException if {@code to} is not after {@code from}
     */
    public ReportQuery build() {
      return new ReportQuery(this);
    }
  }
}
