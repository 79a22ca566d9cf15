package dev.hirekit.application;

import dev.hirekit.internal.Require;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to material the candidate submitted for a stage's {@link
 * dev.hirekit.plan.ArtifactAsk ask}: where it is kept, its media type, a checksum of its content
 * and, optionally, its size. Never the content itself: the material stays in the store the URI
 * names, under that store's access rules.
 *
 * <p>The URI is personal data (it may name the candidate, or open their material): {@code
 * toString()} and every error message leave it out, and {@link Application#anonymize()} replaces
 * it by {@link #ERASED_URI}. The media type, checksum and size stay.
 *
 * <p>Rules: the URI is absolute (it has a scheme, such as {@code https}, {@code s3} or {@code
 * urn}); the media type is {@code type/subtype} without parameters, each part 1 to 127 letters,
 * digits or {@code ! # $ & ^ _ . + -}, starting with a letter or digit; the size, when given, is
 * zero or more bytes.
 *
 * <pre>{@code
 * Artifact cv = Artifact.builder()
 *     .uri(URI.create("https://files.example.com/cv/4711.pdf"))
 *     .mediaType("application/pdf")
 *     .checksum(Checksum.of(ChecksumAlgorithm.SHA_256, sha256Hex))
 *     .size(48_213L)
 *     .build();
 * cv.toString();   // no URI in it
 * }</pre>
 */
@Value.Immutable
public abstract class Artifact {
  /** The URI an anonymized history holds in place of every artifact's URI. */
  public static final URI ERASED_URI = URI.create("urn:hirekit:erased");

  private static final int PART_MAX_LENGTH = 127;

  Artifact() {}

  /**
   * Where the material is kept; personal data.
   *
   * @return the URI, absolute
   */
  @Value.Redacted
  public abstract URI uri();

  /**
   * The media type of the material, such as {@code application/pdf}.
   *
   * @return the media type, {@code type/subtype}
   */
  public abstract String mediaType();

  /**
   * The digest of the material's content.
   *
   * @return the checksum
   */
  public abstract Checksum checksum();

  /**
   * The material's size in bytes, when known.
   *
   * @return the size, zero or more
   */
  public abstract Optional<Long> size();

  /**
   * A reference without a size.
   *
   * @param uri where the material is kept, absolute
   * @param mediaType its media type, {@code type/subtype}
   * @param checksum the digest of its content
   * @return the reference
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static Artifact of(URI uri, String mediaType, Checksum checksum) {
    return builder().uri(uri).mediaType(mediaType).checksum(checksum).build();
  }

  /**
   * A builder of references.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy kept somewhere else.
   *
   * @param value the URI, absolute
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if the URI is not absolute
   */
  public abstract Artifact withUri(URI value);

  /**
   * A copy with a size.
   *
   * @param value the size in bytes, zero or more
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if the size is negative
   */
  public abstract Artifact withSize(long value);

  @Value.Check
  void check() {
    Require.that(uri().isAbsolute(), "Artifact", "uri", "is not an absolute URI (it has no"
        + " scheme); give where the material is kept, such as https://files.example.com/a.pdf");
    Require.that(isMediaType(mediaType()), "Artifact", "mediaType", "is not a media type"
        + " type/subtype without parameters; give one such as application/pdf or text/plain");
    Require.that(size().orElse(0L) >= 0, "Artifact", "size", "is negative; give the size in"
        + " bytes, zero or more, or none");
  }

  private static boolean isMediaType(String text) {
    int slash = text.indexOf('/');
    return slash > 0 && isPart(text.substring(0, slash)) && isPart(text.substring(slash + 1));
  }

  private static boolean isPart(String part) {
    if (part.isEmpty() || part.length() > PART_MAX_LENGTH || !isAlphanumeric(part.charAt(0))) {
      return false;
    }
    return part.chars().allMatch(c -> isAlphanumeric((char) c) || "!#$&^_.+-".indexOf(c) >= 0);
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Builds an {@link Artifact}; see {@link Artifact#builder()}. */
  public static final class Builder extends ImmutableArtifact.Builder {
    Builder() {}
  }
}
