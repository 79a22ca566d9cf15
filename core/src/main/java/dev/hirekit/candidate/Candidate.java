package dev.hirekit.candidate;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person in a hiring pipeline.
 *
 * <p>Rules: the name is not blank (text of invisible characters only, such as zero-width or
 * no-break spaces, counts as blank) and holds no control character, lone surrogate or
 * bidirectional control; tags are not blank and are kept trimmed and in lower case ({@code
 * " Java "} becomes {@code "java"}), so tags differing only in case or surrounding space are one
 * tag. The name, the contact details, the tags and the source's agency or event name may be
 * personal data: {@code toString()} shows the id but never them, and no message repeats them.
 *
 * <p>{@link #anonymize()} erases the personal data for a GDPR erasure request: the name becomes
 * a pseudonym derived from the id only ({@link #pseudonymOf(CandidateId)}), the contact and the
 * tags are emptied and the source loses its agency or event name, while id, source kind,
 * referrer and consent are kept.
 *
 * <pre>{@code
 * Candidate ada = Candidate.of(CandidateId.of("cand-42"), "Ada Lovelace")
 *     .withSource(Source.referral(MemberId.of("member-7")))
 *     .withTags(List.of("Java", "remote"));
 * ada.tags();                // [java, remote]
 * ada.anonymize().name();    // "Candidate 007da05458", the same for every cand-42
 * }</pre>
 */
@Value.Immutable
public abstract class Candidate {
  private static final Logger LOG = LoggerFactory.getLogger(Candidate.class);
  private static final int PSEUDONYM_HEX_DIGITS = 10;

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
  @Value.Redacted
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
   * @throws InvalidValueException if either is missing or the name is blank or holds a control
   *     character
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
   * @throws InvalidValueException if the name is missing, blank or holds a control character
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

  /**
   * The candidate with their personal data erased, for a GDPR erasure request: the name becomes
   * {@link #pseudonymOf(CandidateId) the pseudonym of the id}, the contact and the tags are
   * emptied (tags are free text a user may fill with anything) and the source loses its agency
   * or event name (free text too). Kept as they are: the id (so applications still refer to the
   * candidate), the source's kind and referrer (a member id, not the candidate's data) and the
   * consent (it records the legal basis on which the data was held). Anonymizing an anonymized
   * candidate changes nothing.
   *
   * @return the anonymized candidate
   */
  public Candidate anonymize() {
    if (isAnonymized()) {
      return this;
    }
    Candidate anonymous = withName(pseudonymOf(id())).withContact(Contact.empty())
        .withTags(Set.of()).withSource(source().withoutNames());
    LOG.debug("candidate {} anonymized", id());
    return anonymous;
  }

  /**
   * Whether this candidate holds no personal data: the name is the pseudonym of the id, the
   * contact and the tags are empty and the source names no agency or event, as after {@link
   * #anonymize()}.
   *
   * @return true if anonymized
   */
  public boolean isAnonymized() {
    return name().equals(pseudonymOf(id())) && contact().isEmpty() && tags().isEmpty()
        && source().equals(source().withoutNames());
  }

  /**
   * The stable pseudonym that replaces the name of an anonymized candidate: {@code "Candidate "}
   * followed by the first 10 lower-case hex digits of the SHA-256 hash of the id's value in
   * UTF-8. It depends on the id only, so the same id always gives the same pseudonym and nothing
   * of the erased data can be recovered from it.
   *
   * <pre>{@code
   * Candidate.pseudonymOf(CandidateId.of("cand-42")); // "Candidate 007da05458"
   * }</pre>
   *
   * @param id the candidate's id
   * @return the pseudonym, e.g. {@code "Candidate 007da05458"}
   * @throws InvalidValueException if the id is missing
   */
  public static String pseudonymOf(CandidateId id) {
    Require.given(id, "Candidate", "id");
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(id.value().getBytes(StandardCharsets.UTF_8));
      return "Candidate " + HexFormat.of().formatHex(hash).substring(0, PSEUDONYM_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing, though every Java platform has it", e);
    }
  }

  @Value.Check
  Candidate normalize() {
    Require.name("Candidate", "name", name());
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
