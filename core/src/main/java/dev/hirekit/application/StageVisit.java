package dev.hirekit.application;

import dev.hirekit.plan.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay of an application in a stage, derived from its history: when it entered and, once it
 * has, when it left. Time in stage is a query over these.
 *
 * <pre>{@code
 * Duration inScreen = application.stageVisits().stream()
 *     .filter(v -> v.stage().equals(screen))
 *     .map(v -> v.duration(now))
 *     .reduce(Duration.ZERO, Duration::plus);
 * }</pre>
 *
 * @param stage the stage
 * @param enteredAt when the application entered it
 * @param leftAt when it left, if it has
 */
public record StageVisit(StageId stage, Instant enteredAt, Optional<Instant> leftAt) {

  /**
   * Checks the visit.
   *
   * @param stage the stage
   * @param enteredAt when the application entered it
   * @param leftAt when it left, if it has
   */
  public StageVisit {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredAt, "enteredAt");
    Objects.requireNonNull(leftAt, "leftAt");
  }

  /**
   * How long the stay lasted, or has lasted so far.
   *
   * @param now the current time, used while the visit is open
   * @return the duration
   */
  public Duration duration(Instant now) {
    return Duration.between(enteredAt, leftAt.orElse(now));
  }
}
