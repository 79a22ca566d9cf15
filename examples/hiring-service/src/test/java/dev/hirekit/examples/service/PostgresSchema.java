package dev.hirekit.examples.service;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh schema in the PostgreSQL named by {@code HIREKIT_TEST_POSTGRES_URL} (user {@code
 * HIREKIT_TEST_POSTGRES_USER}, default {@code postgres}, no password) for one test class.
 * Without that variable the class is skipped, with a message, unless {@code CI=true}, where a
 * missing database fails the build.
 */
final class PostgresSchema {
  private static final String URL = System.getenv("HIREKIT_TEST_POSTGRES_URL");
  private static final String USER = System.getenv().getOrDefault("HIREKIT_TEST_POSTGRES_USER",
      "postgres");
  /** Why a PostgreSQL test class did not run. */
  static final String SKIPPED = "PostgreSQL variant skipped: set HIREKIT_TEST_POSTGRES_URL (a"
      + " JDBC URL; user postgres or HIREKIT_TEST_POSTGRES_USER) to run it";
  private final String schema = "hirekit_test_" + Long.toString(System.nanoTime(), 36);

  /**
   * Whether a PostgreSQL test class runs: with a database, or in CI, where a missing one fails
   * it; says so on standard error when it is skipped. For {@code @EnabledIf}.
   */
  static boolean givenOrRequired() {
    boolean run = (URL != null && !URL.isBlank()) || "true".equals(System.getenv("CI"));
    if (!run) {
      System.err.println(SKIPPED);
    }
    return run;
  }

  /**
   * Creates the schema, or skips (or, in CI, fails) the calling test class without a database.
   *
   * @param what the tests, for the message
   * @return the service's properties for it
   */
  Map<String, String> create(String what) {
    if (URL == null || URL.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("HIREKIT_TEST_POSTGRES_URL is not set, and CI=true: the PostgreSQL variant of the "
            + what + " must run in CI");
      }
      assumeTrue(false, SKIPPED);
    }
    execute("create schema " + schema);
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return Map.of("spring.datasource.url", url, "spring.datasource.username", USER,
        "spring.datasource.password", "", "spring.flyway.schemas", schema);
  }

  /** Drops the schema, if there is a database. */
  void drop() {
    if (URL != null && !URL.isBlank()) {
      execute("drop schema if exists " + schema + " cascade");
    }
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL, USER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at HIREKIT_TEST_POSTGRES_URL: " + e.getMessage(),
          e);
    }
  }
}
