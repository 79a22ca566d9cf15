package dev.hirekit.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The load against the default database: H2 in files under a fresh directory. */
class H2LoadTest extends LoadContract {
  @Override
  Map<String, String> properties() {
    try {
      return Map.of("hirekit.data-dir", Files.createTempDirectory("hirekit-load-").toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  String database() {
    return "H2 files";
  }
}
