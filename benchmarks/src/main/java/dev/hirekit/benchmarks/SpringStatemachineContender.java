package dev.hirekit.benchmarks;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.transition.Transition;

/**
 * Spring Statemachine core 4.0.1 without a Spring context: one factory, one started machine per
 * entity, as its users run it. An illegal event is not thrown but refused: {@code sendEvent}
 * returns false.
 *
 * <pre>{@code
 * Contender.Entity app = new SpringStatemachineContender().start("app-1");
 * }</pre>
 */
final class SpringStatemachineContender implements Contender {
  private static final StateMachineFactory<Pipeline.Stage, Pipeline.Move> FACTORY = factory();

  private static StateMachineFactory<Pipeline.Stage, Pipeline.Move> factory() {
    try {
      StateMachineBuilder.Builder<Pipeline.Stage, Pipeline.Move> builder =
          StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates().initial(Pipeline.Stage.APPLIED)
          .states(EnumSet.allOf(Pipeline.Stage.class));
      var transitions = builder.configureTransitions();
      for (Pipeline.Row row : Pipeline.ROWS) {
        transitions.withExternal().source(row.from()).target(row.to()).event(row.move());
      }
      return builder.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("cannot configure Spring Statemachine", e);
    }
  }

  @Override
  public Contender.Entity start(String id) {
    StateMachine<Pipeline.Stage, Pipeline.Move> machine = FACTORY.getStateMachine(id);
    machine.startReactively().block();
    return new Entity(machine);
  }

  private record Entity(StateMachine<Pipeline.Stage, Pipeline.Move> machine)
      implements Contender.Entity {
    @Override
    @SuppressWarnings("deprecation")
    public boolean fire(Pipeline.Move move) {
      return machine.sendEvent(move);
    }

    @Override
    public Set<Pipeline.Move> allowed() {
      Set<Pipeline.Move> moves = EnumSet.noneOf(Pipeline.Move.class);
      Pipeline.Stage state = machine.getState().getId();
      for (Transition<Pipeline.Stage, Pipeline.Move> t : machine.getTransitions()) {
        if (t.getSource().getId() == state) {
          moves.add(t.getTrigger().getEvent());
        }
      }
      return moves;
    }

    @Override
    public Pipeline.Stage state() {
      return machine.getState().getId();
    }
  }
}
