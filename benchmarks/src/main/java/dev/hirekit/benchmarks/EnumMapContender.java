package dev.hirekit.benchmarks;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The floor: a hand-written {@code EnumMap} table and an entity holding its state. An illegal
 * move returns false; nothing is recorded, checked or explained.
 *
 * <pre>{@code
 * Contender.Entity app = new EnumMapContender().start("app-1");
 * }</pre>
 */
final class EnumMapContender implements Contender {
  private static final Map<Pipeline.Stage, Map<Pipeline.Move, Pipeline.Stage>> TABLE =
      new EnumMap<>(Pipeline.Stage.class);

  static {
    for (Pipeline.Stage stage : Pipeline.Stage.values()) {
      TABLE.put(stage, new EnumMap<>(Pipeline.Move.class));
    }
    for (Pipeline.Row row : Pipeline.ROWS) {
      TABLE.get(row.from()).put(row.move(), row.to());
    }
  }

  @Override
  public Contender.Entity start(String id) {
    return new Entity();
  }

  private static final class Entity implements Contender.Entity {
    private Pipeline.Stage state = Pipeline.Stage.APPLIED;

    @Override
    public boolean fire(Pipeline.Move move) {
      Pipeline.Stage to = TABLE.get(state).get(move);
      if (to == null) {
        return false;
      }
      state = to;
      return true;
    }

    @Override
    public Set<Pipeline.Move> allowed() {
      Map<Pipeline.Move, Pipeline.Stage> moves = TABLE.get(state);
      return moves.isEmpty() ? EnumSet.noneOf(Pipeline.Move.class)
          : EnumSet.copyOf(moves.keySet());
    }

    @Override
    public Pipeline.Stage state() {
      return state;
    }
  }
}
