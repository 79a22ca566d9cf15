package dev.hirekit.candidacy;

import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * One reason a {@link Proposal} is not allowed: the rule, a message that names the application
 * or stage concerned and what would be allowed instead, and, for a cooldown, when it runs out.
 * Messages hold ids, stage names and times, never a person's name or contact.
 *
 * <pre>{@code
 * for (CandidacyRefusal refusal : verdict.refusals()) {
 *   log.info("{}: {}", refusal.rule(), refusal.message());
 * }
 * }</pre>
 *
 * @param rule the rule that refused
 * @param message what stands in the way and what is allowed instead
 * @param until when time alone lifts this refusal (a cooldown), if it does
 */
public record CandidacyRefusal(CandidacyRule rule, String message, Optional<Instant> until) {
  /**
   * Checks that every component is given.
   *
   * @param rule the rule that refused
   * @param message what stands in the way and what is allowed instead
   * @param until when time alone lifts this refusal, if it does
   */
  public CandidacyRefusal {
    Require.given(rule, "CandidacyRefusal", "rule");
    Require.nonBlank("CandidacyRefusal", "message", message);
    Require.given(until, "CandidacyRefusal", "until");
  }
}
