package dev.hirekit.benchmarks;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.OfferId;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * W1-W4 through Hirekit's {@code Application} aggregate and its public API: every call checks
 * the rules and the permissions and records an event with who and when; the full hire also
 * drafts, extends and accepts an offer and fills the role's opening.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ApplicationBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ApplicationBenchmark {
  private static final RejectionReason NOT_A_FIT =
      RejectionReason.of(RejectionSide.WE_REJECTED, "not-a-fit");

  private Application onsite;
  private Actor recruiter;

  /** An application at the onsite stage. */
  @Setup
  public void setUp() {
    recruiter = PipelineRole.RECRUITER;
    Application app = PipelineRole.apply("app-onsite", "cand-onsite");
    for (int i = 0; i < 3; i++) {
      app = app.advance(recruiter, PipelineRole.minute(2 + i));
    }
    onsite = app;
  }

  /**
   * W1: ten calls, ten events, one offer.
   *
   * @return the hired application
   */
  @Benchmark
  public Application fullHire() {
    return PipelineRole.fullHire("app-1", "cand-1");
  }

  /**
   * W2: applied, advanced to the screen, rejected there.
   *
   * @return the rejected application
   */
  @Benchmark
  public Application rejectEarly() {
    return PipelineRole.apply("app-1", "cand-1")
        .advance(recruiter, PipelineRole.minute(2))
        .reject(recruiter, PipelineRole.minute(3), NOT_A_FIT);
  }

  /**
   * W3: an offer drafted at the onsite stage, refused; the message is read.
   *
   * @return the message
   */
  @Benchmark
  public String illegalAttempt() {
    try {
      onsite.draftOffer(recruiter, PipelineRole.minute(6), OfferId.of("offer-1"),
          PipelineRole.TERMS, PipelineRole.minute(6).plus(Duration.ofDays(7)),
          ApprovalChain.none());
      return null;
    } catch (IllegalTransitionException refused) {
      return refused.getMessage();
    }
  }

  /**
   * W4: what the recruiter may do at the onsite stage.
   *
   * @return the actions
   */
  @Benchmark
  public Set<ApplicationAction> allowedActions() {
    return onsite.allowedActions(recruiter);
  }
}
