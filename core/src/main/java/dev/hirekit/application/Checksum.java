package dev.hirekit.application;

import dev.hirekit.internal.Require;
import org.immutables.value.Value;

/**
 * The digest of an artifact's content, so whoever fetches it can tell it is what was submitted.
 *
 * <p>Rules: the value is the digest in lowercase hex, exactly as long as the algorithm's digest
 * ({@link ChecksumAlgorithm#hexLength()}).
 *
 * <pre>{@code
 * Checksum sum = Checksum.of(ChecksumAlgorithm.SHA_256,
 *     "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
 * }</pre>
 */
@Value.Immutable
public abstract class Checksum {
  Checksum() {}

  /**
   * The digest used.
   *
   * @return the algorithm
   */
  @Value.Parameter
  public abstract ChecksumAlgorithm algorithm();

  /**
   * The digest, lowercase hex.
   *
   * @return the hex digits
   */
  @Value.Parameter
  public abstract String value();

  /**
   * A checksum.
   *
   * @param algorithm the digest used
   * @param value the digest, lowercase hex of the algorithm's length
   * @return the checksum
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static Checksum of(ChecksumAlgorithm algorithm, String value) {
    return ImmutableChecksum.of(algorithm, value);
  }

  @Value.Check
  void check() {
    String hex = value();
    boolean digits = hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
    Require.that(digits && hex.length() == algorithm().hexLength(), "Checksum", "value",
        "is not " + algorithm().hexLength() + " lowercase hex digits (has " + hex.length()
        + " characters); give the " + algorithm() + " digest as lowercase hex");
  }

  /**
   * The algorithm and the value, such as {@code SHA_256:9f86...}: a digest is not personal data.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return algorithm() + ":" + value();
  }
}
