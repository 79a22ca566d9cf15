package dev.hirekit.examples.service;

import dev.hirekit.application.HiringPolicy;
import dev.hirekit.jackson3.HirekitModule;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hirekit's one JSON format on Spring's Jackson 3 mapper: every payload of the API is written and
 * read by {@link HirekitModule}. The module on Spring's mapper is the default one, which replays
 * documents from outside with every rule and permission checked; the store reads its own rows
 * with {@link StoredEvents}' trusted mapper instead.
 */
@Configuration
public class JsonFormat {
  /** The policy of applications and offers: the role's hiring team lives in Hirekit. */
  public static final HiringPolicy HIRING = HiringPolicy.team();

  /**
   * Registers Hirekit's module on the auto-configured {@code JsonMapper}.
   *
   * @return the customizer
   */
  @Bean
  public JsonMapperBuilderCustomizer hirekitFormat() {
    return builder -> builder.addModule(new HirekitModule());
  }
}
