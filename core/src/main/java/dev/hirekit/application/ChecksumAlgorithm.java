package dev.hirekit.application;

/**
 * The digest a {@link Checksum} was computed with, and the length of its hex value.
 *
 * <pre>{@code
 * ChecksumAlgorithm.SHA_256.hexLength();   // 64
 * }</pre>
 */
public enum ChecksumAlgorithm {
  /** MD5, as many object stores report it; 32 hex digits. */
  MD5(32),
  /** SHA-1; 40 hex digits. */
  SHA_1(40),
  /** SHA-256; 64 hex digits. */
  SHA_256(64),
  /** SHA-384; 96 hex digits. */
  SHA_384(96),
  /** SHA-512; 128 hex digits. */
  SHA_512(128);

  private final int hexLength;

  ChecksumAlgorithm(int hexLength) {
    this.hexLength = hexLength;
  }

  /**
   * How many hex digits a value of this digest has.
   *
   * @return the length
   */
  public int hexLength() {
    return hexLength;
  }
}
