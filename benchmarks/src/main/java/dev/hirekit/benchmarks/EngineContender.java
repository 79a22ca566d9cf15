package dev.hirekit.benchmarks;

import dev.hirekit.lifecycle.TransitionTable;
import java.util.Optional;
import java.util.Set;

/**
 * Hirekit's engine, {@link TransitionTable}, on the same rows: one table for every entity, an
 * entity holding its id and state. An illegal move throws {@code IllegalTransitionException}
 * with the reason and the allowed moves.
 *
 * <pre>{@code
 * Contender.Entity app = new EngineContender().start("app-1");
 * }</pre>
 */
final class EngineContender implements Contender {
  private static final TransitionTable<Pipeline.Stage, Pipeline.Move, Object, String> TABLE;

  static {
    TransitionTable.Builder<Pipeline.Stage, Pipeline.Move, Object, String> builder =
        TransitionTable.<Pipeline.Stage, Pipeline.Move, Object, String>builder("Application",
            Pipeline.Stage.class, Pipeline.Move.class);
    for (Pipeline.Row row : Pipeline.ROWS) {
      builder.on(row.from(), row.move(), row.to());
    }
    TABLE = builder.policy((who, move, subject) -> Optional.empty()).build();
  }

  private static final String ACTOR = "recruiter";

  @Override
  public Contender.Entity start(String id) {
    return new Entity(id);
  }

  private static final class Entity implements Contender.Entity {
    private final String id;
    private Pipeline.Stage state = Pipeline.Stage.APPLIED;

    Entity(String id) {
      this.id = id;
    }

    @Override
    public boolean fire(Pipeline.Move move) {
      state = TABLE.fire(id, state, move, ACTOR, this);
      return true;
    }

    @Override
    public Set<Pipeline.Move> allowed() {
      return TABLE.allowedActions(state, ACTOR, this);
    }

    @Override
    public Pipeline.Stage state() {
      return state;
    }
  }
}
