package dev.hirekit.role;

/**
 * How the people hired in a country are engaged: on the employer's own payroll, as independent
 * contractors, or through an employer of record that employs them on the employer's behalf where
 * it has no entity of its own.
 *
 * <pre>{@code
 * RemotePolicy policy = RemotePolicy.builder().addAllowedCountries("US", "PT")
 *     .addArrangements(CountryArrangement.of("US", EmploymentArrangement.EMPLOYEE),
 *         CountryArrangement.of("PT", EmploymentArrangement.EMPLOYER_OF_RECORD))
 *     .build();
 * }</pre>
 */
public enum EmploymentArrangement {
  /** Employed directly by the employer. */
  EMPLOYEE,
  /** Engaged as an independent contractor. */
  CONTRACTOR,
  /** Employed by an employer of record on the employer's behalf. */
  EMPLOYER_OF_RECORD
}
