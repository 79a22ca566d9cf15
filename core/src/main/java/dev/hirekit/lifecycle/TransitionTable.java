package dev.hirekit.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of one kind of entity as data: which action leads from which state to which, under
 * which guard, and who may perform it. Immutable and thread-safe; there is one table per kind of
 * entity and no machine object per entity: the entity's state and a context go in, an answer or a
 * target state comes out.
 *
 * <pre>{@code
 * TransitionTable<Light, Switch, Room, String> table = TransitionTable
 *     .<Light, Switch, Room, String>builder("Light", Light.class, Switch.class)
 *     .start(Switch.INSTALL, Light.OFF)
 *     .on(Light.OFF, Switch.FLIP, Light.ON, Guard.when("power", Room::hasPower))
 *     .on(Light.ON, Switch.FLIP, Light.OFF)
 *     .policy((who, action, room) -> room.residents().contains(who) ? Optional.empty()
 *         : Optional.of(who + " does not live in " + room))
 *     .build();
 * table.allowedActions(Light.OFF, "ada", room); // [FLIP] when the room has power
 * Light next = table.fire("light-1", Light.OFF, Switch.FLIP, "ada", room);
 * }</pre>
 *
 * @param <S> the state type
 * @param <A> the action type
 * @param <C> the context the guards and the policy read (the subject)
 * @param <W> who acts: the engine knows nothing of it but passes it to the policy and the guards
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>, C, W> {
  private static final Logger LOG = LoggerFactory.getLogger(TransitionTable.class);

  private final String entity;
  private final Class<S> states;
  private final Class<A> actions;
  private final Map<A, S> starts;
  private final List<Transition<S, A, C, W>> transitions;
  private final Map<S, Map<A, List<Transition<S, A, C, W>>>> index;
  private final Permission<A, ? super C, ? super W> policy;

  private TransitionTable(String entity, Class<S> states, Class<A> actions, Map<A, S> starts,
      List<Transition<S, A, C, W>> transitions, Permission<A, ? super C, ? super W> policy) {
    this.entity = entity;
    this.states = states;
    this.actions = actions;
    this.starts = Collections.unmodifiableMap(new LinkedHashMap<>(starts));
    this.transitions = List.copyOf(transitions);
    this.policy = policy;
    Map<S, Map<A, List<Transition<S, A, C, W>>>> byState = new EnumMap<>(states);
    for (Transition<S, A, C, W> t : transitions) {
      byState.computeIfAbsent(t.from(), s -> new EnumMap<>(actions))
          .computeIfAbsent(t.action(), a -> new ArrayList<>())
          .add(t);
    }
    this.index = byState;
  }

  /**
   * A builder of a table.
   *
   * @param entity the name of the entity kind, used in messages and diagrams
   * @param states the state enum
   * @param actions the action enum
   * @param <S> the state type
   * @param <A> the action type
   * @param <C> the context type
   * @param <W> the type of who acts
   * @return the builder
   */
  public static <S extends Enum<S>, A extends Enum<A>, C, W> Builder<S, A, C, W> builder(
      String entity, Class<S> states, Class<A> actions) {
    return new Builder<>(entity, states, actions);
  }

  /**
   * The name of the entity kind.
   *
   * @return e.g. {@code "Application"}
   */
  public String entity() {
    return entity;
  }

  /**
   * The rows of the table in the order they were declared.
   *
   * @return the transitions
   */
  public List<Transition<S, A, C, W>> transitions() {
    return transitions;
  }

  /**
   * The actions that create an entity, with the state each creates it in.
   *
   * @return creating action to initial state, in declaration order
   */
  public Map<A, S> starts() {
    return starts;
  }

  /**
   * Who may perform which action on which subject, asked before any guard.
   *
   * @return the policy
   */
  public Permission<A, ? super C, ? super W> policy() {
    return policy;
  }

  /**
   * The same table with another policy; the rows are shared, not copied, so this is cheap.
   *
   * @param replacement the policy to use instead
   * @return a new table
   */
  public TransitionTable<S, A, C, W> withPolicy(
      Permission<A, ? super C, ? super W> replacement) {
    return new TransitionTable<>(this, Objects.requireNonNull(replacement, "replacement"));
  }

  /** The same rows, starts and index (immutable, so shared) under another policy. */
  private TransitionTable(TransitionTable<S, A, C, W> rules,
      Permission<A, ? super C, ? super W> policy) {
    this.entity = rules.entity;
    this.states = rules.states;
    this.actions = rules.actions;
    this.starts = rules.starts;
    this.transitions = rules.transitions;
    this.index = rules.index;
    this.policy = policy;
  }

  /**
   * Why an action is not legal now, if it is not.
   *
   * @param state the entity's state
   * @param action the action
   * @param actor who attempts it
   * @param context what the guards read
   * @return empty if legal, otherwise the reason
   */
  public Optional<String> refusal(S state, A action, W actor, C context) {
    return Optional.ofNullable(decide(state, action, actor, context).refusal());
  }

  /** The outcome of one action: the target of the first passing row, or why none passes. */
  private record Decision<S>(S target, String refusal) {}

  private Decision<S> decide(S state, A action, W actor, C context) {
    List<Transition<S, A, C, W>> rows = rows(state, action);
    if (rows.isEmpty()) {
      return new Decision<>(null, "no " + action + " from " + state);
    }
    Optional<String> forbidden = policy.refusal(actor, action, context);
    if (forbidden.isPresent()) {
      return new Decision<>(null, forbidden.get());
    }
    String first = null;
    for (Transition<S, A, C, W> row : rows) {
      Optional<String> refused = row.guard().refusal(context, actor);
      if (refused.isEmpty()) {
        return new Decision<>(row.to(), null);
      }
      if (first == null) {
        first = refused.get();
      }
    }
    return new Decision<>(null, first);
  }

  /**
   * Whether an action is legal now.
   *
   * @param state the entity's state
   * @param action the action
   * @param actor who attempts it
   * @param context what the guards read
   * @return true if {@link #fire} would succeed
   */
  public boolean permits(S state, A action, W actor, C context) {
    return target(state, action, actor, context) != null;
  }

  /**
   * The target of the first row that passes, or null: the success path of {@link #fire} and
   * {@link #permits}, which asks the policy and the guards yes or no and builds no reason.
   */
  private S target(S state, A action, W actor, C context) {
    List<Transition<S, A, C, W>> rows = rows(state, action);
    if (rows.isEmpty() || !policy.allows(actor, action, context)) {
      return null;
    }
    for (int i = 0; i < rows.size(); i++) {
      Transition<S, A, C, W> row = rows.get(i);
      if (row.guard().passes(context, actor)) {
        return row.to();
      }
    }
    return null;
  }

  /**
   * The actions legal now for this actor, in declaration order of the action enum.
   *
   * @param state the entity's state
   * @param actor who would act
   * @param context what the guards read
   * @return the legal actions
   */
  public Set<A> allowedActions(S state, W actor, C context) {
    Set<A> allowed = EnumSet.noneOf(actions);
    for (A action : index.getOrDefault(state, Map.of()).keySet()) {
      if (permits(state, action, actor, context)) {
        allowed.add(action);
      }
    }
    return allowed;
  }

  /**
   * The target state of a legal action, or an exception that explains the refusal.
   *
   * @param entityId the id of the entity, for the message
   * @param state the entity's state
   * @param action the action
   * @param actor who attempts it
   * @param context what the guards read
   * @return the state the action leads to
   * @throws IllegalTransitionException if the action is not legal now
   */
  public S fire(String entityId, S state, A action, W actor, C context) {
    S target = target(state, action, actor, context);
    if (target == null) {
      throw refuse(entityId, state, action, actor, context,
          decide(state, action, actor, context).refusal());
    }
    return target;
  }

  /**
   * Checks a legal action whose target the caller chooses among the rows of the table (e.g. an
   * unhire that leads to withdrawn or to rejected by its reason).
   *
   * @param entityId the id of the entity, for the message
   * @param state the entity's state
   * @param action the action
   * @param target the state the caller wants the action to lead to
   * @param actor who attempts it
   * @param context what the guards read
   * @return {@code target}
   * @throws IllegalTransitionException if no row leads there, or the action is not legal now
   */
  public S fireTo(String entityId, S state, A action, S target, W actor, C context) {
    if (target(state, action, actor, context) == null) {
      throw refuse(entityId, state, action, actor, context,
          decide(state, action, actor, context).refusal());
    }
    for (Transition<S, A, C, W> row : rows(state, action)) {
      if (row.to() == target) {
        if (row.guard().passes(context, actor)) {
          return target;
        }
        throw refuse(entityId, state, action, actor, context,
            row.guard().refusal(context, actor).orElse("requires " + row.guard().description()));
      }
    }
    throw refuse(entityId, state, action, actor, context,
        "no " + action + " from " + state + " to " + target);
  }

  /**
   * An exception for an action refused for a reason found outside the table (e.g. a parameter
   * of the action), listing what the actor may do instead. The refusal is logged at TRACE with
   * the entity, its id and state, the action, the actor and the reason (so the reason, like the
   * exception's message, must hold no personal data).
   *
   * @param entityId the id of the entity
   * @param state the entity's state
   * @param action the action refused
   * @param actor who attempted it
   * @param context what the guards read
   * @param reason why it was refused
   * @return the exception, to throw
   */
  public IllegalTransitionException refuse(String entityId, S state, A action, W actor,
      C context, String reason) {
    List<String> allowed = allowedActions(state, actor, context).stream()
        .map(Enum::name)
        .collect(Collectors.toList());
    LOG.trace("{} {} refused: {}, {} by {}: {}", entity, entityId, state, action, actor, reason);
    return new IllegalTransitionException(entity, entityId, state.name(), action.name(), reason,
        allowed);
  }

  private List<Transition<S, A, C, W>> rows(S state, A action) {
    return index.getOrDefault(state, Map.of()).getOrDefault(action, List.of());
  }

  /**
   * The table as a Mermaid {@code stateDiagram-v2}, deterministic: rows in declaration order,
   * parallel rows between the same two states merged into one edge.
   *
   * @return the diagram source
   */
  public String toMermaid() {
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    starts.forEach((action, to) ->
        out.append("  [*] --> ").append(to.name()).append(" : ").append(action.name())
            .append('\n'));
    edges().forEach((edge, labels) ->
        out.append("  ").append(edge.get(0)).append(" --> ").append(edge.get(1)).append(" : ")
            .append(String.join(", ", labels)).append('\n'));
    return out.toString();
  }

  /**
   * The table as a Graphviz DOT digraph, deterministic like {@link #toMermaid()}.
   *
   * @return the DOT source
   */
  public String toDot() {
    StringBuilder out = new StringBuilder("digraph ").append(entity).append(" {\n")
        .append("  rankdir=LR;\n")
        .append("  start [shape=point];\n");
    for (S state : states.getEnumConstants()) {
      out.append("  ").append(state.name()).append(" [shape=box, style=rounded];\n");
    }
    starts.forEach((action, to) ->
        out.append("  start -> ").append(to.name()).append(" [label=\"").append(action.name())
            .append("\"];\n"));
    edges().forEach((edge, labels) ->
        out.append("  ").append(edge.get(0)).append(" -> ").append(edge.get(1))
            .append(" [label=\"").append(String.join("\\n", labels)).append("\"];\n"));
    return out.append("}\n").toString();
  }

  private Map<List<String>, List<String>> edges() {
    Map<List<String>, List<String>> edges = new LinkedHashMap<>();
    for (Transition<S, A, C, W> t : transitions) {
      String label = t.action().name()
          + (t.guard().description().isEmpty() ? "" : " [" + t.guard().description() + "]");
      List<String> labels = edges.computeIfAbsent(List.of(t.from().name(), t.to().name()),
          k -> new ArrayList<>());
      if (!labels.contains(label)) {
        labels.add(label);
      }
    }
    return edges;
  }

  /** For example {@code TransitionTable[Offer: 14 transitions]}. */
  @Override
  public String toString() {
    return "TransitionTable[" + entity + ": " + transitions.size() + " transitions]";
  }

  /**
   * Builds a {@link TransitionTable}.
   *
   * @param <S> the state type
   * @param <A> the action type
   * @param <C> the context type
   * @param <W> the type of who acts
   */
  public static final class Builder<S extends Enum<S>, A extends Enum<A>, C, W> {
    private final String entity;
    private final Class<S> states;
    private final Class<A> actions;
    private final Map<A, S> starts = new LinkedHashMap<>();
    private final List<Transition<S, A, C, W>> transitions = new ArrayList<>();
    private Permission<A, ? super C, ? super W> policy;

    private Builder(String entity, Class<S> states, Class<A> actions) {
      this.entity = Objects.requireNonNull(entity, "entity");
      this.states = Objects.requireNonNull(states, "states");
      this.actions = Objects.requireNonNull(actions, "actions");
    }

    /**
     * Declares an action that creates an entity in a state.
     *
     * @param action the creating action
     * @param to the initial state
     * @return this builder
     */
    public Builder<S, A, C, W> start(A action, S to) {
      starts.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Declares an unguarded row.
     *
     * @param from the state
     * @param action the action
     * @param to the target state
     * @return this builder
     */
    public Builder<S, A, C, W> on(S from, A action, S to) {
      return on(from, action, to, Guard.always());
    }

    /**
     * Declares a guarded row. Several rows may share a state and action; the first whose guard
     * passes decides the target.
     *
     * @param from the state
     * @param action the action
     * @param to the target state
     * @param guard the guard
     * @return this builder
     */
    public Builder<S, A, C, W> on(S from, A action, S to, Guard<C, W> guard) {
      transitions.add(new Transition<>(from, action, to, guard));
      return this;
    }

    /**
     * Sets who may perform which action.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder<S, A, C, W> policy(Permission<A, ? super C, ? super W> policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The table.
     *
     * @return an immutable table
     * @throws IllegalStateException if no policy was set
     */
    public TransitionTable<S, A, C, W> build() {
      if (policy == null) {
        throw new IllegalStateException("TransitionTable " + entity
            + " needs a policy; call policy(...) before build()");
      }
      return new TransitionTable<>(entity, states, actions, starts, transitions, policy);
    }
  }
}
