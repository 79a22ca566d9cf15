package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidacy.CandidateMerges;
import dev.hirekit.candidacy.MergeAction;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.team.MemberId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random candidates and their contacts, sources and consents, all valid.
 *
 * <p>Personal data is generated so that it cannot occur in a {@code toString()} by accident: names
 * are two capitalised words, emails hold an {@code @}, phones start with {@code +}, links with
 * {@code http}.
 *
 * <pre>{@code
 * Arbitrary<Candidate> candidates = Candidates.candidates();
 * }</pre>
 */
public final class Candidates {
  private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private Candidates() {}

  /**
   * Identifiers such as {@code cand-x7k}.
   *
   * <pre>{@code
   * Arbitrary<CandidateId> ids = Candidates.candidateIds();
   * }</pre>
   *
   * @return candidate ids
   */
  public static Arbitrary<CandidateId> candidateIds() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> CandidateId.of("cand-" + s));
  }

  /**
   * Ids of the members who refer candidates, such as {@code member-q}.
   *
   * <pre>{@code
   * Arbitrary<Source> referrals = Candidates.referrerIds().map(Source::referral);
   * }</pre>
   *
   * @return member ids
   */
  public static Arbitrary<MemberId> referrerIds() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(s -> MemberId.of("member-" + s));
  }

  /**
   * Names of two capitalised words, e.g. {@code Qwert Zxcvb}.
   *
   * <pre>{@code
   * Arbitrary<String> names = Candidates.names();
   * }</pre>
   *
   * @return names
   */
  public static Arbitrary<String> names() {
    return Combinators.combine(word(), word()).as((first, last) -> first + " " + last);
  }

  private static Arbitrary<String> word() {
    return Combinators.combine(Arbitraries.chars().range('A', 'Z'),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(11))
        .as((head, tail) -> head + tail);
  }

  /**
   * Plausible email addresses, e.g. {@code ab.c9@mail.example}.
   *
   * <pre>{@code
   * Arbitrary<String> emails = Candidates.emails();
   * }</pre>
   *
   * @return emails
   */
  public static Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('.', '_', '+', '-').ofMinLength(1).ofMaxLength(16);
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
        .withChars('-').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> top = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2)
        .ofMaxLength(6);
    return Combinators.combine(local, label.list().ofMinSize(1).ofMaxSize(3), top)
        .as((l, labels, t) -> l + "@" + String.join(".", labels) + "." + t);
  }

  /**
   * Phone numbers of 7 to 15 digits starting with {@code +}, e.g. {@code +44 2079460958}.
   *
   * <pre>{@code
   * Arbitrary<String> phones = Candidates.phones();
   * }</pre>
   *
   * @return phone numbers
   */
  public static Arbitrary<String> phones() {
    return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
            Arbitraries.of(" ", "-", " (0) ", ""))
        .flatAs((country, separator) -> Arbitraries.strings().numeric().ofMinLength(6)
            .ofMaxLength(separator.contains("0") ? 11 : 12)
            .map(number -> "+" + country + separator + number));
  }

  /**
   * Absolute http or https links, e.g. {@code https://abc.example/p/x}.
   *
   * <pre>{@code
   * Arbitrary<URI> links = Candidates.links();
   * }</pre>
   *
   * @return links
   */
  public static Arbitrary<URI> links() {
    return Combinators.combine(Arbitraries.of("http", "https", "HTTPS"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMaxLength(10))
        .as((scheme, host, path) -> URI.create(scheme + "://" + host + ".example/p/" + path));
  }

  /**
   * Valid contacts of 0 to 3 emails (distinct ignoring case), phones and links; possibly empty.
   *
   * <pre>{@code
   * Arbitrary<Contact> contacts = Candidates.contacts();
   * }</pre>
   *
   * @return contacts
   */
  public static Arbitrary<Contact> contacts() {
    return Combinators.combine(
            emails().list().ofMaxSize(3).uniqueElements(e -> e.toLowerCase(Locale.ROOT)),
            phones().list().ofMaxSize(3),
            links().list().ofMaxSize(3))
        .as((emails, phones, links) -> Contact.builder()
            .emails(emails).phones(phones).links(links).build());
  }

  /**
   * Every kind of source.
   *
   * <pre>{@code
   * Arbitrary<SourceKind> kinds = Candidates.sourceKinds();
   * }</pre>
   *
   * @return source kinds
   */
  public static Arbitrary<SourceKind> sourceKinds() {
    return Arbitraries.of(SourceKind.class);
  }

  /**
   * Sources of every kind, with and without their optional details.
   *
   * <pre>{@code
   * Arbitrary<Source> sources = Candidates.sources();
   * }</pre>
   *
   * @return sources
   */
  public static Arbitrary<Source> sources() {
    Arbitrary<String> agencies = Arbitraries.of("Acme Talent", "Northwind Search", "hired.io");
    Arbitrary<String> events = Arbitraries.of("Devoxx 2025", "Campus Fair", "Java User Group");
    return Arbitraries.oneOf(
        Arbitraries.of(Source.applied(), Source.sourced(), Source.internal(),
            Source.builder().kind(SourceKind.AGENCY).build(),
            Source.builder().kind(SourceKind.EVENT).build()),
        referrerIds().map(Source::referral),
        agencies.map(Source::agency),
        events.map(Source::event));
  }

  /**
   * Moments between 2000 and 2100, to the second.
   *
   * <pre>{@code
   * Arbitrary<Instant> moments = Candidates.instants();
   * }</pre>
   *
   * @return instants
   */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  /**
   * Consents with and without expiry (up to ten years after they were given).
   *
   * <pre>{@code
   * Arbitrary<Consent> consents = Candidates.consents();
   * }</pre>
   *
   * @return consents
   */
  public static Arbitrary<Consent> consents() {
    return Combinators.combine(instants(),
            Arbitraries.longs().between(1, Duration.ofDays(3650).toSeconds()).optional())
        .as((given, seconds) -> seconds
            .map(s -> Consent.of(given, given.plusSeconds(s)))
            .orElseGet(() -> Consent.of(given)));
  }

  /**
   * Tags as the candidate keeps them: trimmed, lower case, not blank.
   *
   * <pre>{@code
   * Arbitrary<String> tags = Candidates.tags();
   * }</pre>
   *
   * @return tags
   */
  public static Arbitrary<String> tags() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '+', '#')
        .ofMinLength(1).ofMaxLength(10);
  }

  /**
   * Valid candidates with every field varied.
   *
   * <pre>{@code
   * Arbitrary<Candidate> candidates = Candidates.candidates();
   * }</pre>
   *
   * @return candidates
   */
  public static Arbitrary<Candidate> candidates() {
    return Combinators.combine(candidateIds(), names(), contacts(), sources(),
            tags().set().ofMaxSize(4), consents().optional())
        .as((id, name, contact, source, tags, consent) -> Candidate.builder()
            .id(id).name(name).contact(contact).source(source).tags(tags).consent(consent)
            .build());
  }

  /**
   * Merges of duplicate candidate records, every history legal: up to eight merges and unmerges
   * of six records ({@code cand-dup-0} to {@code cand-dup-5}) by team members or the system, in
   * time order, chains of merges included.
   *
   * <pre>{@code
   * Arbitrary<CandidateMerges> merges = Candidates.merges();
   * }</pre>
   *
   * @return candidate merges
   */
  public static Arbitrary<CandidateMerges> merges() {
    return Combinators.combine(Actors.members(),
        Arbitraries.integers().between(0, 9_999).list().ofMaxSize(8)).as(Candidates::merged);
  }

  static CandidateMerges merged(Actor member, List<Integer> steps) {
    CandidateMerges merges = CandidateMerges.none();
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    for (int step : steps) {
      at = at.plus(Duration.ofMinutes(1 + step % 600));
      Actor by = step % 4 == 0 ? Actor.system() : member;
      CandidateId record = CandidateId.of("cand-dup-" + step % 6);
      if (merges.allowedActions(by, record).contains(MergeAction.UNMERGE)) {
        merges = merges.unmerge(record, by, at, "two people after all");
        continue;
      }
      CandidateId into = merges.personOf(CandidateId.of("cand-dup-" + (step / 6) % 6));
      if (!into.equals(record)) {
        merges = merges.merge(record, into, by, at, "the same email on both records");
      }
    }
    return merges;
  }
}
