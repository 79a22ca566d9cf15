package dev.hirekit.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Candidates;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CandidateProperties {
  private static final String BAD_EMAIL = "Contact.emails: holds an entry that is not an email"
      + " address; give addresses like name@example.com";
  private static final String BAD_PHONE = "Contact.phones: holds an entry that is not a phone"
      + " number; give 7 to 15 digits with an optional leading '+', grouped by spaces, '-'"
      + " or parentheses, like +44 20 7946 0958";
  private static final String BAD_LINK = "Contact.links: holds an entry that is not an absolute"
      + " http or https address; give links like https://example.com/profile";

  @Provide
  Arbitrary<Candidate> candidates() {
    return Candidates.candidates();
  }

  @Provide
  Arbitrary<Contact> contacts() {
    return Candidates.contacts();
  }

  @Provide
  Arbitrary<String> emails() {
    return Candidates.emails();
  }

  @Provide
  Arbitrary<String> phones() {
    return Candidates.phones();
  }

  @Provide
  Arbitrary<URI> links() {
    return Candidates.links();
  }

  @Provide
  Arbitrary<String> names() {
    return Candidates.names();
  }

  @Provide
  Arbitrary<Source> sources() {
    return Candidates.sources();
  }

  @Provide
  Arbitrary<Consent> consents() {
    return Candidates.consents();
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Candidates.instants();
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\u2003').ofMaxLength(5);
  }

  // Contact

  @Property
  void everyGeneratedDetailIsAccepted(@ForAll("emails") String email,
      @ForAll("phones") String phone, @ForAll("links") URI link) {
    Contact contact = Contact.builder().addEmail(email).addPhone(phone).addLink(link).build();

    assertThat(contact.emails()).containsExactly(email);
    assertThat(contact.phones()).containsExactly(phone);
    assertThat(contact.links()).containsExactly(link);
  }

  @Property
  void brokenEmailsAreAlwaysRejectedWithoutEchoingThem(@ForAll("brokenEmails") String email) {
    assertThatThrownBy(() -> Contact.builder().addEmail(email).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_EMAIL);
  }

  @Provide
  Arbitrary<String> brokenEmails() {
    Arbitrary<String> valid = Candidates.emails();
    return Arbitraries.oneOf(
        valid.map(e -> e.replace("@", "")),
        valid.map(e -> e.replace("@", "@@")),
        valid.map(e -> e.substring(e.indexOf('@'))),
        valid.map(e -> e.substring(0, e.indexOf('@') + 1)),
        valid.map(e -> e.substring(0, e.indexOf('@') + 1) + e.substring(e.indexOf('@') + 1)
            .replace(".", "")),
        Combinators.combine(valid, Arbitraries.of(" ", "\t", "\n"), Arbitraries.integers()
            .between(0, 100)).as((e, space, at) -> {
              int i = at % (e.length() + 1);
              return e.substring(0, i) + space + e.substring(i);
            }),
        valid.map(e -> e + "."));
  }

  @Property
  void anEmailRepeatedInAnyCaseIsAlwaysRejected(@ForAll("emails") String email,
      @ForAll("contacts") Contact contact) {
    List<String> emails = new ArrayList<>(List.of(email));
    contact.emails().stream().filter(e -> !e.equalsIgnoreCase(email)).forEach(emails::add);
    emails.add(email.toUpperCase(Locale.ROOT));

    assertThatThrownBy(() -> contact.withEmails(emails))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Contact.emails: holds the same address twice (ignoring case);"
            + " give each address once");
  }

  @Property
  void phonesWithTooFewOrTooManyDigitsAreAlwaysRejected(@ForAll("badDigitCounts") String phone) {
    assertThatThrownBy(() -> Contact.builder().addPhone(phone).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_PHONE);
  }

  @Provide
  Arbitrary<String> badDigitCounts() {
    return Combinators.combine(Arbitraries.of("", "+"),
            Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(6),
                Arbitraries.strings().numeric().ofMinLength(16).ofMaxLength(30)),
            Arbitraries.of("", " ", "-"))
        .as((plus, digits, separator) -> plus + String.join(separator, digits.split("")));
  }

  @Property
  void phonesWithOtherCharactersAreAlwaysRejected(@ForAll("phones") String phone,
      @ForAll("foreignPhoneChars") char foreign, @ForAll("positions") int at) {
    int i = 1 + at % phone.length();
    String broken = phone.substring(0, i) + foreign + phone.substring(i);

    assertThatThrownBy(() -> Contact.builder().addPhone(broken).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_PHONE);
  }

  @Provide
  Arbitrary<Character> foreignPhoneChars() {
    return Arbitraries.chars().filter(c -> !Character.isDigit(c) && " ()-".indexOf(c) < 0);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Property
  void linksThatAreNotWebAddressesAreAlwaysRejected(@ForAll("nonWebLinks") URI link) {
    assertThatThrownBy(() -> Contact.builder().addLink(link).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_LINK);
  }

  @Provide
  Arbitrary<URI> nonWebLinks() {
    Arbitrary<String> path = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
        .ofMaxLength(10);
    return Arbitraries.oneOf(
        path.map(p -> URI.create(p + "/" + p)),
        path.map(p -> URI.create("/" + p)),
        Combinators.combine(Arbitraries.of("ftp", "file", "ssh", "ws", "httpx"), path)
            .as((scheme, p) -> URI.create(scheme + "://" + p + ".example/" + p)),
        path.map(p -> URI.create("mailto:" + p + "@example.com")),
        path.map(p -> URI.create("https:" + p)));
  }

  @Property
  void contactToStringNeverShowsADetail(@ForAll("contacts") Contact contact) {
    String text = contact.toString();

    assertThat(text).isEqualTo("Contact{emails=<redacted>, phones=<redacted>, links=<redacted>}");
    contact.emails().forEach(e -> assertThat(text).doesNotContain(e));
    contact.phones().forEach(p -> assertThat(text).doesNotContain(p));
    contact.links().forEach(l -> assertThat(text).doesNotContain(l.toString()));
  }

  @Property
  void contactEqualsAndHashCodeAreConsistent(@ForAll("contacts") Contact a,
      @ForAll("contacts") Contact b) {
    Contact copy = Contact.builder().from(a).build();

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.emails().equals(b.emails())
        && a.phones().equals(b.phones()) && a.links().equals(b.links()));
  }

  @Property
  void contactWithCopiesLeaveTheOriginal(@ForAll("contacts") Contact contact,
      @ForAll("contacts") Contact other) {
    Contact before = Contact.builder().from(contact).build();

    Contact copy = contact.withEmails(other.emails()).withPhones(other.phones())
        .withLinks(other.links());

    assertThat(contact).isEqualTo(before);
    assertThat(copy).isEqualTo(other);
  }

  // Source

  @Property
  void everyReferralHasAReferrerAndNoOtherKindHasOne(@ForAll("sources") Source source) {
    assertThat(source.referrer().isPresent()).isEqualTo(source.kind() == SourceKind.REFERRAL);
    assertThat(source.agency().isEmpty() || source.kind() == SourceKind.AGENCY).isTrue();
    assertThat(source.event().isEmpty() || source.kind() == SourceKind.EVENT).isTrue();
  }

  @Property
  void aReferrerOnAnotherKindIsAlwaysRejected(@ForAll SourceKind kind,
      @ForAll("memberIds") MemberId referrer) {
    if (kind == SourceKind.REFERRAL) {
      assertThat(Source.builder().kind(kind).referrer(referrer).build().referrer())
          .contains(referrer);
      assertThatThrownBy(() -> Source.builder().kind(kind).build())
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Source.referrer: is missing for a REFERRAL;"
              + " give the member who referred the candidate");
    } else {
      assertThatThrownBy(() -> Source.builder().kind(kind).referrer(referrer).build())
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Source.referrer: is only for REFERRAL sources, not " + kind
              + "; remove it or use kind REFERRAL");
    }
  }

  @Provide
  Arbitrary<MemberId> memberIds() {
    return Candidates.referrerIds();
  }

  @Property
  void agencyAndEventNamesOnlyFitTheirKind(@ForAll("nonReferralKinds") SourceKind kind,
      @ForAll("names") String name) {
    Source source = Source.builder().kind(kind).build();

    if (kind == SourceKind.AGENCY) {
      assertThat(source.withAgency(name).agency()).contains(name);
    } else {
      assertThatThrownBy(() -> source.withAgency(name))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Source.agency: is only for AGENCY sources, not " + kind
              + "; remove it or use kind AGENCY");
    }
    if (kind == SourceKind.EVENT) {
      assertThat(source.withEvent(name).event()).contains(name);
    } else {
      assertThatThrownBy(() -> source.withEvent(name))
          .isExactlyInstanceOf(InvalidValueException.class)
          .hasMessage("Source.event: is only for EVENT sources, not " + kind
              + "; remove it or use kind EVENT");
    }
  }

  @Provide
  Arbitrary<SourceKind> nonReferralKinds() {
    return Arbitraries.of(SourceKind.class).filter(k -> k != SourceKind.REFERRAL);
  }

  @Property
  void blankAgencyAndEventNamesAreAlwaysRejected(@ForAll("blanks") String blank) {
    assertThatThrownBy(() -> Source.agency(blank))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.agency: must not be blank; give some text");
    assertThatThrownBy(() -> Source.event(blank))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.event: must not be blank; give some text");
  }

  @Property
  void sourceEqualsAndHashCodeAreConsistent(@ForAll("sources") Source a,
      @ForAll("sources") Source b) {
    Source copy = Source.builder().from(a).build();

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.kind() == b.kind() && a.referrer().equals(b.referrer())
        && a.agency().equals(b.agency()) && a.event().equals(b.event()));
  }

  // Consent

  @Property
  void isValidAtMeansFromGivenAtUntilBeforeExpiry(@ForAll("consents") Consent consent,
      @ForAll("instants") Instant moment) {
    boolean expected = !moment.isBefore(consent.givenAt())
        && (consent.expiresAt().isEmpty() || moment.isBefore(consent.expiresAt().get()));

    assertThat(consent.isValidAt(moment)).isEqualTo(expected);
    assertThat(consent.isValidAt(consent.givenAt())).isTrue();
    consent.expiresAt().ifPresent(expiry -> assertThat(consent.isValidAt(expiry)).isFalse());
  }

  @Property
  void anExpiryNotAfterGivenAtIsAlwaysRejected(@ForAll("instants") Instant a,
      @ForAll("instants") Instant b) {
    Instant given = a.isAfter(b) ? a : b;
    Instant expiry = a.isAfter(b) ? b : a;

    assertThatThrownBy(() -> Consent.of(given, expiry))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Consent.expiresAt: is not after givenAt; give an expiry later than the"
            + " moment consent was given, or none");
  }

  @Property
  void consentEqualsAndWithCopies(@ForAll("consents") Consent consent,
      @ForAll("instants") Instant given) {
    Consent before = Consent.builder().from(consent).build();
    Consent copy = Consent.of(given).withExpiresAt(given.plusSeconds(1));

    assertThat(before).isEqualTo(consent).hasSameHashCodeAs(consent);
    Consent moved = consent.withGivenAt(consent.expiresAt().map(e -> e.minusSeconds(1))
        .orElse(given));
    assertThat(consent).isEqualTo(before);
    assertThat(moved.expiresAt()).isEqualTo(consent.expiresAt());
    assertThat(copy.isValidAt(given)).isTrue();
    assertThat(copy.isValidAt(given.plusSeconds(1))).isFalse();
  }

  // Candidate

  @Property
  void candidateToStringShowsTheIdButNeverPersonalData(@ForAll("candidates") Candidate candidate) {
    String text = candidate.toString();

    assertThat(text).startsWith("Candidate{id=" + candidate.id() + ", name=<redacted>,"
        + " contact=<redacted>, ");
    assertThat(text).doesNotContain(candidate.name());
    candidate.contact().emails().forEach(e -> assertThat(text).doesNotContain(e));
    candidate.contact().phones().forEach(p -> assertThat(text).doesNotContain(p));
    candidate.contact().links().forEach(l -> assertThat(text).doesNotContain(l.toString()));
  }

  @Property
  void blankNamesAreAlwaysRejected(@ForAll("candidates") Candidate candidate,
      @ForAll("blanks") String blank) {
    assertThatThrownBy(() -> candidate.withName(blank))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Candidate.name: must not be blank; give some text");
  }

  @Property
  void blankTagsAreAlwaysRejected(@ForAll("candidates") Candidate candidate,
      @ForAll("blanks") String blank) {
    Set<String> tags = new LinkedHashSet<>(candidate.tags());
    tags.add(blank);

    assertThatThrownBy(() -> candidate.withTags(tags))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Candidate.tags: must not hold a blank entry; remove it");
  }

  @Property
  void tagsAreKeptTrimmedAndInLowerCase(@ForAll("candidates") Candidate candidate,
      @ForAll("messyTags") List<String> tags) {
    Candidate tagged = candidate.withTags(tags);

    Set<String> expected = new LinkedHashSet<>();
    tags.forEach(t -> expected.add(t.strip().toLowerCase(Locale.ROOT)));
    assertThat(tagged.tags()).containsExactlyElementsOf(expected);
    assertThat(tagged.withTags(tagged.tags())).isEqualTo(tagged);
  }

  @Provide
  Arbitrary<List<String>> messyTags() {
    return Combinators.combine(Arbitraries.of("", " ", "\t"), Candidates.tags(),
            Arbitraries.of("", " ", "  "), Arbitraries.of(true, false))
        .as((before, tag, after, upper) ->
            before + (upper ? tag.toUpperCase(Locale.ROOT) : tag) + after)
        .list().ofMaxSize(6);
  }

  @Property
  void candidateEqualsAndHashCodeAreConsistent(@ForAll("candidates") Candidate a,
      @ForAll("candidates") Candidate b) {
    Candidate copy = Candidate.builder().from(a).build();

    assertThat(copy).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(a.equals(b)).isEqualTo(a.id().equals(b.id()) && a.name().equals(b.name())
        && a.contact().equals(b.contact()) && a.source().equals(b.source())
        && a.tags().equals(b.tags()) && a.consent().equals(b.consent()));
  }

  @Property
  void candidateWithCopiesLeaveTheOriginal(@ForAll("candidates") Candidate candidate,
      @ForAll("candidates") Candidate other) {
    Candidate before = Candidate.builder().from(candidate).build();

    Candidate copy = candidate.withId(other.id()).withName(other.name())
        .withContact(other.contact()).withSource(other.source()).withTags(other.tags());
    Candidate consented = other.consent().map(copy::withConsent).orElse(copy);

    assertThat(candidate).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(consented.id()).isEqualTo(other.id());
    assertThat(consented.name()).isEqualTo(other.name());
    assertThat(consented.contact()).isEqualTo(other.contact());
    assertThat(consented.source()).isEqualTo(other.source());
    assertThat(consented.tags()).isEqualTo(other.tags());
    other.consent().ifPresent(c -> assertThat(consented.consent()).contains(c));
  }
}
