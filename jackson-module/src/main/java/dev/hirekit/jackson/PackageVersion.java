package dev.hirekit.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this module, as Jackson reports modules' versions.
 *
 * <pre>{@code
 * Version version = PackageVersion.VERSION; // e.g. 0.1.0-SNAPSHOT of dev.hirekit:hirekit-jackson
 * }</pre>
 */
public final class PackageVersion implements Versioned {
  /** This module's version. */
  public static final Version VERSION = VersionUtil.parseVersion(read(), "dev.hirekit",
      "hirekit-jackson");

  /** The version as a {@link Versioned}, for code that asks objects for theirs. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
