package dev.hirekit.candidate;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a candidate came from: the kind of source and, for some kinds, who or what brought them.
 *
 * <p>Rules: a {@link SourceKind#REFERRAL} names its referrer and no other kind has one; an agency
 * name is only for {@link SourceKind#AGENCY} and an event name only for {@link SourceKind#EVENT},
 * and each is optional there but never blank nor holds a control character. The agency and event
 * names are free text that may name people: {@code toString()} never shows them, messages never
 * repeat them and {@link Candidate#anonymize()} removes them.
 *
 * <pre>{@code
 * Source referral = Source.referral(MemberId.of("member-7"));
 * Source fair = Source.event("Berlin Java Meetup");
 * Source direct = Source.applied();
 * }</pre>
 */
@Value.Immutable
public abstract class Source {

  Source() {}

  /**
   * The kind of source.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * The member who referred the candidate; present exactly for referrals.
   *
   * @return the referrer, if a referral
   */
  public abstract Optional<MemberId> referrer();

  /**
   * The name of the recruitment agency; only for agency sources.
   *
   * @return the agency's name, if known
   */
  @Value.Redacted
  public abstract Optional<String> agency();

  /**
   * The name of the event where the candidate was met; only for event sources.
   *
   * @return the event's name, if known
   */
  @Value.Redacted
  public abstract Optional<String> event();

  /**
   * The candidate applied on their own.
   *
   * @return the source
   */
  public static Source applied() {
    return builder().kind(SourceKind.APPLIED).build();
  }

  /**
   * A member referred the candidate.
   *
   * @param referrer the member who referred the candidate
   * @return the source
   */
  public static Source referral(MemberId referrer) {
    return builder().kind(SourceKind.REFERRAL).referrer(referrer).build();
  }

  /**
   * A recruiter found and approached the candidate.
   *
   * @return the source
   */
  public static Source sourced() {
    return builder().kind(SourceKind.SOURCED).build();
  }

  /**
   * A recruitment agency put the candidate forward.
   *
   * @param agency the agency's name, not blank
   * @return the source
   * @throws InvalidValueException if the name is blank
   */
  public static Source agency(String agency) {
    return builder().kind(SourceKind.AGENCY).agency(agency).build();
  }

  /**
   * The candidate already works for the organisation.
   *
   * @return the source
   */
  public static Source internal() {
    return builder().kind(SourceKind.INTERNAL).build();
  }

  /**
   * The candidate was met at an event.
   *
   * @param event the event's name, not blank
   * @return the source
   * @throws InvalidValueException if the name is blank
   */
  public static Source event(String event) {
    return builder().kind(SourceKind.EVENT).event(event).build();
  }

  /**
   * A builder of sources.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another kind.
   *
   * @param value the kind
   * @return the copy
   * @throws InvalidValueException if the other fields do not fit the kind
   */
  public abstract Source withKind(SourceKind value);

  /**
   * A copy with a referrer.
   *
   * @param value the member who referred the candidate
   * @return the copy
   * @throws InvalidValueException if the kind is not {@link SourceKind#REFERRAL}
   */
  public abstract Source withReferrer(MemberId value);

  /**
   * A copy with an agency name.
   *
   * @param value the agency's name, not blank
   * @return the copy
   * @throws InvalidValueException if the kind is not {@link SourceKind#AGENCY} or the name is
   *     blank
   */
  public abstract Source withAgency(String value);

  /**
   * A copy with an event name.
   *
   * @param value the event's name, not blank
   * @return the copy
   * @throws InvalidValueException if the kind is not {@link SourceKind#EVENT} or the name is blank
   */
  public abstract Source withEvent(String value);

  @Value.Check
  void check() {
    if (kind() == SourceKind.REFERRAL) {
      Require.that(referrer().isPresent(), "Source", "referrer",
          "is missing for a REFERRAL; give the member who referred the candidate");
    } else {
      Require.that(referrer().isEmpty(), "Source", "referrer", "is only for REFERRAL sources, not "
          + kind() + "; remove it or use kind REFERRAL");
    }
    onlyFor(SourceKind.AGENCY, "agency", agency());
    onlyFor(SourceKind.EVENT, "event", event());
  }

  private void onlyFor(SourceKind owner, String field, Optional<String> value) {
    if (value.isEmpty()) {
      return;
    }
    Require.that(kind() == owner, "Source", field, "is only for " + owner + " sources, not "
        + kind() + "; remove it or use kind " + owner);
    Require.name("Source", field, value.get());
  }

  /** This source without its agency or event name; what {@link Candidate#anonymize()} keeps. */
  Source withoutNames() {
    return agency().isEmpty() && event().isEmpty() ? this
        : builder().kind(kind()).referrer(referrer()).build();
  }

  /** Builds a {@link Source}; see {@link Source#builder()}. */
  public static final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
