package dev.hirekit.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {
  private static final String BAD_EMAIL = "Contact.emails: holds an entry that is not an email"
      + " address; give addresses like name@example.com";
  private static final String BAD_PHONE = "Contact.phones: holds an entry that is not a phone"
      + " number; give 7 to 15 digits with an optional leading '+', grouped by spaces, '-'"
      + " or parentheses, like +44 20 7946 0958";
  private static final String BAD_LINK = "Contact.links: holds an entry that is not an absolute"
      + " http or https address; give links like https://example.com/profile";

  @Test
  void holdsItsDetailsInOrder() {
    Contact contact = Contact.builder()
        .addEmails("ada@example.com", "a.lovelace@work.example.org")
        .addPhone("+44 20 7946 0958")
        .addPhone("(020) 7946-0958")
        .addLink(URI.create("https://example.com/ada"))
        .build();

    assertThat(contact.emails()).containsExactly("ada@example.com", "a.lovelace@work.example.org");
    assertThat(contact.phones()).containsExactly("+44 20 7946 0958", "(020) 7946-0958");
    assertThat(contact.links()).containsExactly(URI.create("https://example.com/ada"));
    assertThat(contact.isEmpty()).isFalse();
  }

  @Test
  void emptyHasNoDetails() {
    assertThat(Contact.empty().emails()).isEmpty();
    assertThat(Contact.empty().phones()).isEmpty();
    assertThat(Contact.empty().links()).isEmpty();
    assertThat(Contact.empty().isEmpty()).isTrue();
    assertThat(Contact.empty()).isEqualTo(Contact.builder().build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada.example.com", "ada@@example.com", "a@b@example.com", "@example.com",
      "ada@", "ada@localhost", "ada@example.", "ada@.com", "ada @example.com", "ada@exa mple.com",
      "", " ", "ada@example..com"})
  void rejectsAnEmailThatIsNotAnAddress(String email) {
    assertThatThrownBy(() -> Contact.builder().addEmail(email).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_EMAIL);
  }

  @Test
  void rejectsTheSameEmailTwiceIgnoringCase() {
    assertThatThrownBy(() -> Contact.builder()
            .addEmails("ada@example.com", "Ada@Example.COM").build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Contact.emails: holds the same address twice (ignoring case);"
            + " give each address once");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 415 555 0100", "0049 30 901820", "(030) 901-820", "1234567",
      "+123456789012345"})
  void acceptsPhoneNumbers(String phone) {
    assertThat(Contact.builder().addPhone(phone).build().phones()).containsExactly(phone);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456", "+1234567890123456", "+44 20 7946 095x", "44+2079460958",
      "++442079460958", "", "   ", "020.7946.0958", "+44 20 7946 0958 ext 12"})
  void rejectsAPhoneThatIsNotANumber(String phone) {
    assertThatThrownBy(() -> Contact.builder().addPhone(phone).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_PHONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.com", "https://example.com/ada?tab=repos",
      "HTTPS://EXAMPLE.COM/ada"})
  void acceptsWebLinks(String link) {
    assertThat(Contact.builder().addLink(URI.create(link)).build().links())
        .containsExactly(URI.create(link));
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com/ada", "/ada", "ftp://example.com/cv.pdf",
      "mailto:ada@example.com", "https:ada", "file:///home/ada/cv.pdf"})
  void rejectsALinkThatIsNotAWebAddress(String link) {
    assertThatThrownBy(() -> Contact.builder().addLink(URI.create(link)).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_LINK);
  }

  @Test
  void withCopiesAreCheckedToo() {
    Contact contact = Contact.builder().addEmail("ada@example.com").build();

    assertThatThrownBy(() -> contact.withEmails(List.of("not an address")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_EMAIL);
    assertThatThrownBy(() -> contact.withPhones(List.of("12")))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_PHONE);
    assertThatThrownBy(() -> contact.withLinks(List.of(URI.create("ftp://example.com"))))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_LINK);
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Contact contact = Contact.builder().addEmail("ada@example.com").build();

    Contact copy = contact.withPhones(List.of("+44 20 7946 0958"))
        .withLinks(List.of(URI.create("https://example.com/ada")))
        .withEmails(List.of("lovelace@example.com"));

    assertThat(contact.emails()).containsExactly("ada@example.com");
    assertThat(contact.phones()).isEmpty();
    assertThat(contact.links()).isEmpty();
    assertThat(copy.emails()).containsExactly("lovelace@example.com");
    assertThat(copy.phones()).containsExactly("+44 20 7946 0958");
  }

  @Test
  void listsCannotBeChangedFromOutside() {
    Contact contact = Contact.builder().addEmail("ada@example.com").build();

    assertThatThrownBy(() -> contact.emails().add("eve@example.com"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsNoDetail() {
    Contact contact = Contact.builder()
        .addEmail("ada@example.com")
        .addPhone("+44 20 7946 0958")
        .addLink(URI.create("https://example.com/ada"))
        .build();

    assertThat(contact)
        .hasToString("Contact{emails=<redacted>, phones=<redacted>, links=<redacted>}");
  }
}
