package dev.hirekit.jackson3;

import dev.hirekit.actor.Actor;
import dev.hirekit.json.conformance.Seed;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.Optional;

/**
 * The seed role as far as its JobPosting needs it: the posting of the shared fixture {@link
 * Seed} without its pay range (each test that wants one adds it), the seed plan, one opening,
 * opened at {@link #OPENED}.
 */
final class SeedRole {
  static final Actor RECRUITER = Seed.RECRUITER;
  /** When the role is drafted, planned and given its opening. */
  static final Instant DRAFTED = Instant.parse("2026-02-27T16:00:00Z");
  /** When it opens: its datePosted. */
  static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");
  static final String SUMMARY = Seed.posting().description().summary();

  private SeedRole() {}

  /** The seed posting with no pay range. */
  static Posting posting() {
    return Posting.builder().from(Seed.posting()).payRange(Optional.empty()).build();
  }

  /** A draft of a posting: planned and with its one opening, never opened. */
  static Role draft(Posting posting) {
    return Role.draft(RoleId.of("fde-sf"), posting, RECRUITER, DRAFTED)
        .setPlan(RECRUITER, DRAFTED, Seed.plan())
        .addOpening(RECRUITER, DRAFTED, Seed.OPENING);
  }

  /** A posting's role, opened at {@link #OPENED}. */
  static Role open(Posting posting) {
    return draft(posting).open(RECRUITER, OPENED);
  }

  /** The seed role, open. */
  static Role open() {
    return open(posting());
  }
}
