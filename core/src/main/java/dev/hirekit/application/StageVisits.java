package dev.hirekit.application;

import dev.hirekit.plan.StageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each stay of an application in a stage, derived from its history: an event whose {@link
 * EventRules rule} moves the stage ends the stay at the current stage (if any) and starts one at
 * the stage it leaves the application at (if any).
 */
final class StageVisits {
  private StageVisits() {}

  static List<StageVisit> of(List<ApplicationEvent> history) {
    List<StageVisit> visits = new ArrayList<>();
    Optional<StageId> current = Optional.empty();
    Instant entered = null;
    for (ApplicationEvent event : history) {
      EventRules.Rule<?> rule = EventRules.of(event);
      if (rule.keepsStage()) {
        continue;
      }
      if (current.isPresent()) {
        visits.add(new StageVisit(current.get(), entered, Optional.of(event.at())));
      }
      current = rule.stageAfter(event, current);
      entered = event.at();
    }
    if (current.isPresent()) {
      visits.add(new StageVisit(current.get(), entered, Optional.empty()));
    }
    return visits;
  }

  /**
   * Where the current visit starts: the index of the last event that moved the stage (the
   * creating event, at least). What happened before it belongs to earlier visits.
   */
  static int currentStart(List<ApplicationEvent> history) {
    for (int i = history.size() - 1; i > 0; i--) {
      if (!EventRules.of(history.get(i)).keepsStage()) {
        return i;
      }
    }
    return 0;
  }
}
