package dev.hirekit.plan;

/**
 * What an interview is about.
 *
 * <pre>{@code
 * Interview.builder().id(InterviewId.of("values")).name("Values and collaboration")
 *     .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofHours(1)).build();
 * }</pre>
 */
public enum InterviewFocus {
  /** Technical skills, such as coding or system design. */
  TECHNICAL,
  /** Everything else, such as collaboration, motivation or values. */
  NON_TECHNICAL,
  /** Both technical and non-technical. */
  MIXED
}
