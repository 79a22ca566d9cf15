package dev.hirekit.benchmarks;

import dev.hirekit.application.Application;
import dev.hirekit.plan.StageId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * H: one action on an application whose history holds 10 to 10,000 events; the cost must not
 * grow with the history.
 *
 * <p>{@link #advance} acts as a service does after loading an application: each action appends
 * to the newest version (an advance, or a move back to the first stage, in turn), and every
 * {@code events / 10} actions (at least 2) the application starts again from the loaded one.
 * {@link #actOnAnOlderVersion} acts again and again on one version that was already acted on: a
 * branch, whose history is then copied.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar HistoryBenchmark -p events=10,10000
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HistoryBenchmark {
  /** How many events the application's history holds. */
  @Param({"10", "100", "1000", "10000"})
  public int events;

  private Application loaded;
  private Application app;
  private StageId first;
  private int window;
  private int acted;
  private int minute;

  /**
   * Applies, then advances to the screen and moves back to the first stage until the history
   * holds {@link #events} events, then replays it from its history as a store would.
   */
  @Setup
  public void setUp() {
    Application built = PipelineRole.apply("app-long", "cand-long");
    first = PipelineRole.PLAN.stages().get(0).id();
    minute = 2;
    while (built.history().size() + 2 <= events) {
      built = built.advance(PipelineRole.RECRUITER, PipelineRole.minute(minute++))
          .moveTo(PipelineRole.RECRUITER, PipelineRole.minute(minute++), first);
    }
    while (built.history().size() < events) {
      built = built.advance(PipelineRole.RECRUITER, PipelineRole.minute(minute++));
    }
    loaded = Application.replay(List.copyOf(built.history()));
    app = loaded;
    window = Math.max(2, events / 10);
  }

  /**
   * One action on the newest version.
   *
   * @return the application after it
   */
  @Benchmark
  public Application advance() {
    if (acted == window) {
      app = loaded;
      acted = 0;
    }
    acted++;
    Instant at = PipelineRole.minute(minute++);
    app = app.stage().equals(Optional.of(first)) ? app.advance(PipelineRole.RECRUITER, at)
        : app.moveTo(PipelineRole.RECRUITER, at, first);
    return app;
  }

  /**
   * One advance on a version that was acted on before.
   *
   * @return the application after it
   */
  @Benchmark
  public Application actOnAnOlderVersion() {
    return loaded.advance(PipelineRole.RECRUITER, PipelineRole.minute(events * 2 + 10));
  }
}
