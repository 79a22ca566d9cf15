package dev.hirekit.benchmarks;

import java.util.Set;

/**
 * A lifecycle library under comparison: it starts entities in {@link Pipeline.Stage#APPLIED}
 * that then move by the rules of {@link Pipeline#ROWS}.
 *
 * <pre>{@code
 * Contender.Entity app = Contender.named("stateless4j").start("app-1");
 * app.fire(Pipeline.Move.ADVANCE);
 * }</pre>
 */
public interface Contender {
  /**
   * A new entity in the first state; its machine, where the library has one per entity.
   *
   * @param id the entity's id
   * @return the entity
   */
  Entity start(String id);

  /** One entity and the moves it can make. */
  interface Entity {
    /**
     * Makes a move; an illegal one throws (or, where the library refuses without throwing,
     * returns false).
     *
     * @param move the move
     * @return whether the move was taken
     */
    boolean fire(Pipeline.Move move);

    /**
     * The moves legal now.
     *
     * @return the moves
     */
    Set<Pipeline.Move> allowed();

    /**
     * The current state.
     *
     * @return the state
     */
    Pipeline.Stage state();
  }

  /**
   * A contender by name: {@code enum-map}, {@code stateless4j}, {@code spring-statemachine} or
   * {@code hirekit-engine}.
   *
   * @param name the name
   * @return the contender
   */
  static Contender named(String name) {
    switch (name) {
      case "enum-map":
        return new EnumMapContender();
      case "stateless4j":
        return new Stateless4jContender();
      case "spring-statemachine":
        return new SpringStatemachineContender();
      case "hirekit-engine":
        return new EngineContender();
      default:
        throw new IllegalArgumentException("no contender " + name);
    }
  }
}
