package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.money.PayRange;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a role says publicly: the job, where and how it is worked, what it pays and where to
 * apply. A role is drafted with a posting ({@link Role#draft}) and changes it only through {@link
 * Role#revisePosting}, recorded as an event.
 *
 * <p>Rules: title and department are not blank; at least one location, except for a remote
 * role whose remote policy says where its people may live (countries or regions, no city); no
 * remote policy for an {@link WorkplaceType#ON_SITE} posting; the equity statement, compensation
 * note and equal opportunity statement, when given, are not blank; the apply link, when given,
 * is an absolute {@code http} or {@code https} URI. An optional {@link #closesAt()} says when
 * the posting closes to applicants, and an optional {@link #visaSponsorship()} whether visas
 * are sponsored.
 *
 * <pre>{@code
 * Posting posting = Posting.builder()
 *     .title("Backend Engineer")
 *     .department("Engineering")
 *     .addLocation(Location.of("Berlin", "DE"))
 *     .workplaceType(WorkplaceType.HYBRID)
 *     .remotePolicy(RemotePolicy.builder().addAllowedCountry("DE").build())
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .description(RoleDescription.of("Build and run our payment services."))
 *     .payRange(PayRange.of(Money.of("70000", "EUR"), Money.of("90000", "EUR"),
 *         PayPeriod.YEARLY))
 *     .applyUrl(URI.create("https://jobs.example.com/backend-berlin"))
 *     .build();
 * Posting retitled = posting.withTitle("Senior Backend Engineer");
 * }</pre>
 */
@Value.Immutable
public abstract class Posting {

  Posting() {}

  /**
   * The job title, such as "Backend Engineer".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The team or department the role belongs to, such as "Engineering".
   *
   * @return the department, not blank
   */
  public abstract String department();

  /**
   * Where the role is worked, first the main location; none only for a remote role whose
   * {@link #remotePolicy()} says where its people may live (countries or regions, no city).
   *
   * @return the locations, empty only for a remote role with a remote policy
   */
  public abstract List<Location> locations();

  /**
   * Whether the role is worked on site, hybrid or remote.
   *
   * @return the workplace type
   */
  public abstract WorkplaceType workplaceType();

  /**
   * Where a remote or hybrid worker may live; never given for an on-site role.
   *
   * @return the remote policy, or empty
   */
  public abstract Optional<RemotePolicy> remotePolicy();

  /**
   * Whether the employer sponsors work visas for the role; empty when the posting does not say.
   *
   * @return the sponsorship, or empty
   */
  public abstract Optional<VisaSponsorship> visaSponsorship();

  /**
   * The kind of employment.
   *
   * @return the employment type
   */
  public abstract EmploymentType employmentType();

  /**
   * What the role is about.
   *
   * @return the description
   */
  public abstract RoleDescription description();

  /**
   * The posted range of pay, if the posting states one.
   *
   * @return the pay range, or empty
   */
  public abstract Optional<PayRange> payRange();

  /**
   * A statement on equity, such as "competitive equity".
   *
   * @return the statement, or empty
   */
  public abstract Optional<String> equityStatement();

  /**
   * A note on compensation for a posting without numbers, such as "competitive pay and equity".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> compensationNote();

  /**
   * The employer's equal opportunity statement.
   *
   * @return the statement, or empty
   */
  public abstract Optional<String> equalOpportunityStatement();

  /**
   * Where candidates apply, an absolute {@code http} or {@code https} link.
   *
   * @return the link, or empty
   */
  public abstract Optional<URI> applyUrl();

  /**
   * When the posting closes to applicants: past it, an open role is due to be closed or put on
   * hold ({@link Role#due}). Hirekit closes nothing by itself.
   *
   * @return the close instant, or empty if the posting stays open until the role closes
   */
  public abstract Optional<java.time.Instant> closesAt();

  /**
   * A builder of postings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another title.
   *
   * @param value the title, not blank
   * @return the copy
   * @throws InvalidValueException if the title is blank
   */
  public abstract Posting withTitle(String value);

  /**
   * A copy with another department.
   *
   * @param value the department, not blank
   * @return the copy
   * @throws InvalidValueException if the department is blank
   */
  public abstract Posting withDepartment(String value);

  /**
   * A copy with other locations.
   *
   * @param elements the locations, at least one
   * @return the copy
   * @throws InvalidValueException if no location is given
   */
  public abstract Posting withLocations(Iterable<? extends Location> elements);

  /**
   * A copy with another workplace type.
   *
   * @param value the workplace type
   * @return the copy
   * @throws InvalidValueException if the copy is on site but has a remote policy
   */
  public abstract Posting withWorkplaceType(WorkplaceType value);

  /**
   * A copy with a remote policy.
   *
   * @param value the remote policy
   * @return the copy
   * @throws InvalidValueException if the posting is on site
   */
  public abstract Posting withRemotePolicy(RemotePolicy value);

  /**
   * A copy with another employment type.
   *
   * @param value the employment type
   * @return the copy
   */
  public abstract Posting withEmploymentType(EmploymentType value);

  /**
   * A copy with another description.
   *
   * @param value the description
   * @return the copy
   */
  public abstract Posting withDescription(RoleDescription value);

  /**
   * A copy with a pay range.
   *
   * @param value the pay range
   * @return the copy
   */
  public abstract Posting withPayRange(PayRange value);

  /**
   * A copy with an equity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Posting withEquityStatement(String value);

  /**
   * A copy with a compensation note.
   *
   * @param value the note, not blank
   * @return the copy
   * @throws InvalidValueException if the note is blank
   */
  public abstract Posting withCompensationNote(String value);

  /**
   * A copy with an equal opportunity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Posting withEqualOpportunityStatement(String value);

  /**
   * A copy with an apply link.
   *
   * @param value an absolute {@code http} or {@code https} link
   * @return the copy
   * @throws InvalidValueException if the link is not absolute http or https
   */
  public abstract Posting withApplyUrl(URI value);

  /**
   * A copy with a close date.
   *
   * <pre>{@code
   * Posting closing = posting.withClosesAt(Instant.parse("2027-01-31T23:59:59Z"));
   * }</pre>
   *
   * @param value when the posting closes to applicants
   * @return the copy
   */
  public abstract Posting withClosesAt(java.time.Instant value);

  /**
   * A copy that says whether visas are sponsored.
   *
   * @param value the sponsorship
   * @return the copy
   */
  public abstract Posting withVisaSponsorship(VisaSponsorship value);

  @Value.Check
  void check() {
    Require.name("Posting", "title", title());
    Require.name("Posting", "department", department());
    if (workplaceType() != WorkplaceType.REMOTE || remotePolicy().isEmpty()) {
      Require.nonEmpty("Posting", "locations", locations(), "give at least one location, such as"
          + " the office; only a remote role with a remote policy (countries or regions) may"
          + " have none");
    }
    if (workplaceType() == WorkplaceType.ON_SITE && remotePolicy().isPresent()) {
      throw new InvalidValueException("Posting", "remotePolicy", "must be empty when"
          + " workplaceType is ON_SITE; drop it or choose HYBRID or REMOTE");
    }
    equityStatement().ifPresent(s -> Require.nonBlank("Posting", "equityStatement", s));
    compensationNote().ifPresent(s -> Require.nonBlank("Posting", "compensationNote", s));
    equalOpportunityStatement()
        .ifPresent(s -> Require.nonBlank("Posting", "equalOpportunityStatement", s));
    applyUrl().ifPresent(Posting::checkApplyUrl);
  }

  private static void checkApplyUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!url.isAbsolute() || !web || url.getHost() == null) {
      throw new InvalidValueException("Posting", "applyUrl", "must be an absolute http or https"
          + " link; give one like https://jobs.example.com/apply");
    }
  }

  /**
   * Builds a {@link Posting}; see {@link Posting#builder()}.
   *
   * <pre>{@code
   * Posting posting = Posting.builder().title("Backend Engineer") ... .build();
   * }</pre>
   */
  public static final class Builder extends ImmutablePosting.Builder {
    Builder() {}
  }
}
