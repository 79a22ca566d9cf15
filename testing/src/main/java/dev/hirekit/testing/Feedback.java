package dev.hirekit.testing;

import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.team.MemberId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random feedback on a candidate: scorecards, their attribute ratings, and reference checks, all
 * valid. Names and notes come in any script, accents, CJK and characters beyond the basic plane
 * included.
 *
 * <pre>{@code
 * Arbitrary<Scorecard> cards = Feedback.scorecards();
 * }</pre>
 */
public final class Feedback {
  private Feedback() {}

  /**
   * Ratings of one attribute from 1 to 4.
   *
   * <pre>{@code
   * Arbitrary<AttributeRating> ratings = Feedback.attributeRatings();
   * }</pre>
   *
   * @return ratings
   */
  public static Arbitrary<AttributeRating> attributeRatings() {
    return Combinators.combine(Texts.names(), Arbitraries.integers().between(1, 4))
        .as(AttributeRating::of);
  }

  /**
   * Scorecards of one interview by one interviewer: any recommendation, 0 to 4 ratings of
   * distinct attributes, with or without notes.
   *
   * <pre>{@code
   * Arbitrary<Scorecard> cards = Feedback.scorecards(InterviewId.of("tech"), MemberId.of("m-1"));
   * }</pre>
   *
   * @param interview the interview
   * @param interviewer who scores it
   * @return scorecards
   */
  public static Arbitrary<Scorecard> scorecards(InterviewId interview, MemberId interviewer) {
    return Combinators.combine(Plans.recommendations(),
            attributeRatings().list().ofMaxSize(4).uniqueElements(AttributeRating::attribute),
            Texts.names().optional())
        .as((recommendation, ratings, notes) -> Scorecard.builder().interview(interview)
            .interviewer(interviewer).recommendation(recommendation).ratings(ratings)
            .notes(notes).build());
  }

  /**
   * Scorecards of random interviews ({@code interview-0} to {@code interview-99}) and
   * interviewers.
   *
   * <pre>{@code
   * Arbitrary<Scorecard> cards = Feedback.scorecards();
   * }</pre>
   *
   * @return scorecards
   */
  public static Arbitrary<Scorecard> scorecards() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Teams.memberIds())
        .flatAs((i, interviewer) -> scorecards(InterviewId.of("interview-" + i), interviewer));
  }

  /**
   * Every relationship of a referee to the candidate.
   *
   * <pre>{@code
   * Arbitrary<RefereeRelationship> relationships = Feedback.refereeRelationships();
   * }</pre>
   *
   * @return relationships
   */
  public static Arbitrary<RefereeRelationship> refereeRelationships() {
    return Arbitraries.of(RefereeRelationship.class);
  }

  /**
   * Every outcome of a reference check.
   *
   * <pre>{@code
   * Arbitrary<ReferenceOutcome> outcomes = Feedback.referenceOutcomes();
   * }</pre>
   *
   * @return outcomes
   */
  public static Arbitrary<ReferenceOutcome> referenceOutcomes() {
    return Arbitraries.of(ReferenceOutcome.class);
  }

  /**
   * Reference checks: any referee, relationship and outcome, checked by a random member, with
   * or without notes.
   *
   * <pre>{@code
   * Arbitrary<Reference> references = Feedback.references();
   * }</pre>
   *
   * @return references
   */
  public static Arbitrary<Reference> references() {
    return Combinators.combine(Arbitraries.oneOf(Candidates.names(), Texts.names()),
            refereeRelationships(), referenceOutcomes(), Teams.memberIds(),
            Texts.names().optional())
        .as((referee, relationship, outcome, checkedBy, notes) -> Reference.builder()
            .referee(referee).relationship(relationship).outcome(outcome).checkedBy(checkedBy)
            .notes(notes).build());
  }
}
