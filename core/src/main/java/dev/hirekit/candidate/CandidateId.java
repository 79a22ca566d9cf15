package dev.hirekit.candidate;

import dev.hirekit.internal.Require;

/**
 * Identifies a candidate; an opaque key, never personal data.
 *
 * <pre>{@code
 * CandidateId id = CandidateId.of("cand-42");
 * }</pre>
 *
 * @param value 1 to 128 letters, digits, {@code . _ : -}
 */
public record CandidateId(String value) {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text
   * @throws dev.hirekit.InvalidValueException if it is not an identifier
   */
  public CandidateId {
    Require.identifier("CandidateId", value);
  }

  /**
   * The id of a value.
   *
   * @param value the identifier text
   * @return the id
   */
  public static CandidateId of(String value) {
    return new CandidateId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
