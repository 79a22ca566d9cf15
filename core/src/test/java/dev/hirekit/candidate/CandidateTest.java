package dev.hirekit.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateTest {
  private static final CandidateId ID = CandidateId.of("cand-42");

  @Test
  void ofGivesDefaults() {
    Candidate ada = Candidate.of(ID, "Ada Lovelace");

    assertThat(ada.id()).isEqualTo(ID);
    assertThat(ada.name()).isEqualTo("Ada Lovelace");
    assertThat(ada.contact()).isEqualTo(Contact.empty());
    assertThat(ada.source()).isEqualTo(Source.applied());
    assertThat(ada.tags()).isEmpty();
    assertThat(ada.consent()).isEmpty();
  }

  @Test
  void builderSetsEveryField() {
    Contact contact = Contact.builder().addEmail("ada@example.com").build();
    Consent consent = Consent.of(Instant.parse("2025-01-10T09:00:00Z"));

    Candidate ada = Candidate.builder()
        .id(ID)
        .name("Ada Lovelace")
        .contact(contact)
        .source(Source.referral(MemberId.of("member-7")))
        .addTags("java", "remote")
        .consent(consent)
        .build();

    assertThat(ada.contact()).isEqualTo(contact);
    assertThat(ada.source().referrer()).contains(MemberId.of("member-7"));
    assertThat(ada.tags()).containsExactly("java", "remote");
    assertThat(ada.consent()).contains(consent);
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> Candidate.of(ID, " \t"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Candidate.name: must not be blank; give some text");
  }

  @Test
  void rejectsABlankTag() {
    assertThatThrownBy(() -> Candidate.builder().id(ID).name("Ada").addTags("java", " ").build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Candidate.tags: must not hold a blank entry; remove it");
  }

  @Test
  void trimsAndLowerCasesTags() {
    Candidate ada = Candidate.of(ID, "Ada").withTags(List.of(" Java ", "REMOTE", "java"));

    assertThat(ada.tags()).containsExactly("java", "remote");
    assertThat(ada).isEqualTo(Candidate.of(ID, "Ada").withTags(List.of("java", "remote")));
  }

  @Test
  void rejectsABlankNameInACopy() {
    Candidate ada = Candidate.of(ID, "Ada");

    assertThatThrownBy(() -> ada.withName(""))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Candidate.name: must not be blank; give some text");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Candidate ada = Candidate.of(ID, "Ada");

    Candidate copy = ada.withName("Ada Lovelace").withSource(Source.sourced())
        .withConsent(Consent.of(Instant.EPOCH)).withId(CandidateId.of("cand-43"));

    assertThat(ada).isEqualTo(Candidate.of(ID, "Ada"));
    assertThat(copy.name()).isEqualTo("Ada Lovelace");
    assertThat(copy.source()).isEqualTo(Source.sourced());
    assertThat(copy.consent()).contains(Consent.of(Instant.EPOCH));
    assertThat(copy.id()).isEqualTo(CandidateId.of("cand-43"));
  }

  @Test
  void equalityCoversTheName() {
    assertThat(Candidate.of(ID, "Ada")).isEqualTo(Candidate.of(ID, "Ada"))
        .hasSameHashCodeAs(Candidate.of(ID, "Ada"))
        .isNotEqualTo(Candidate.of(ID, "Eve"));
  }

  @Test
  void toStringShowsTheIdButNoPersonalData() {
    Candidate ada = Candidate.builder()
        .id(ID)
        .name("Ada Lovelace")
        .contact(Contact.builder().addEmail("ada@example.com").addPhone("+44 20 7946 0958")
            .addLink(URI.create("https://example.com/ada")).build())
        .addTag("java")
        .build();

    assertThat(ada).hasToString("Candidate{id=cand-42, name=<redacted>, contact=<redacted>,"
        + " source=Source{kind=APPLIED}, tags=<redacted>}");
  }
}
