package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.InterviewScheduled;
import dev.hirekit.application.ApplicationEvent.WindowBooked;
import dev.hirekit.internal.Require;
import dev.hirekit.lifecycle.Guard;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.TimeRule;
import dev.hirekit.time.Due;
import dev.hirekit.time.WorkCalendar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Time at the current stage: the interviews scheduled and the window booked since the
 * application entered it, read from the history, and when the stage's material was handed in
 * (its artifacts, {@link Submitting#handedIn}); the guards of scheduling and booking; and the
 * deadlines of {@link Application#due}.
 */
final class Timing {
  static final Guard<Application, Actor> INTERVIEW_TO_SCHEDULE = Guard.when(
      "an interview of the stage to schedule",
      a -> a.currentStage().filter(s -> !s.interviews().isEmpty()).isPresent());
  static final Guard<Application, Actor> WINDOW_TO_BOOK = Guard.<Application, Actor>of(
      "a window of the stage to book, its work not handed in", Timing::noWindowToBook)
      .and(Choosing.OWN);

  /** The resolving actions of a deadline the team answers by moving on or rejecting. */
  private static final Enum<?>[] ANSWER = {ApplicationAction.ADVANCE, ApplicationAction.REJECT};

  private final Instant entered;
  private final Map<InterviewId, Instant> scheduled = new LinkedHashMap<>();
  private Optional<Instant> booked = Optional.empty();
  private final Optional<Instant> handedIn;

  private Timing(Application application) {
    List<ApplicationEvent> history = application.history();
    int start = StageVisits.currentStart(history);
    entered = history.get(start).at();
    for (ApplicationEvent event : history.subList(start, history.size())) {
      if (event instanceof InterviewScheduled s) {
        scheduled.put(s.interview(), s.startsAt());
      } else if (event instanceof WindowBooked b) {
        booked = Optional.of(b.startsAt());
      }
    }
    handedIn = application.currentStage().flatMap(s -> Submitting.handedIn(application, s));
  }

  /** The timing of the application's current visit of its stage. */
  static Timing of(Application application) {
    return new Timing(application);
  }

  /** When the application entered its current stage. */
  Instant entered() {
    return entered;
  }

  /** The start of each interview scheduled at this visit, the latest scheduling of each. */
  Map<InterviewId, Instant> scheduled() {
    return scheduled;
  }

  /** The start of the window booked at this visit, if any. */
  Optional<Instant> booked() {
    return booked;
  }

  /** When the stage's material was complete (see {@link Submitting#handedIn}), if it is. */
  Optional<Instant> handedIn() {
    return handedIn;
  }

  private static Optional<String> noWindowToBook(Application a) {
    Optional<Stage> stage = a.currentStage();
    if (stage.flatMap(s -> s.timeRule(TimeRule.Kind.WINDOW)).isEmpty()) {
      return Optional.of("stage " + a.stage().map(StageId::value).orElse("(none)")
          + " has no WINDOW time rule");
    }
    return of(a).handedIn.map(h -> "the work of stage " + stage.get().id()
        + " was handed in at " + h);
  }

  static void scheduled(Application before, ImmutableApplication.Builder next,
      InterviewScheduled e) {
    Stage stage = here(before, ApplicationAction.SCHEDULE_INTERVIEW, e, e.stage());
    if (stage.interviews().stream().noneMatch(i -> i.id().equals(e.interview()))) {
      throw before.refused(ApplicationAction.SCHEDULE_INTERVIEW, e.by(), "interview "
          + e.interview() + " is not an interview of stage " + stage.id() + "; schedule one of "
          + stage.interviews().stream().map(i -> i.id().value()).sorted()
              .collect(Collectors.toList()));
    }
  }

  static void booked(Application before, ImmutableApplication.Builder next, WindowBooked e) {
    here(before, ApplicationAction.BOOK_WINDOW, e, e.stage());
  }

  private static Stage here(Application before, ApplicationAction action, ApplicationEvent e,
      StageId stage) {
    if (!before.stage().equals(Optional.of(stage))) {
      throw before.refused(action, e.by(), "the event names stage " + stage
          + " but the application is at "
          + before.stage().map(StageId::value).orElse("no stage"));
    }
    return before.currentStage().orElseThrow();
  }

  /** The deadlines of an application at an instant; see {@link Application#due}. */
  static List<Due> due(Application application, Instant at, WorkCalendar calendar) {
    Require.given(at, "Application", "at");
    Require.given(calendar, "Application", "calendar");
    if (application.status() != ApplicationStatus.ACTIVE) {
      return List.of();
    }
    List<Due> due = new ArrayList<>();
    Optional<Stage> current = application.currentStage();
    if (current.isPresent()) {
      Stage stage = current.get();
      Timing timing = of(application);
      String id = stage.id().value();
      for (TimeRule rule : stage.timeRules()) {
        switch (rule.kind()) {
          case RESPOND_WITHIN -> due.add(Due.at(Due.Deadline.RESPOND_WITHIN, id,
              rule.deadline(timing.entered, calendar), at, Due.Party.TEAM, ANSWER));
          case WINDOW -> {
            if (timing.handedIn.isEmpty() && timing.booked.isPresent()) {
              due.add(Due.at(Due.Deadline.WINDOW, id,
                  rule.deadline(timing.booked.get(), calendar), at, Due.Party.CANDIDATE,
                  ApplicationAction.SUBMIT_ARTIFACT));
            }
          }
          case MATERIAL_BEFORE_INTERVIEW -> {
            Optional<Instant> first = timing.scheduled.values().stream()
                .min(Comparator.naturalOrder());
            if (timing.handedIn.isEmpty() && first.isPresent()) {
              due.add(Due.at(Due.Deadline.MATERIAL_BEFORE_INTERVIEW, id,
                  rule.deadline(first.get(), calendar), at, Due.Party.CANDIDATE,
                  ApplicationAction.SUBMIT_ARTIFACT));
            }
          }
          case DECISION_AFTER_LAST_INTERVIEW -> lastEnd(stage, timing).ifPresent(end ->
              due.add(Due.at(Due.Deadline.DECISION_AFTER_LAST_INTERVIEW, id,
                  rule.deadline(end, calendar), at, Due.Party.TEAM, ANSWER)));
        }
      }
    }
    application.currentOffer().filter(o -> o.status() == OfferStatus.EXTENDED)
        .ifPresent(offer -> due.add(Due.at(Due.Deadline.OFFER_EXPIRY, offer.id().value(),
            offer.expiresAt(), at, Due.Party.SYSTEM, OfferAction.EXPIRE)));
    due.sort(Comparator.comparing(Due::dueAt));
    return List.copyOf(due);
  }

  /** The end of the stage's last interview, once every interview of it is scheduled. */
  private static Optional<Instant> lastEnd(Stage stage, Timing timing) {
    if (!timing.scheduled.keySet().containsAll(
        stage.interviews().stream().map(Interview::id).collect(Collectors.toSet()))) {
      return Optional.empty();
    }
    return stage.interviews().stream()
        .map(i -> timing.scheduled.get(i.id()).plus(i.duration()))
        .max(Comparator.naturalOrder());
  }
}
