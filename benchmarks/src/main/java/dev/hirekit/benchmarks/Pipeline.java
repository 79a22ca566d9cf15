package dev.hirekit.benchmarks;

import java.util.List;

/**
 * The pipeline every contender runs: applied, screen, take-home, onsite, references, offer,
 * hired, with reject and withdraw from every open stage. Each contender builds its machine from
 * {@link #ROWS}, so all run the same rules.
 *
 * <pre>{@code
 * for (Pipeline.Row row : Pipeline.ROWS) { table.on(row.from(), row.move(), row.to()); }
 * }</pre>
 */
public final class Pipeline {
  /** A state of an application in the pipeline. */
  public enum Stage { APPLIED, SCREEN, TAKE_HOME, ONSITE, REFERENCES, OFFER, HIRED, REJECTED,
    WITHDRAWN }

  /** A move of an application. */
  public enum Move { ADVANCE, HIRE, REJECT, WITHDRAW }

  /**
   * One legal move.
   *
   * @param from the state it leaves
   * @param move the move
   * @param to the state it reaches
   */
  public record Row(Stage from, Move move, Stage to) {}

  /** Every legal move, in order. */
  public static final List<Row> ROWS = List.of(
      new Row(Stage.APPLIED, Move.ADVANCE, Stage.SCREEN),
      new Row(Stage.SCREEN, Move.ADVANCE, Stage.TAKE_HOME),
      new Row(Stage.TAKE_HOME, Move.ADVANCE, Stage.ONSITE),
      new Row(Stage.ONSITE, Move.ADVANCE, Stage.REFERENCES),
      new Row(Stage.REFERENCES, Move.ADVANCE, Stage.OFFER),
      new Row(Stage.OFFER, Move.HIRE, Stage.HIRED),
      new Row(Stage.APPLIED, Move.REJECT, Stage.REJECTED),
      new Row(Stage.SCREEN, Move.REJECT, Stage.REJECTED),
      new Row(Stage.TAKE_HOME, Move.REJECT, Stage.REJECTED),
      new Row(Stage.ONSITE, Move.REJECT, Stage.REJECTED),
      new Row(Stage.REFERENCES, Move.REJECT, Stage.REJECTED),
      new Row(Stage.OFFER, Move.REJECT, Stage.REJECTED),
      new Row(Stage.APPLIED, Move.WITHDRAW, Stage.WITHDRAWN),
      new Row(Stage.SCREEN, Move.WITHDRAW, Stage.WITHDRAWN),
      new Row(Stage.TAKE_HOME, Move.WITHDRAW, Stage.WITHDRAWN),
      new Row(Stage.ONSITE, Move.WITHDRAW, Stage.WITHDRAWN),
      new Row(Stage.REFERENCES, Move.WITHDRAW, Stage.WITHDRAWN),
      new Row(Stage.OFFER, Move.WITHDRAW, Stage.WITHDRAWN));

  /** The moves of a full hire from {@link Stage#APPLIED}: five advances and the hire. */
  public static final List<Move> FULL_HIRE = List.of(Move.ADVANCE, Move.ADVANCE, Move.ADVANCE,
      Move.ADVANCE, Move.ADVANCE, Move.HIRE);

  private Pipeline() {}
}
