package dev.hirekit.candidate;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in a hiring pipeline.
 *
 * <p>Rules: the name is not blank; tags are not blank and are kept trimmed and in lower case
 * ({@code " Java "} becomes {@code "java"}), so tags differing only in case or surrounding space
 * are one tag. The name and the contact details are personal data: {@code toString()} shows the id
 * but never them.
 *
 * <pre>{@code
 * Candidate ada = Candidate.of(CandidateId.of("cand-42"), "Ada Lovelace")
 *     .withSource(Source.referral(MemberId.of("member-7")))
 *     .withTags(List.of("Java", "remote"));
 * ada.tags(); // [java, remote]
 * }</pre>
 */
@Value.Immutable
public abstract class Candidate {

  Candidate() {}

  /**
   * The candidate's identifier.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract CandidateId id();

  /**
   * The candidate's name, as they gave it.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  @Value.Redacted
  public abstract String name();

  /**
   * How to reach the candidate; empty unless given.
   *
   * @return the contact details
   */
  @Value.Default
  @Value.Redacted
  public Contact contact() {
    return Contact.empty();
  }

  /**
   * How the candidate came into the pipeline; {@link Source#applied()} unless given.
   *
   * @return the source
   */
  @Value.Default
  public Source source() {
    return Source.applied();
  }

  /**
   * Free labels such as skills or locations, trimmed and in lower case.
   *
   * @return the tags
   */
  public abstract Set<String> tags();

  /**
   * The candidate's consent to be kept on file, if recorded.
   *
   * @return the consent, if any
   */
  public abstract Optional<Consent> consent();

  /**
   * A candidate with a name and nothing else.
   *
   * @param id the identifier
   * @param name the name, not blank
   * @return the candidate
   * @throws InvalidValueException if the name is blank
   */
  public static Candidate of(CandidateId id, String name) {
    return ImmutableCandidate.of(id, name);
  }

  /**
   * A builder of candidates.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another identifier.
   *
   * @param value the identifier
   * @return the copy
   */
  public abstract Candidate withId(CandidateId value);

  /**
   * A copy with another name.
   *
   * @param value the name, not blank
   * @return the copy
   * @throws InvalidValueException if the name is blank
   */
  public abstract Candidate withName(String value);

  /**
   * A copy with other contact details.
   *
   * @param value the contact details
   * @return the copy
   */
  public abstract Candidate withContact(Contact value);

  /**
   * A copy with another source.
   *
   * @param value the source
   * @return the copy
   */
  public abstract Candidate withSource(Source value);

  /**
   * A copy with other tags, trimmed and put in lower case.
   *
   * @param elements the tags, none blank
   * @return the copy
   * @throws InvalidValueException if a tag is blank
   */
  public abstract Candidate withTags(Iterable<String> elements);

  /**
   * A copy with a consent.
   *
   * @param value the consent
   * @return the copy
   */
  public abstract Candidate withConsent(Consent value);

  @Value.Check
  Candidate normalize() {
    Require.nonBlank("Candidate", "name", name());
    Require.noBlanks("Candidate", "tags", tags());
    Set<String> normal = new LinkedHashSet<>();
    for (String tag : tags()) {
      normal.add(tag.strip().toLowerCase(Locale.ROOT));
    }
    if (normal.equals(tags())) {
      return this;
    }
    return withTags(normal);
  }

  /** Builds a {@link Candidate}; see {@link Candidate#builder()}. */
  public static final class Builder extends ImmutableCandidate.Builder {
    Builder() {}
  }
}
