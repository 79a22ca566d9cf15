package dev.hirekit.actor;

import dev.hirekit.team.HiringRole;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link Policy}: for each action, the hiring roles that may perform it and whether
 * the candidate may; the system passes the policy for every action (imports and automations).
 * It trusts the hiring roles the caller puts in an {@link Actor}; wrap it in a {@link TeamPolicy}
 * to check them against the subject's hiring team.
 *
 * <p>Passing the policy is not all an action needs: its guards still apply to every actor, the
 * system included. In particular an offer approval is the decision of a named approver of the
 * offer's chain, so the system can neither approve an offer nor decline its approval.
 *
 * <pre>{@code
 * RolePolicy<OfferAction, Offer.Context> policy = RolePolicy.builder(OfferAction.class)
 *     .allow(OfferAction.APPROVE, HiringRole.APPROVER)
 *     .allowCandidate(OfferAction.ACCEPT)
 *     .build();
 * }</pre>
 *
 * @param <A> the action type
 * @param <C> the subject type (a role policy does not read the subject)
 */
public final class RolePolicy<A extends Enum<A>, C> implements Policy<A, C> {
  private final Class<A> actions;
  private final Map<A, Set<HiringRole>> roles;
  private final Set<A> candidateActions;

  private RolePolicy(Class<A> actions, Map<A, Set<HiringRole>> roles, Set<A> candidateActions) {
    this.actions = actions;
    this.roles = roles;
    this.candidateActions = candidateActions;
  }

  /**
   * A builder of a policy that allows nothing until told.
   *
   * @param actions the action enum
   * @param <A> the action type
   * @return the builder
   */
  public static <A extends Enum<A>> Builder<A> builder(Class<A> actions) {
    return new Builder<>(actions);
  }

  @Override
  public boolean allows(Actor actor, A action, C subject) {
    switch (actor.kind()) {
      case SYSTEM:
        return true;
      case CANDIDATE:
        return candidateActions.contains(action);
      default:
        Set<HiringRole> allowed = roles.getOrDefault(action, Set.of());
        for (HiringRole role : actor.roles()) {
          if (allowed.contains(role)) {
            return true;
          }
        }
        return false;
    }
  }

  /**
   * The hiring roles that may perform an action.
   *
   * @param action the action
   * @return the roles, possibly empty
   */
  public Set<HiringRole> rolesFor(A action) {
    return roles.getOrDefault(action, Set.of());
  }

  /**
   * Whether the candidate may perform an action.
   *
   * @param action the action
   * @return true if the candidate may
   */
  public boolean allowsCandidate(A action) {
    return candidateActions.contains(action);
  }

  /**
   * The actions this policy knows.
   *
   * @return the action enum
   */
  public Class<A> actions() {
    return actions;
  }

  /**
   * Builds a {@link RolePolicy}.
   *
   * @param <A> the action type
   */
  public static final class Builder<A extends Enum<A>> {
    private final Class<A> actions;
    private final Map<A, Set<HiringRole>> roles;
    private final Set<A> candidateActions;

    private Builder(Class<A> actions) {
      this.actions = Objects.requireNonNull(actions, "actions");
      this.roles = new EnumMap<>(actions);
      this.candidateActions = EnumSet.noneOf(actions);
    }

    /**
     * Lets members acting in any of these roles perform the action.
     *
     * @param action the action
     * @param first a hiring role
     * @param more further hiring roles
     * @return this builder
     */
    public Builder<A> allow(A action, HiringRole first, HiringRole... more) {
      roles.computeIfAbsent(action, a -> EnumSet.noneOf(HiringRole.class))
          .addAll(EnumSet.of(first, more));
      return this;
    }

    /**
     * Lets the candidate perform these actions on their own application.
     *
     * @param first an action
     * @param more further actions
     * @return this builder
     */
    @SafeVarargs
    public final Builder<A> allowCandidate(A first, A... more) {
      candidateActions.add(Objects.requireNonNull(first, "first"));
      for (A action : more) {
        candidateActions.add(Objects.requireNonNull(action, "action"));
      }
      return this;
    }

    /**
     * The policy, for any subject type (it does not read the subject).
     *
     * @param <C> the subject type
     * @return an immutable policy
     */
    public <C> RolePolicy<A, C> build() {
      Map<A, Set<HiringRole>> copy = new EnumMap<>(actions);
      roles.forEach((a, r) -> copy.put(a, Collections.unmodifiableSet(EnumSet.copyOf(r))));
      Set<A> candidate = candidateActions.isEmpty() ? EnumSet.noneOf(actions)
          : EnumSet.copyOf(candidateActions);
      return new RolePolicy<>(actions, Collections.unmodifiableMap(copy),
          Collections.unmodifiableSet(candidate));
    }
  }
}
