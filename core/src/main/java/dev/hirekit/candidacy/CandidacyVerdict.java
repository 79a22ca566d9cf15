package dev.hirekit.candidacy;

import dev.hirekit.internal.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link CandidacyRules#check} says of a {@link Proposal}: allowed, or every reason it is
 * not.
 *
 * <pre>{@code
 * CandidacyVerdict verdict = rules.check(applications, families, proposal);
 * if (!verdict.allowed()) {
 *   verdict.refusals().forEach(r -> log.info("{}: {}", r.rule(), r.message()));
 * }
 * }</pre>
 *
 * @param refusals every rule that refuses, in the order of {@link CandidacyRule}; empty if
 *     allowed
 */
public record CandidacyVerdict(List<CandidacyRefusal> refusals) {
  /**
   * Copies the refusals.
   *
   * @param refusals the refusals, none null
   */
  public CandidacyVerdict {
    Require.given(refusals, "CandidacyVerdict", "refusals");
    refusals = List.copyOf(refusals);
  }

  /**
   * Whether the proposal is allowed.
   *
   * @return true if no rule refuses it
   */
  public boolean allowed() {
    return refusals.isEmpty();
  }

  /**
   * When the proposal becomes allowed by time alone: the latest end of the cooldowns that refuse
   * it, if cooldowns are all that refuse it.
   *
   * @return the earliest moment it is allowed, or empty if allowed now or if something other
   *     than time stands in the way
   */
  public Optional<Instant> allowedFrom() {
    if (refusals.isEmpty() || refusals.stream().anyMatch(r -> r.until().isEmpty())) {
      return Optional.empty();
    }
    return refusals.stream().map(r -> r.until().orElseThrow()).max(Instant::compareTo);
  }
}
