package dev.hirekit.application;

import dev.hirekit.internal.Require;
import dev.hirekit.plan.StageId;
import java.time.Instant;
import java.util.Optional;

/**
 * A request for accommodation and its answer, derived from an application's history (see {@link
 * Application#accommodations()}). What the candidate needs is personal data: {@code toString()}
 * never shows it, and after {@link Application#anonymize()} it reads {@link Application#ERASED}.
 *
 * <pre>{@code
 * for (Accommodation a : application.accommodations()) {
 *   if (a.outcome().isEmpty()) {
 *     tasks.add(a.request());                 // still to arrange
 *   }
 * }
 * }</pre>
 *
 * @param request the sequence number of the request's event, which the answer names
 * @param stage the stage it is for
 * @param need what the candidate needs
 * @param requestedAt when it was asked for
 * @param outcome the team's answer, once given
 */
public record Accommodation(long request, StageId stage, String need, Instant requestedAt,
    Optional<AccommodationOutcome> outcome) {

  /**
   * Checks the accommodation; a bad value is an {@link dev.hirekit.InvalidValueException} that
   * never repeats the need.
   *
   * @param request the sequence number of the request's event, from 1
   * @param stage the stage it is for
   * @param need what the candidate needs, not blank
   * @param requestedAt when it was asked for
   * @param outcome the team's answer, once given
   */
  public Accommodation {
    Require.that(request >= 1, "Accommodation", "request", "is not a sequence number; requests"
        + " are numbered by their event, from 1");
    Require.given(stage, "Accommodation", "stage");
    Require.nonBlank("Accommodation", "need", need);
    Require.given(requestedAt, "Accommodation", "requestedAt");
    Require.given(outcome, "Accommodation", "outcome");
  }

  /** The need is redacted: it is personal data. */
  @Override
  public String toString() {
    return "Accommodation[request=" + request + ", stage=" + stage + ", need=<redacted>, "
        + "requestedAt=" + requestedAt + ", outcome=" + outcome + "]";
  }
}
