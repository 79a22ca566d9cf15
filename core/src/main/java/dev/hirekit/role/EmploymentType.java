package dev.hirekit.role;

/**
 * The kind of employment a role offers.
 *
 * <pre>{@code
 * Posting.builder().employmentType(EmploymentType.FULL_TIME);
 * }</pre>
 */
public enum EmploymentType {
  /** Permanent employment, full time. */
  FULL_TIME,
  /** Permanent employment, part time. */
  PART_TIME,
  /** Work under a contract, such as a freelancer's. */
  CONTRACT,
  /** An internship. */
  INTERN,
  /** Employment for a limited time. */
  TEMPORARY
}
