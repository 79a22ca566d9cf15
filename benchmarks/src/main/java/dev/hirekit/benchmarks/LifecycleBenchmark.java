package dev.hirekit.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1-W4 for each lifecycle library on the same pipeline ({@link Pipeline}): a full hire from a
 * new entity (W1), an early rejection (W2), an illegal move thrown and caught (W3) and the legal
 * moves of an entity at the onsite stage (W4).
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LifecycleBenchmark -p contender=stateless4j
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifecycleBenchmark {
  private static final Pipeline.Move[] FULL_HIRE =
      Pipeline.FULL_HIRE.toArray(new Pipeline.Move[0]);

  /** The library. */
  @Param({"enum-map", "stateless4j", "spring-statemachine", "hirekit-engine"})
  public String contender;

  private Contender machines;
  private Contender.Entity onsite;

  /** Builds the contender and an entity at the onsite stage. */
  @Setup
  public void setUp() {
    machines = Contender.named(contender);
    onsite = machines.start("app-onsite");
    for (int i = 0; i < 3; i++) {
      onsite.fire(Pipeline.Move.ADVANCE);
    }
  }

  /**
   * W1: a new entity hired through five advances and the hire.
   *
   * @return the final state
   */
  @Benchmark
  public Pipeline.Stage fullHire() {
    Contender.Entity app = machines.start("app-1");
    for (Pipeline.Move move : FULL_HIRE) {
      app.fire(move);
    }
    return app.state();
  }

  /**
   * W2: a new entity advanced to the screen and rejected there.
   *
   * @return the final state
   */
  @Benchmark
  public Pipeline.Stage rejectEarly() {
    Contender.Entity app = machines.start("app-1");
    app.fire(Pipeline.Move.ADVANCE);
    app.fire(Pipeline.Move.REJECT);
    return app.state();
  }

  /**
   * W3: hiring from the onsite stage, refused; the exception's message is read.
   *
   * @return the message, or whether the library took the move where it refuses without throwing
   */
  @Benchmark
  public Object illegalAttempt() {
    try {
      return onsite.fire(Pipeline.Move.HIRE);
    } catch (RuntimeException refused) {
      return refused.getMessage();
    }
  }

  /**
   * W4: the legal moves at the onsite stage.
   *
   * @return the moves
   */
  @Benchmark
  public Set<Pipeline.Move> allowedActions() {
    return onsite.allowed();
  }
}
