package dev.hirekit.application;

/**
 * How the team answered a request for accommodation.
 *
 * <pre>{@code
 * app = app.arrangeAccommodation(recruiter, t, request, AccommodationOutcome.ARRANGED);
 * }</pre>
 */
public enum AccommodationOutcome {
  /** Arranged as asked. */
  ARRANGED,
  /** Arranged in part, or in another way agreed with the candidate. */
  PARTLY_ARRANGED,
  /** Could not be arranged. */
  NOT_POSSIBLE
}
