package dev.hirekit.examples.service;

/**
 * Optimistic concurrency over HTTP: every aggregate's {@code ETag} is {@code "<version>"}, and a
 * write to an existing aggregate must send the version it read in {@code If-Match}.
 */
public final class Versions {
  private Versions() {}

  /**
   * Checks {@code If-Match} against the version stored now.
   *
   * @param ifMatch the header, or null
   * @param current the stored version
   * @return the version the write expects, {@code current}
   * @throws Refusal 428 without the header, 412 when it names another version
   */
  public static long expect(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw Refusal.versionMissing(current);
    }
    String tag = ifMatch.trim();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    if (!tag.equals(Long.toString(current))) {
      throw Refusal.stale(tag.length() > 20 ? "(the version sent)" : "\"" + tag + "\"",
          current);
    }
    return current;
  }
}
