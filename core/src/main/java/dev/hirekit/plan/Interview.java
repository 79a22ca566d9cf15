package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One interview held within a stage, with its focus, length and interviewers.
 *
 * <p>Rules: the name is not blank and the duration is positive. The interviewers may be empty
 * while they are not yet assigned. Shadows attend without scoring and are never interviewers.
 *
 * <pre>{@code
 * Interview coding = Interview.builder()
 *     .id(InterviewId.of("coding")).name("Pair programming")
 *     .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(90))
 *     .addInterviewer(MemberId.of("m-2"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Interview {

  Interview() {}

  /**
   * The interview's id, unique within its plan.
   *
   * @return the id
   */
  public abstract InterviewId id();

  /**
   * The interview's name, such as "System design".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What the interview is about.
   *
   * @return the focus
   */
  public abstract InterviewFocus focus();

  /**
   * How long the interview lasts.
   *
   * @return the duration, positive
   */
  public abstract Duration duration();

  /**
   * The members of the hiring team who hold the interview; empty until assigned.
   *
   * @return the interviewers
   */
  public abstract Set<MemberId> interviewers();

  /**
   * The members who attend the interview but do not score it, such as an interviewer in
   * training; never also an interviewer. They may not submit a scorecard for it.
   *
   * @return the shadows
   */
  public abstract Set<MemberId> shadows();

  /**
   * The scale the interview is scored on, if it has its own; otherwise its stage's.
   *
   * @return the scale
   */
  public abstract Optional<ScoringScale> scale();

  /**
   * A builder of interviews.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another id.
   *
   * @param value the id
   * @return the copy
   */
  public abstract Interview withId(InterviewId value);

  /**
   * A copy with another name.
   *
   * @param value the name, not blank
   * @return the copy
   * @throws InvalidValueException if the name is blank
   */
  public abstract Interview withName(String value);

  /**
   * A copy with another focus.
   *
   * @param value the focus
   * @return the copy
   */
  public abstract Interview withFocus(InterviewFocus value);

  /**
   * A copy with another duration.
   *
   * @param value the duration, positive
   * @return the copy
   * @throws InvalidValueException if the duration is not positive
   */
  public abstract Interview withDuration(Duration value);

  /**
   * A copy with other interviewers.
   *
   * @param elements the interviewers, possibly none
   * @return the copy
   */
  public abstract Interview withInterviewers(Iterable<? extends MemberId> elements);

  /**
   * A copy with other shadows.
   *
   * @param elements the shadows, none of them an interviewer
   * @return the copy
   * @throws InvalidValueException if a shadow is also an interviewer
   */
  public abstract Interview withShadows(Iterable<? extends MemberId> elements);

  /**
   * A copy with its own scale.
   *
   * @param value the scale
   * @return the copy
   */
  public abstract Interview withScale(ScoringScale value);

  @Value.Check
  void check() {
    Require.name("Interview", "name", name());
    for (MemberId shadow : shadows()) {
      Require.that(!interviewers().contains(shadow), "Interview", "shadows", shadow
          + " is both an interviewer and a shadow; a shadow attends without scoring, so name"
          + " them once");
    }
    if (duration().isNegative() || duration().isZero()) {
      throw new InvalidValueException("Interview", "duration", duration()
          + " is not positive; give a duration above zero");
    }
  }

  /** Builds an {@link Interview}; see {@link Interview#builder()}. */
  public static final class Builder extends ImmutableInterview.Builder {
    Builder() {}
  }
}
