package dev.hirekit.role;

/**
 * Where the work of a role is done.
 *
 * <pre>{@code
 * Posting.builder().workplaceType(WorkplaceType.REMOTE).remotePolicy(RemotePolicy.anywhere());
 * }</pre>
 */
public enum WorkplaceType {
  /** At the employer's site; a remote policy is not allowed. */
  ON_SITE,
  /** Partly at the site, partly remote. */
  HYBRID,
  /** Fully remote. */
  REMOTE
}
