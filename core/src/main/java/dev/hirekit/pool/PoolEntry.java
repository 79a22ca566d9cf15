package dev.hirekit.pool;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * A candidate in a talent pool: the pool's stage they are at, who added them, when and why,
 * their consent to be contacted and when the entry runs out. The reason is free text and is
 * left out of {@link #toString()}.
 *
 * <pre>{@code
 * PoolEntry entry = pool.entry(candidate).orElseThrow();
 * entry.mayContact(now); // true while the consent holds
 * }</pre>
 *
 * @param candidate who
 * @param stage the pool stage they are at
 * @param addedBy who added them
 * @param addedAt when they were added: their date of interest
 * @param reason why they were added
 * @param consent their consent to be contacted, if given
 * @param expiresAt when the entry runs out
 */
public record PoolEntry(CandidateId candidate, String stage, Actor addedBy, Instant addedAt,
    String reason, Optional<Consent> consent, Instant expiresAt) {
  /**
   * Checks that every component is given.
   *
   * @param candidate who
   * @param stage the pool stage
   * @param addedBy who added them
   * @param addedAt when
   * @param reason why
   * @param consent the consent to contact, if given
   * @param expiresAt when the entry runs out
   */
  public PoolEntry {
    Require.given(candidate, "PoolEntry", "candidate");
    Require.given(stage, "PoolEntry", "stage");
    Require.given(addedBy, "PoolEntry", "addedBy");
    Require.given(addedAt, "PoolEntry", "addedAt");
    Require.given(reason, "PoolEntry", "reason");
    Require.given(consent, "PoolEntry", "consent");
    Require.given(expiresAt, "PoolEntry", "expiresAt");
  }

  /**
   * Whether the candidate may be contacted at a moment: a consent is on file and holds then.
   *
   * @param at the moment
   * @return true if contact is permitted
   */
  public boolean mayContact(Instant at) {
    return consent.map(c -> c.isValidAt(at)).orElse(false);
  }

  /**
   * Whether the entry has run out at a moment.
   *
   * @param at the moment
   * @return true at or after {@link #expiresAt()}
   */
  public boolean isExpiredAt(Instant at) {
    return !at.isBefore(expiresAt);
  }

  /** The reason is free text, which may name people: redacted. */
  @Override
  public String toString() {
    return "PoolEntry[candidate=" + candidate + ", stage=" + stage + ", addedBy=" + addedBy
        + ", addedAt=" + addedAt + ", reason=<redacted>, consent=" + consent + ", expiresAt="
        + expiresAt + "]";
  }
}
