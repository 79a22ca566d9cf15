package dev.hirekit.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The HTTP API against the default database: H2 in files under a fresh directory. */
class H2HiringApiTest extends HiringApiContract {
  @Override
  Map<String, String> properties() {
    try {
      return Map.of("hirekit.data-dir", Files.createTempDirectory("hirekit-h2-").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
