package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.money.PayRange;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.team.HiringTeam;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role (a job posting): the job, where and how it is worked, what it pays, its openings, its
 * hiring team and its interview plan.
 *
 * <p>Rules: title and department are not blank; at least one location; no remote policy for an
 * {@link WorkplaceType#ON_SITE} role; the equity statement, compensation note and equal
 * opportunity statement, when given, are not blank; opening ids are unique; the apply link, when
 * given, is an absolute {@code http} or {@code https} URI. A role has no status here: its
 * lifecycle is modelled elsewhere.
 *
 * <pre>{@code
 * Role role = Role.builder()
 *     .id(RoleId.of("backend-berlin"))
 *     .title("Backend Engineer")
 *     .department("Engineering")
 *     .addLocation(Location.of("Berlin", "DE"))
 *     .workplaceType(WorkplaceType.HYBRID)
 *     .remotePolicy(RemotePolicy.builder().addAllowedCountry("DE").build())
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .description(RoleDescription.of("Build and run our payment services."))
 *     .payRange(PayRange.of(Money.of("70000", "EUR"), Money.of("90000", "EUR"),
 *         PayPeriod.YEARLY))
 *     .addOpening(Opening.open(OpeningId.of("backend-berlin-1")))
 *     .applyUrl(URI.create("https://jobs.example.com/backend-berlin"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Role {

  Role() {}

  /**
   * The role's id.
   *
   * @return the id
   */
  public abstract RoleId id();

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
   * Where the role is worked, first the main location.
   *
   * @return the locations, never empty
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
   * The people who hire for the role. Empty by default.
   *
   * @return the hiring team
   */
  @Value.Default
  public HiringTeam hiringTeam() {
    return HiringTeam.empty();
  }

  /**
   * The seats to fill; may be empty while the role is a draft.
   *
   * @return the openings, each id once
   */
  public abstract List<Opening> openings();

  /**
   * The stages a candidate passes through, once planned.
   *
   * @return the interview plan, or empty
   */
  public abstract Optional<InterviewPlan> plan();

  /**
   * Where the role stands; {@link RoleStatus#DRAFT} by default. Change it through the role's
   * lifecycle actions, which check the rules, rather than by copying.
   *
   * @return the status
   */
  @Value.Default
  public RoleStatus status() {
    return RoleStatus.DRAFT;
  }

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
   * A builder of roles.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The openings that can still be filled, in role order.
   *
   * @return the open openings, possibly none
   */
  public List<Opening> openOpenings() {
    return openings().stream().filter(Opening::isOpen).toList();
  }

  /**
   * The opening of an id.
   *
   * @param id the opening id
   * @return the opening, or empty if the role has no such opening
   */
  public Optional<Opening> opening(OpeningId id) {
    return openings().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * A copy with another id.
   *
   * @param value the id
   * @return the copy
   */
  public abstract Role withId(RoleId value);

  /**
   * A copy with another title.
   *
   * @param value the title, not blank
   * @return the copy
   * @throws InvalidValueException if the title is blank
   */
  public abstract Role withTitle(String value);

  /**
   * A copy with another department.
   *
   * @param value the department, not blank
   * @return the copy
   * @throws InvalidValueException if the department is blank
   */
  public abstract Role withDepartment(String value);

  /**
   * A copy with other locations.
   *
   * @param elements the locations, at least one
   * @return the copy
   * @throws InvalidValueException if no location is given
   */
  public abstract Role withLocations(Iterable<? extends Location> elements);

  /**
   * A copy with another workplace type.
   *
   * @param value the workplace type
   * @return the copy
   * @throws InvalidValueException if the copy is on site but has a remote policy
   */
  public abstract Role withWorkplaceType(WorkplaceType value);

  /**
   * A copy with a remote policy.
   *
   * @param value the remote policy
   * @return the copy
   * @throws InvalidValueException if the role is on site
   */
  public abstract Role withRemotePolicy(RemotePolicy value);

  /**
   * A copy with another employment type.
   *
   * @param value the employment type
   * @return the copy
   */
  public abstract Role withEmploymentType(EmploymentType value);

  /**
   * A copy with another description.
   *
   * @param value the description
   * @return the copy
   */
  public abstract Role withDescription(RoleDescription value);

  /**
   * A copy with a pay range.
   *
   * @param value the pay range
   * @return the copy
   */
  public abstract Role withPayRange(PayRange value);

  /**
   * A copy with an equity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Role withEquityStatement(String value);

  /**
   * A copy with a compensation note.
   *
   * @param value the note, not blank
   * @return the copy
   * @throws InvalidValueException if the note is blank
   */
  public abstract Role withCompensationNote(String value);

  /**
   * A copy with another hiring team.
   *
   * @param value the hiring team
   * @return the copy
   */
  public abstract Role withHiringTeam(HiringTeam value);

  /**
   * A copy with other openings.
   *
   * @param elements the openings, each id once
   * @return the copy
   * @throws InvalidValueException if an opening id repeats
   */
  public abstract Role withOpenings(Iterable<? extends Opening> elements);

  /**
   * A copy with an interview plan.
   *
   * @param value the plan
   * @return the copy
   */
  public abstract Role withPlan(InterviewPlan value);

  /**
   * A copy with another status; no lifecycle rule is checked.
   *
   * @param value the status
   * @return the copy
   */
  public abstract Role withStatus(RoleStatus value);

  /**
   * A copy with an equal opportunity statement.
   *
   * @param value the statement, not blank
   * @return the copy
   * @throws InvalidValueException if the statement is blank
   */
  public abstract Role withEqualOpportunityStatement(String value);

  /**
   * A copy with an apply link.
   *
   * @param value an absolute {@code http} or {@code https} link
   * @return the copy
   * @throws InvalidValueException if the link is not absolute http or https
   */
  public abstract Role withApplyUrl(URI value);

  @Value.Check
  void check() {
    Require.nonBlank("Role", "title", title());
    Require.nonBlank("Role", "department", department());
    Require.nonEmpty("Role", "locations", locations(),
        "give at least one location, such as the office or the country of a remote role");
    if (workplaceType() == WorkplaceType.ON_SITE && remotePolicy().isPresent()) {
      throw new InvalidValueException("Role", "remotePolicy", "must be empty when workplaceType"
          + " is ON_SITE; drop it or choose HYBRID or REMOTE");
    }
    equityStatement().ifPresent(s -> Require.nonBlank("Role", "equityStatement", s));
    compensationNote().ifPresent(s -> Require.nonBlank("Role", "compensationNote", s));
    equalOpportunityStatement()
        .ifPresent(s -> Require.nonBlank("Role", "equalOpportunityStatement", s));
    Require.distinct("Role", "openings", openings(), Opening::id);
    applyUrl().ifPresent(Role::checkApplyUrl);
  }

  private static void checkApplyUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    boolean web = scheme.equals("http") || scheme.equals("https");
    if (!url.isAbsolute() || !web || url.getHost() == null) {
      throw new InvalidValueException("Role", "applyUrl", "must be an absolute http or https"
          + " link; give one like https://jobs.example.com/apply");
    }
  }

  /** Builds a {@link Role}; see {@link Role#builder()}. */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
