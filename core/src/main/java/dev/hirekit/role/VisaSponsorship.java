package dev.hirekit.role;

/**
 * Whether the employer sponsors the work visa a candidate would need for the role; a posting
 * that says nothing leaves {@link Posting#visaSponsorship()} empty.
 *
 * <pre>{@code
 * Posting posting = Posting.builder()...visaSponsorship(VisaSponsorship.NOT_SPONSORED).build();
 * }</pre>
 */
public enum VisaSponsorship {
  /** The employer sponsors a visa where one is needed. */
  SPONSORED,
  /** Candidates must already have the right to work where the role is. */
  NOT_SPONSORED
}
