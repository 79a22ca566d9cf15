package dev.hirekit.examples.service;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The HTTP API against PostgreSQL, in a fresh schema of the database named by {@code
 * HIREKIT_TEST_POSTGRES_URL} (user {@code HIREKIT_TEST_POSTGRES_USER}, default {@code
 * postgres}, no password). Without that variable the tests are skipped, with a message, unless
 * {@code CI=true}, where a missing database fails the build.
 */
@EnabledIf(value = "postgresGivenOrRequired", disabledReason = PostgresHiringApiTest.SKIPPED)
class PostgresHiringApiTest extends HiringApiContract {
  static final String SKIPPED = "PostgreSQL variant skipped: set HIREKIT_TEST_POSTGRES_URL (a"
      + " JDBC URL; user postgres or HIREKIT_TEST_POSTGRES_USER) to run the API tests against it";
  private static final String URL = System.getenv("HIREKIT_TEST_POSTGRES_URL");
  private static final String USER = System.getenv().getOrDefault("HIREKIT_TEST_POSTGRES_USER",
      "postgres");
  private final String schema = "hirekit_test_" + Long.toString(System.nanoTime(), 36);

  @Override
  Map<String, String> properties() {
    if (URL == null || URL.isBlank()) {
      if ("true".equals(System.getenv("CI"))) {
        fail("HIREKIT_TEST_POSTGRES_URL is not set, and CI=true: the PostgreSQL variant of the"
            + " API tests must run in CI");
      }
      assumeTrue(false, SKIPPED);
    }
    execute("create schema " + schema);
    String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return Map.of("spring.datasource.url", url, "spring.datasource.username", USER,
        "spring.datasource.password", "", "spring.flyway.schemas", schema);
  }

  /** Runs with a database, or in CI, where a missing one fails; says so when skipped. */
  static boolean postgresGivenOrRequired() {
    boolean run = (URL != null && !URL.isBlank()) || "true".equals(System.getenv("CI"));
    if (!run) {
      System.err.println(SKIPPED);
    }
    return run;
  }

  @AfterAll
  void dropSchema() {
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
