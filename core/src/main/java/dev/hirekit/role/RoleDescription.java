package dev.hirekit.role;

import dev.hirekit.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a role is about: a summary, its responsibilities, the qualifications sought, the benefits
 * offered and any travel expected.
 *
 * <p>Rules: the summary is not blank; no list holds a blank entry; the travel expectation, when
 * given, is not blank.
 *
 * <pre>{@code
 * RoleDescription description = RoleDescription.builder()
 *     .summary("Build and run our payment services.")
 *     .addResponsibility("Own the ledger service")
 *     .addQualification("Years of backend work in Java or Go")
 *     .addBenefit("Learning budget")
 *     .travel("A few trips a year to customer sites")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RoleDescription {

  RoleDescription() {}

  /**
   * A short summary of the role.
   *
   * @return the summary, not blank
   */
  @Value.Parameter
  public abstract String summary();

  /**
   * What the person in the role will do.
   *
   * @return the responsibilities, possibly none
   */
  public abstract List<String> responsibilities();

  /**
   * What an ideal candidate brings.
   *
   * @return the qualifications, possibly none
   */
  public abstract List<String> qualifications();

  /**
   * What the employer offers besides pay.
   *
   * @return the benefits, possibly none
   */
  public abstract List<String> benefits();

  /**
   * How much travel the role expects, such as "Occasional trips to customers".
   *
   * @return the travel expectation, or empty
   */
  public abstract Optional<String> travel();

  /**
   * A description of only a summary.
   *
   * @param summary the summary, not blank
   * @return the description
   * @throws dev.hirekit.InvalidValueException if the summary is blank
   */
  public static RoleDescription of(String summary) {
    return ImmutableRoleDescription.of(summary);
  }

  /**
   * A builder of descriptions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another summary.
   *
   * @param value the summary, not blank
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if the summary is blank
   */
  public abstract RoleDescription withSummary(String value);

  /**
   * A copy with other responsibilities.
   *
   * @param elements the responsibilities, none blank
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if an entry is blank
   */
  public abstract RoleDescription withResponsibilities(Iterable<String> elements);

  /**
   * A copy with other qualifications.
   *
   * @param elements the qualifications, none blank
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if an entry is blank
   */
  public abstract RoleDescription withQualifications(Iterable<String> elements);

  /**
   * A copy with other benefits.
   *
   * @param elements the benefits, none blank
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if an entry is blank
   */
  public abstract RoleDescription withBenefits(Iterable<String> elements);

  /**
   * A copy with a travel expectation.
   *
   * @param value the travel expectation, not blank
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if it is blank
   */
  public abstract RoleDescription withTravel(String value);

  @Value.Check
  void check() {
    Require.nonBlank("RoleDescription", "summary", summary());
    Require.noBlanks("RoleDescription", "responsibilities", responsibilities());
    Require.noBlanks("RoleDescription", "qualifications", qualifications());
    Require.noBlanks("RoleDescription", "benefits", benefits());
    travel().ifPresent(t -> Require.nonBlank("RoleDescription", "travel", t));
  }

  /** Builds a {@link RoleDescription}; see {@link RoleDescription#builder()}. */
  public static final class Builder extends ImmutableRoleDescription.Builder {
    Builder() {}
  }
}
