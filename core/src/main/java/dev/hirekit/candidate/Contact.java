package dev.hirekit.candidate;

import dev.hirekit.InvalidValueException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How to reach a candidate: email addresses, phone numbers and links such as a profile or portfolio.
 *
 * <p>Rules: every email is a plausible address (one {@code @}, a local part, a domain with a dot,
 * no spaces) and no address repeats, ignoring case; every phone number has an optional leading
 * {@code +} and 7 to 15 digits, which may be grouped by spaces, dashes and parentheses; every link
 * is an absolute {@code http} or {@code https} address. All of it is personal data: {@code
 * toString()} shows none of it and exception messages never echo it.
 *
 * <pre>{@code
 * Contact contact = Contact.builder()
 *     .addEmail("ada@example.com")
 *     .addPhone("+44 20 7946 0958")
 *     .addLink(URI.create("https://example.com/ada"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contact {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");

  Contact() {}

  /**
   * The email addresses, most preferred first.
   *
   * @return the addresses, unique ignoring case
   */
  @Value.Redacted
  public abstract List<String> emails();

  /**
   * The phone numbers, most preferred first.
   *
   * @return the numbers
   */
  @Value.Redacted
  public abstract List<String> phones();

  /**
   * Links about the candidate, such as a profile, portfolio or code repository.
   *
   * @return absolute http or https addresses
   */
  @Value.Redacted
  public abstract List<URI> links();

  /**
   * A contact with no details at all.
   *
   * @return the empty contact
   */
  public static Contact empty() {
    return builder().build();
  }

  /**
   * A builder of contacts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the contact holds no detail.
   *
   * @return true if there is no email, phone or link
   */
  public boolean isEmpty() {
    return emails().isEmpty() && phones().isEmpty() && links().isEmpty();
  }

  /**
   * A copy with other email addresses.
   *
   * @param elements the addresses
   * @return the copy
   * @throws InvalidValueException if an address is not plausible or repeats
   */
  public abstract Contact withEmails(Iterable<String> elements);

  /**
   * A copy with other phone numbers.
   *
   * @param elements the numbers
   * @return the copy
   * @throws InvalidValueException if a number is not a phone number
   */
  public abstract Contact withPhones(Iterable<String> elements);

  /**
   * A copy with other links.
   *
   * @param elements the links
   * @return the copy
   * @throws InvalidValueException if a link is not an absolute http or https address
   */
  public abstract Contact withLinks(Iterable<? extends URI> elements);

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (String email : emails()) {
      if (!EMAIL.matcher(email).matches()) {
        throw new InvalidValueException("Contact", "emails", "holds an entry that is not an email"
            + " address; give addresses like name@example.com");
      }
      if (!seen.add(email.toLowerCase(Locale.ROOT))) {
        throw new InvalidValueException("Contact", "emails", "holds the same address twice"
            + " (ignoring case); give each address once");
      }
    }
    for (String phone : phones()) {
      if (!PHONE.matcher(phone).matches() || !hasPhoneDigitCount(phone)) {
        throw new InvalidValueException("Contact", "phones", "holds an entry that is not a phone"
            + " number; give 7 to 15 digits with an optional leading '+', grouped by spaces, '-'"
            + " or parentheses, like +44 20 7946 0958");
      }
    }
    for (URI link : links()) {
      if (!isWebAddress(link)) {
        throw new InvalidValueException("Contact", "links", "holds an entry that is not an"
            + " absolute http or https address; give links like https://example.com/profile");
      }
    }
  }

  private static boolean hasPhoneDigitCount(String phone) {
    long digits = phone.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= 7 && digits <= 15;
  }

  private static boolean isWebAddress(URI link) {
    String scheme = link.getScheme();
    return link.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && link.getHost() != null;
  }

  /** Builds a {@link Contact}; see {@link Contact#builder()}. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
