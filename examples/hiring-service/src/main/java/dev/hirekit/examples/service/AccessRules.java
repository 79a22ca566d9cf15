package dev.hirekit.examples.service;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may reach what over HTTP: health without credentials, everything else with HTTP Basic;
 * whether an authenticated caller may take an action is Hirekit's decision, not this one's.
 */
@Configuration
public class AccessRules {

  /**
   * The filter chain: stateless HTTP Basic, no CSRF tokens (no cookies, no sessions), problem
   * details for 401 and 403.
   *
   * @param http Spring Security's builder
   * @return the chain
   * @throws Exception if Spring Security refuses the configuration
   */
  @Bean
  public SecurityFilterChain api(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint unauthenticated = (request, response, e) -> problem(response, 401,
        "Unauthenticated", "sign in with HTTP Basic and a configured user",
        !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
    AccessDeniedHandler denied = (request, response, e) -> problem(response, 403, "Forbidden",
        "this user may not do this", false);
    http.authorizeHttpRequests(rules -> rules
            .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
            // The board's page, script and style; every call it makes is authenticated.
            .requestMatchers("/", "/index.html", "/board.js", "/board.css").permitAll()
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("hirekit").authenticationEntryPoint(unauthenticated))
        .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated)
            .accessDeniedHandler(denied))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /**
   * Passwords with their encoding prefix: {@code {noop}} for the demo users, {@code {bcrypt}}
   * and the others Spring Security knows.
   *
   * @return the delegating encoder
   */
  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Writes a problem. A 401 asks for Basic credentials ({@code WWW-Authenticate}) except from
   * the board's script ({@code X-Requested-With: XMLHttpRequest}), so that the browser shows the
   * board's own sign-in message instead of its password dialog.
   */
  private static void problem(HttpServletResponse response, int status, String title,
      String detail, boolean challenge) throws java.io.IOException {
    response.setStatus(status);
    if (challenge) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"hirekit\"");
    }
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title
        + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }
}
