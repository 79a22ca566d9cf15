package dev.hirekit.examples.service;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The reference hiring service: Hirekit's roles, applications and offers over HTTP, kept as
 * events in SQL (H2 by default, PostgreSQL when configured).
 *
 * <pre>{@code
 * java -jar examples/hiring-service/target/hirekit-hiring-service.jar
 * }</pre>
 */
@SpringBootApplication
@EnableConfigurationProperties(ServiceSettings.class)
public class HiringService {

  /**
   * The clock every action's time comes from (Hirekit never reads a clock itself); a test may
   * register its own {@link Clock} bean instead.
   *
   * @return the system clock in UTC
   */
  @Bean
  @ConditionalOnMissingBean(Clock.class)
  public Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Starts the service.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8081}
   */
  public static void main(String[] args) {
    SpringApplication.run(HiringService.class, args);
  }
}
