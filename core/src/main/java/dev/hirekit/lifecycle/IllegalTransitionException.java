package dev.hirekit.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when an action is not legal for an entity now: no transition from its state, the actor
 * may not perform it, or a guard refuses. The entity is left unchanged.
 *
 * <p>The message names the entity and its id, its state, the attempted action, why it was refused
 * and the actions the same actor may perform instead, e.g. {@code Application app-7 is REJECTED:
 * cannot ADVANCE (no ADVANCE from REJECTED); allowed now: [REOPEN]}.
 *
 * <pre>{@code
 * try {
 *   application = application.advance(recruiter, at);
 * } catch (IllegalTransitionException e) {
 *   e.state();   // "REJECTED"
 *   e.allowed(); // ["REOPEN"]
 * }
 * }</pre>
 */
public class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The kind of entity, e.g. "Application". */
  private final String entity;

  /** The id of the entity. */
  private final String entityId;

  /** The state the entity was in. */
  private final String state;

  /** The action attempted. */
  private final String action;

  /** The reason for the refusal. */
  private final String reason;

  /** The actions the actor may perform instead (a serializable list type). */
  private final ArrayList<String> allowed;

  /**
   * Creates the exception.
   *
   * @param entity the kind of entity, e.g. {@code "Application"}
   * @param entityId the entity's id
   * @param state the state it is in
   * @param action the action attempted
   * @param reason why the action was refused
   * @param allowed the actions the same actor may perform now
   */
  public IllegalTransitionException(String entity, String entityId, String state, String action,
      String reason, List<String> allowed) {
    super(entity + " " + entityId + " is " + state + ": cannot " + action + " (" + reason
        + "); allowed now: " + allowed);
    this.entity = Objects.requireNonNull(entity, "entity");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.state = Objects.requireNonNull(state, "state");
    this.action = Objects.requireNonNull(action, "action");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.allowed = new ArrayList<>(allowed);
  }

  /**
   * The kind of entity.
   *
   * @return e.g. {@code "Offer"}
   */
  public String entity() {
    return entity;
  }

  /**
   * The entity's id.
   *
   * @return the id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * The state the entity is in (and stays in).
   *
   * @return the state's name
   */
  public String state() {
    return state;
  }

  /**
   * The action that was refused.
   *
   * @return the action's name
   */
  public String action() {
    return action;
  }

  /**
   * Why the action was refused.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * The actions the same actor may perform now.
   *
   * @return action names, in declaration order
   */
  public List<String> allowed() {
    return Collections.unmodifiableList(allowed);
  }
}
