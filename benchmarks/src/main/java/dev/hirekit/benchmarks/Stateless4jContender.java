package dev.hirekit.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * stateless4j 2.6.0: one shared configuration, one machine per entity. An illegal move throws
 * the library's {@code IllegalStateException}.
 *
 * <pre>{@code
 * Contender.Entity app = new Stateless4jContender().start("app-1");
 * }</pre>
 */
final class Stateless4jContender implements Contender {
  private static final StateMachineConfig<Pipeline.Stage, Pipeline.Move> CONFIG =
      new StateMachineConfig<>();

  static {
    for (Pipeline.Row row : Pipeline.ROWS) {
      CONFIG.configure(row.from()).permit(row.move(), row.to());
    }
    for (Pipeline.Stage end : List.of(Pipeline.Stage.HIRED, Pipeline.Stage.REJECTED,
        Pipeline.Stage.WITHDRAWN)) {
      CONFIG.configure(end);
    }
  }

  @Override
  public Contender.Entity start(String id) {
    return new Entity(new StateMachine<>(Pipeline.Stage.APPLIED, CONFIG));
  }

  private record Entity(StateMachine<Pipeline.Stage, Pipeline.Move> machine)
      implements Contender.Entity {
    @Override
    public boolean fire(Pipeline.Move move) {
      machine.fire(move);
      return true;
    }

    @Override
    public Set<Pipeline.Move> allowed() {
      List<Pipeline.Move> moves = machine.getPermittedTriggers();
      return moves.isEmpty() ? EnumSet.noneOf(Pipeline.Move.class) : EnumSet.copyOf(moves);
    }

    @Override
    public Pipeline.Stage state() {
      return machine.getState();
    }
  }
}
