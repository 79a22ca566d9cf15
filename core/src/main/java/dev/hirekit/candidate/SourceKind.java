package dev.hirekit.candidate;

/**
 * How a candidate came into a pipeline.
 *
 * <pre>{@code
 * Source.referral(MemberId.of("member-7")).kind(); // SourceKind.REFERRAL
 * }</pre>
 */
public enum SourceKind {
  /** The candidate applied on their own, e.g. through a careers page or job board. */
  APPLIED,
  /** A member of the organisation referred the candidate. */
  REFERRAL,
  /** A recruiter found and approached the candidate. */
  SOURCED,
  /** A recruitment agency put the candidate forward. */
  AGENCY,
  /** The candidate already works for the organisation. */
  INTERNAL,
  /** The candidate was met at an event such as a career fair or meetup. */
  EVENT
}
