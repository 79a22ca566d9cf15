package dev.hirekit.examples.service;

import dev.hirekit.team.HiringRole;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings, under {@code hirekit} in {@code application.yml}.
 *
 * @param dataDir where H2 keeps its files when no other database is configured
 * @param seed whether an empty store gets the seed role, candidates and applications at start-up
 * @param users who may sign in (HTTP Basic) and as which Hirekit actor
 */
@ConfigurationProperties("hirekit")
public record ServiceSettings(
    @DefaultValue("./hirekit-data") String dataDir,
    @DefaultValue("true") boolean seed,
    List<User> users) {

  /**
   * Copies the list.
   *
   * @param dataDir where H2 keeps its files
   * @param seed whether to seed an empty store
   * @param users the users
   */
  public ServiceSettings {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * One user: a member of the hiring team with hiring roles, or a candidate.
   *
   * @param username the sign-in name
   * @param password the password, with its encoding prefix ({@code {noop}}, {@code {bcrypt}})
   * @param member the member id, for a team member
   * @param roles the member's hiring roles
   * @param candidate the candidate id, for a candidate
   */
  public record User(String username, String password, String member, Set<HiringRole> roles,
      String candidate) {
    /**
     * Copies the roles.
     *
     * @param username the sign-in name
     * @param password the encoded password
     * @param member the member id, or null
     * @param roles the hiring roles, or null
     * @param candidate the candidate id, or null
     */
    public User {
      roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
  }
}
