package dev.hirekit.examples.service;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The HTTP API against PostgreSQL, in a fresh schema ({@link PostgresSchema}: skipped with a
 * message without a database, failed in CI).
 */
@EnabledIf(value = "dev.hirekit.examples.service.PostgresSchema#givenOrRequired",
    disabledReason = PostgresSchema.SKIPPED)
class PostgresHiringApiTest extends HiringApiContract {
  private final PostgresSchema schema = new PostgresSchema();

  @Override
  Map<String, String> properties() {
    return schema.create("API tests");
  }

  @AfterAll
  void dropSchema() {
    schema.drop();
  }
}
