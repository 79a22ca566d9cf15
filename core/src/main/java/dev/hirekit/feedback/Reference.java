package dev.hirekit.feedback;

import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference check: who was asked, how they know the candidate, what they said and who asked.
 * The referee's name and the notes are personal data, redacted from {@code toString()}.
 *
 * <pre>{@code
 * Reference ref = Reference.builder()
 *     .referee("A. Referee")
 *     .relationship(RefereeRelationship.MANAGER)
 *     .outcome(ReferenceOutcome.POSITIVE)
 *     .checkedBy(MemberId.of("member-3"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Reference {

  Reference() {}

  /**
   * The referee's name.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String referee();

  /**
   * How the referee knows the candidate.
   *
   * @return the relationship
   */
  public abstract RefereeRelationship relationship();

  /**
   * What the check found.
   *
   * @return the outcome
   */
  public abstract ReferenceOutcome outcome();

  /**
   * Who made the check.
   *
   * @return the team member
   */
  public abstract MemberId checkedBy();

  /**
   * Free-text notes.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * A builder of references.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another referee.
   *
   * @param value the referee's name
   * @return the copy
   */
  public abstract Reference withReferee(String value);

  /**
   * A copy with another relationship.
   *
   * @param value the relationship
   * @return the copy
   */
  public abstract Reference withRelationship(RefereeRelationship value);

  /**
   * A copy with another outcome.
   *
   * @param value the outcome
   * @return the copy
   */
  public abstract Reference withOutcome(ReferenceOutcome value);

  /**
   * A copy checked by another member.
   *
   * @param value the member
   * @return the copy
   */
  public abstract Reference withCheckedBy(MemberId value);

  /**
   * A copy with other notes.
   *
   * @param value the notes
   * @return the copy
   */
  public abstract Reference withNotes(String value);

  @Value.Check
  void check() {
    Require.name("Reference", "referee", referee());
    notes().ifPresent(n -> Require.nonBlank("Reference", "notes", n));
  }

  /** Builds a {@link Reference}; see {@link Reference#builder()}. */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
