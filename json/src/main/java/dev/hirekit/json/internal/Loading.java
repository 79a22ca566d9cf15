package dev.hirekit.json.internal;

import dev.hirekit.actor.Policy;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleEvent;
import java.util.List;
import java.util.Objects;

/**
 * How a document's history becomes an aggregate: by the validating replay (every rule and every
 * permission checked: for documents from anywhere), or by the trusted load (every rule, no past
 * permission: for the user's own store).
 *
 * @param hiring the policies of applications and their offers
 * @param roles the policy of roles
 * @param trusted whether to load rather than replay
 */
public record Loading(HiringPolicy hiring, Policy<RoleAction, Role> roles, boolean trusted) {

  /** The validating replay under the default policies. */
  public static final Loading REPLAY = new Loading(HiringPolicy.roles(), Role.DEFAULT_POLICY,
      false);

  /**
   * Checks both policies are given.
   *
   * @param hiring the policies of applications and their offers
   * @param roles the policy of roles
   * @param trusted whether to load rather than replay
   */
  public Loading {
    Objects.requireNonNull(hiring, "hiring");
    Objects.requireNonNull(roles, "roles");
  }

  Application application(List<ApplicationEvent> history) {
    return trusted ? hiring.load(history) : hiring.replay(history);
  }

  Role role(List<RoleEvent> history) {
    return trusted ? Role.load(history, roles) : Role.replay(history, roles);
  }
}
