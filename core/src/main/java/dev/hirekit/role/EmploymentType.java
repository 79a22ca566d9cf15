package dev.hirekit.role;

/**
 * The kind of employment a role or an offer is for.
 *
 * <pre>{@code
 * EmploymentType type = EmploymentType.FULL_TIME;
 * }</pre>
 */
public enum EmploymentType {
  /** Permanent employment for a full working week. */
  FULL_TIME,
  /** Permanent employment for part of a working week. */
  PART_TIME,
  /** Work under a contract for services, not employment. */
  CONTRACT,
  /** An internship, usually for students and for a fixed term. */
  INTERN,
  /** Employment for a fixed term. */
  TEMPORARY
}
