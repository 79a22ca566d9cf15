package dev.hirekit.examples.service;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The load against PostgreSQL, in a fresh schema ({@link PostgresSchema}: skipped with a
 * message without a database, failed in CI).
 */
@EnabledIf(value = "dev.hirekit.examples.service.PostgresSchema#givenOrRequired",
    disabledReason = PostgresSchema.SKIPPED)
class PostgresLoadTest extends LoadContract {
  private final PostgresSchema schema = new PostgresSchema();

  @Override
  Map<String, String> properties() {
    return schema.create("load test");
  }

  @Override
  String database() {
    return "PostgreSQL";
  }

  @AfterAll
  void dropSchema() {
    schema.drop();
  }
}
