package dev.hirekit.examples.service;

import dev.hirekit.lifecycle.IllegalTransitionException;
import java.util.List;
import java.util.Map;

/**
 * Hirekit refused an action (an {@link IllegalTransitionException}), with what the caller may do
 * instead, as the API lists it; a 409 problem.
 */
public final class RefusedAction extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient IllegalTransitionException refusal;
  private final transient List<Map<String, Object>> allowedActions;

  /**
   * A refusal.
   *
   * @param refusal Hirekit's refusal
   * @param allowedActions what the caller may do now
   */
  public RefusedAction(IllegalTransitionException refusal,
      List<Map<String, Object>> allowedActions) {
    super(refusal.getMessage(), refusal, false, false);
    this.refusal = refusal;
    this.allowedActions = List.copyOf(allowedActions);
  }

  /**
   * Hirekit's refusal.
   *
   * @return the exception
   */
  public IllegalTransitionException refusal() {
    return refusal;
  }

  /**
   * What the caller may do now.
   *
   * @return the actions
   */
  public List<Map<String, Object>> allowedActions() {
    return allowedActions;
  }
}
