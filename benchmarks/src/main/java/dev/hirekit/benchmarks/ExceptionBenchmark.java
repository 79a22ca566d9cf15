package dev.hirekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The yardstick of W3: a plain exception with a message built from the state, thrown by a method
 * that is not inlined (so it has a stack trace to fill, as a library's refusal does) and caught.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ExceptionBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExceptionBenchmark {
  private Pipeline.Stage state = Pipeline.Stage.ONSITE;

  /**
   * A plain exception thrown and caught.
   *
   * @return its message
   */
  @Benchmark
  public String plainException() {
    try {
      refuse(state, Pipeline.Move.HIRE);
      return null;
    } catch (IllegalStateException refused) {
      return refused.getMessage();
    }
  }

  @CompilerControl(CompilerControl.Mode.DONT_INLINE)
  private static void refuse(Pipeline.Stage state, Pipeline.Move move) {
    throw new IllegalStateException("no " + move + " from " + state);
  }
}
