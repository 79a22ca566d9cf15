package dev.hirekit.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.StageId;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.report.ReportTally;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * R: a pipeline report over many generated applications with a small heap, fed event by event
 * to one {@link ReportTally}; reports events and applications per second of the report alone,
 * the peak heap used and what the tally and its report keep, then the report's tables.
 *
 * <p>The applications are generated streaming, one at a time, through the public API (as S builds
 * them), and dropped once their events are fed: nothing holds all of them and nothing is written to
 * a file, so the figures are the report's, not a parser's (S measures reading events from JSON
 * Lines, where parsing and replaying take the time). Application {@code i} (ids {@code app-%08d}
 * and {@code cand-%08d} of {@code i}) applies to {@link PipelineRole#ROLE} {@code 30 i} seconds
 * after {@link PipelineRole#OPENED}; a {@link SplittableRandom} of a fixed seed decides, stage
 * after stage, whether it stays open there, is withdrawn, is rejected (by a reason code of that
 * stage, a few on the side {@code OTHER}), advances, or, once, is moved back from the onsite to the
 * take-home or reopened after a rejection; the time spent in each stage is exponential with a mean
 * per stage (a day and a half to five days). At the offer stage an offer is drafted and extended,
 * then left unanswered, declined (and the application withdrawn) or accepted, and an accepted offer
 * is hired through {@link Staffing} (every hire against the role as it is, whose one opening is
 * open, as in S) or left not yet hired; a few hires are then undone, the candidate reneging.
 * Candidates' sources come from a lookup on the candidate id ({@link
 * ReportQuery.Builder#sources(java.util.function.Function)}; about 7 % unknown), and referred or
 * internal candidates are rejected less often, so the source yield differs by source.
 *
 * <p>Timing: {@link System#nanoTime()} is read before and after the calls of {@link
 * ReportTally#add(ApplicationEvent)} of each application's events (one pair per application,
 * not per event), and around {@link ReportTally#report()}; their sum is the report's time,
 * which therefore holds the tally's work and the loop over each history, not the generation.
 * The pair's own cost is measured first and printed (it is included in the report's time).
 * HotSpot's count of the bytes the thread allocated is read just outside each pair, which gives
 * the bytes the tally allocates per event (garbage, not retained). The peak heap is S's: the
 * sum of the peak usage of every heap memory pool, after a collection and a reset before the
 * run, an upper bound (each pool peaks at its own moment) dominated by the generation's
 * garbage. What the tally and its report keep is the heap used after a collection at the end
 * while they are reachable, minus the heap used after a collection once they are not. The run
 * checks that the report counts every application and every hire it generated.
 *
 * <pre>{@code
 * java -Xmx32m -cp benchmarks/target/benchmarks.jar dev.hirekit.benchmarks.ReportOverEvents \
 *     1000000
 * }</pre>
 */
public final class ReportOverEvents {
  private static final long SEED = 20261201L;
  private static final StageId TAKE_HOME = StageId.of("take-home");
  /** The index of the offer stage in {@link PipelineRole#PLAN}. */
  private static final int OFFER = 5;
  /** The index of the onsite stage, from which some applications are moved back. */
  private static final int ONSITE = 3;
  /** Per stage before the offer: the mean hours spent there. */
  private static final double[] MEAN_HOURS = {36, 72, 120, 96, 48};
  /** Per stage: the chance of being still there at the end. */
  private static final double OPEN = 0.02;
  /** Per stage: the chance of a withdrawal. */
  private static final double[] WITHDRAW = {0.01, 0.04, 0.06, 0.03, 0.01};
  /** Per stage: the chance of a rejection (60 % of it for a referred or internal candidate). */
  private static final double[] REJECT = {0.45, 0.30, 0.35, 0.45, 0.05};
  /** Per stage: the reasons of its rejections, one drawn at random. */
  private static final RejectionReason[][] REASONS = {
      {reason(RejectionSide.WE_REJECTED, "experience"),
          reason(RejectionSide.WE_REJECTED, "location"),
          reason(RejectionSide.OTHER, "duplicate")},
      {reason(RejectionSide.WE_REJECTED, "communication"),
          reason(RejectionSide.WE_REJECTED, "salary-expectations")},
      {reason(RejectionSide.WE_REJECTED, "assessment")},
      {reason(RejectionSide.WE_REJECTED, "technical-bar"),
          reason(RejectionSide.WE_REJECTED, "team-fit")},
      {reason(RejectionSide.WE_REJECTED, "references")}};
  /** The source of a candidate by a hash of its id in [0, 100): 7 % unknown. */
  private static final List<Optional<SourceKind>> SOURCE_BY_PERCENT = sourceTable();

  private ReportOverEvents() {}

  /**
   * Generates the applications, feeds their events to one tally, and prints the figures and the
   * report's tables.
   *
   * @param args the number of applications (default 1,000,000)
   * @throws IllegalStateException if the report does not count every application and hire
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    if (count < 1) {
      throw new IllegalArgumentException("R: count " + count + "; give at least 1");
    }
    double timerNanos = timerPairNanos();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool);
      }
    }
    liveHeap();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    Run run = run(count);

    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    // The tally and its report are unreachable now: what they kept is the difference.
    long kept = run.liveWithTally() - liveHeap();
    double seconds = run.reportNanos() / 1e9;
    System.out.printf(Locale.ROOT, "R: %,d applications (%s), %,d events (%.2f per"
            + " application)%n", count, statuses(run.byStatus()), run.events(),
        (double) run.events() / count);
    System.out.printf(Locale.ROOT, "R: report alone %.2f s: %,.0f events/s, %,.0f"
            + " applications/s (a nanoTime pair, %.0f ns, per application included); %,.0f"
            + " bytes allocated per event%n", seconds, run.events() / seconds, count / seconds,
        timerNanos, (double) run.reportBytes() / run.events());
    System.out.printf(Locale.ROOT, "R: generation and report %.2f s%n", run.totalNanos() / 1e9);
    System.out.printf(Locale.ROOT, "R: peak heap used %.1f MB, max heap (-Xmx) %.1f MB; kept by"
            + " the tally and its report %,.1f KB; GC %s%n%n",
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, kept / 1024.0,
        collectors());
    System.out.print(run.tables());
  }

  /** What one run measured, and the report's tables. */
  private record Run(Map<ApplicationStatus, Long> byStatus, long events, long reportNanos,
      long reportBytes, long totalNanos, long liveWithTally, String tables) {}

  /**
   * Generates {@code count} applications and feeds their events to one tally; checks and renders
   * the report, and measures the heap live while the tally and the report still are.
   */
  private static Run run(int count) {
    ReportQuery query = ReportQuery.builder().sources(ReportOverEvents::sourceOf).build();
    ReportTally tally = query.tally();
    SplittableRandom random = new SplittableRandom(SEED);
    Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long events = 0;
    long reportNanos = 0;
    long reportBytes = 0;
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Application application = generate(i, random);
      List<ApplicationEvent> history = application.history();
      long a0 = threads.getCurrentThreadAllocatedBytes();
      long t0 = System.nanoTime();
      for (ApplicationEvent event : history) {
        tally.add(event);
      }
      reportNanos += System.nanoTime() - t0;
      reportBytes += threads.getCurrentThreadAllocatedBytes() - a0;
      events += history.size();
      byStatus.merge(application.status(), 1L, Long::sum);
    }
    long a0 = threads.getCurrentThreadAllocatedBytes();
    long t0 = System.nanoTime();
    PipelineReport report = tally.report();
    reportNanos += System.nanoTime() - t0;
    reportBytes += threads.getCurrentThreadAllocatedBytes() - a0;
    long totalNanos = System.nanoTime() - started;

    long hired = byStatus.getOrDefault(ApplicationStatus.HIRED, 0L);
    if (report.applications() != count || report.hires() != hired) {
      throw new IllegalStateException("R: the report counts " + report.applications()
          + " applications and " + report.hires() + " hires; generated " + count + " and "
          + hired);
    }
    String tables = report.funnelTable() + "\n" + report.timeInStageTable() + "\n"
        + report.offersTable() + "\n" + report.sourcesTable();
    long liveWithTally = liveHeap();
    Reference.reachabilityFence(tally);
    Reference.reachabilityFence(report);
    return new Run(byStatus, events, reportNanos, reportBytes, totalNanos, liveWithTally,
        tables);
  }

  /**
   * The source of a candidate, from a hash of its id; what a lookup in a candidate table would
   * answer.
   */
  private static Optional<SourceKind> sourceOf(CandidateId candidate) {
    int h = candidate.value().hashCode() * 0x9E3779B9;
    h ^= h >>> 16;
    return SOURCE_BY_PERCENT.get(Math.floorMod(h, 100));
  }

  private static List<Optional<SourceKind>> sourceTable() {
    List<Optional<SourceKind>> table = new ArrayList<>();
    addSource(table, SourceKind.APPLIED, 45);
    addSource(table, SourceKind.REFERRAL, 15);
    addSource(table, SourceKind.SOURCED, 15);
    addSource(table, SourceKind.AGENCY, 8);
    addSource(table, SourceKind.INTERNAL, 5);
    addSource(table, SourceKind.EVENT, 5);
    while (table.size() < 100) {
      table.add(Optional.empty());
    }
    return List.copyOf(table);
  }

  private static void addSource(List<Optional<SourceKind>> table, SourceKind kind, int percent) {
    for (int i = 0; i < percent; i++) {
      table.add(Optional.of(kind));
    }
  }

  private static RejectionReason reason(RejectionSide side, String code) {
    return RejectionReason.of(side, code);
  }

  /** Application {@code i}, its course drawn from {@code random}. */
  private static Application generate(int i, SplittableRandom random) {
    String id = String.format(Locale.ROOT, "app-%08d", i);
    CandidateId who = CandidateId.of(String.format(Locale.ROOT, "cand-%08d", i));
    Optional<SourceKind> source = sourceOf(who);
    boolean strong = source.isPresent()
        && (source.get() == SourceKind.REFERRAL || source.get() == SourceKind.INTERNAL);
    Actor candidate = Actor.candidate(who);
    Actor recruiter = PipelineRole.RECRUITER;
    Instant at = PipelineRole.OPENED.plusSeconds(30L * i);
    Application app = Application.apply(ApplicationId.of(id), who, PipelineRole.ROLE, candidate,
        at);
    boolean movedBack = false;
    boolean reopened = false;
    int stage = 0;
    while (stage < OFFER) {
      at = later(at, random, MEAN_HOURS[stage]);
      double u = random.nextDouble();
      if (u < OPEN) {
        return app;
      }
      u -= OPEN;
      if (u < WITHDRAW[stage]) {
        return app.withdraw(candidate, at, "took another offer");
      }
      u -= WITHDRAW[stage];
      if (u < REJECT[stage] * (strong ? 0.6 : 1.0)) {
        RejectionReason[] reasons = REASONS[stage];
        app = app.reject(recruiter, at, reasons[random.nextInt(reasons.length)]);
        if (reopened || random.nextDouble() >= 0.02) {
          return app;
        }
        reopened = true;
        at = later(at, random, 24);
        app = app.reopen(recruiter, at, "second look");
        continue;
      }
      if (stage == ONSITE && !movedBack && random.nextDouble() < 0.05) {
        movedBack = true;
        app = app.moveTo(recruiter, at, TAKE_HOME);
        stage = ONSITE - 1;
        continue;
      }
      app = app.advance(recruiter, at);
      stage++;
    }
    return offer(app, id, candidate, later(at, random, 24), random);
  }

  /** The offer stage: an offer drafted and extended, then its answer, and maybe the hire. */
  private static Application offer(Application atOffer, String id, Actor candidate,
      Instant drafted, SplittableRandom random) {
    Actor recruiter = PipelineRole.RECRUITER;
    Instant expires = drafted.plus(Duration.ofDays(14));
    Instant extended = before(later(drafted, random, 12), expires);
    Application app = atOffer.draftOffer(recruiter, drafted, OfferId.of(id + "-offer"),
            PipelineRole.TERMS, expires, ApprovalChain.none())
        .extendOffer(recruiter, extended);
    Instant answered = before(later(extended, random, 48), expires);
    double u = random.nextDouble();
    if (u < 0.04) {
      return app;
    }
    if (u < 0.16) {
      return app.declineOffer(candidate, answered, "compensation")
          .withdraw(candidate, later(answered, random, 2), "declined the offer");
    }
    app = app.acceptOffer(candidate, answered);
    if (u < 0.24) {
      return app;
    }
    Instant hiredAt = later(answered, random, 24);
    Staffing.Staffed hired = Staffing.hire(PipelineRole.ROLE, app, recruiter, hiredAt,
        PipelineRole.OPENING);
    if (random.nextDouble() >= 0.01) {
      return hired.application();
    }
    return Staffing.unhire(hired.role(), hired.application(), recruiter,
        later(hiredAt, random, 72), UnhireReason.CANDIDATE_RENEGED, "took a counter-offer")
        .application();
  }

  /** An exponential wait of this mean after {@code at}, at least a minute. */
  private static Instant later(Instant at, SplittableRandom random, double meanHours) {
    double hours = -Math.log(1 - random.nextDouble()) * meanHours;
    return at.plusSeconds(60 + (long) (hours * 3600));
  }

  /** {@code at}, or an hour before {@code limit} if it is not that early. */
  private static Instant before(Instant at, Instant limit) {
    Instant latest = limit.minus(Duration.ofHours(1));
    return at.isBefore(latest) ? at : latest;
  }

  /** The cost of one pair of {@link System#nanoTime()} reads, in nanoseconds. */
  private static double timerPairNanos() {
    int pairs = 1_000_000;
    long sink = 0;
    long started = System.nanoTime();
    for (int i = 0; i < pairs; i++) {
      long t0 = System.nanoTime();
      sink += System.nanoTime() - t0;
    }
    long elapsed = System.nanoTime() - started;
    if (sink < 0) {
      System.out.println(sink);
    }
    return (double) elapsed / pairs;
  }

  /** The heap used after a collection. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String collectors() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
  }

  private static String statuses(Map<ApplicationStatus, Long> byStatus) {
    StringBuilder text = new StringBuilder();
    byStatus.forEach((status, n) -> text.append(text.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%,d ", n))
        .append(status.name().toLowerCase(Locale.ROOT)));
    return text.toString();
  }
}
