package dev.hirekit.benchmarks;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.offer.OfferId;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * S: replays many applications from a JSON Lines file of their events, one event per line, with
 * a small heap; reports events and applications per second and the peak heap used.
 *
 * <p>The file holds the applications one after the other, each application's events
 * consecutive and in sequence order, each event written alone by Hirekit's Jackson 3 module. If
 * it is missing, or its companion {@code <file>.count} does not name the count asked for (a
 * file without one is rewritten), it is written first, streaming: each application is built
 * through the public API, its events written, and it is dropped. Application {@code i} (ids
 * {@code app-%08d} and {@code cand-%08d} of {@code i}) starts {@code i} seconds after {@link
 * PipelineRole#OPENED} and acts once a minute; by {@code i % 10} it is: 0 to 4, hired (apply,
 * five advances, an offer drafted, extended and accepted, the hire through {@link Staffing}, ten
 * events); 5, an accepted offer not yet hired (nine events, active); 6 and 7, rejected at the
 * screen (three events); 8, withdrawn at the take-home (four events); 9, rejected at the onsite
 * (five events): 7.4 events per application. Every hire is made against {@link
 * PipelineRole#ROLE} as it is, whose one opening is open: a {@code Role} is immutable and the
 * role filled by a hire is dropped, so every hired application's history is valid on its own,
 * although in one real role the opening could be filled only once.
 *
 * <p>Then, timed with {@link System#nanoTime()}, it reads the file line by line, parses each
 * line as an {@link ApplicationEvent} with the same module, collects the events of one
 * application and, when the application id changes, rebuilds it with the checked {@link
 * Application#replay(List)} (or, given {@code load}, the trusted {@link HiringPolicy#load}) and
 * drops it. The peak heap is the sum of the peak usage of every heap memory pool after a
 * collection and a reset once writing is done: an upper bound, each pool peaking at its own
 * moment. The one-line summary is printed and also written to {@code replay-from-jsonlines.txt}
 * beside the file.
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar dev.hirekit.benchmarks.ReplayFromJsonLines \
 *     1000000 benchmarks/target/applications-1000000.jsonl replay
 * }</pre>
 */
public final class ReplayFromJsonLines {
  private static final RejectionReason NOT_A_FIT =
      RejectionReason.of(RejectionSide.WE_REJECTED, "not-a-fit");
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new HirekitModule()).build();

  private ReplayFromJsonLines() {}

  /**
   * Writes the file if needed, then replays it and prints the summary.
   *
   * @param args the number of applications (default 1,000,000); the file (default {@code
   *     benchmarks/target/applications-<count>.jsonl} when {@code benchmarks/target} exists,
   *     {@code target/applications-<count>.jsonl} otherwise); {@code replay} (the default) or
   *     {@code load}
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file = args.length > 1 ? Path.of(args[1]) : defaultFile(count);
    String mode = args.length > 2 ? args[2] : "replay";
    Function<List<ApplicationEvent>, Application> rebuild = switch (mode) {
      case "replay" -> Application::replay;
      case "load" -> HiringPolicy.roles()::load;
      default -> throw new IllegalArgumentException("mode " + mode + ": replay or load");
    };

    Path countFile = file.resolveSibling(file.getFileName() + ".count");
    if (!Files.exists(file) || !String.valueOf(count).equals(readCount(countFile))) {
      long started = System.nanoTime();
      long events = write(file, count);
      Files.writeString(countFile, count + "\n");
      System.out.printf(Locale.ROOT, "S: wrote %,d applications, %,d events, %,d bytes to %s in"
          + " %.1f s%n", count, events, Files.size(file), file,
          (System.nanoTime() - started) / 1e9);
    }

    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool);
      }
    }
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);

    long started = System.nanoTime();
    Replayed replayed = read(file, rebuild);
    double seconds = (System.nanoTime() - started) / 1e9;

    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    if (replayed.applications != count) {
      throw new IllegalStateException("S: " + file + " holds " + replayed.applications
          + " applications, not " + count);
    }
    String summary = String.format(Locale.ROOT, "S: %,d applications (%s), %,d events, read and"
            + " rebuilt by %s in %.2f s: %,.0f events/s, %,.0f applications/s; peak heap used"
            + " %.1f MB, max heap (-Xmx) %.1f MB; %s, %,d bytes",
        replayed.applications, replayed.statuses(), replayed.events, mode, seconds,
        replayed.events / seconds, replayed.applications / seconds, peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0, file, Files.size(file));
    System.out.println(summary);
    Files.writeString(file.resolveSibling("replay-from-jsonlines.txt"), summary + "\n");
  }

  private static Path defaultFile(int count) {
    Path dir = Files.isDirectory(Path.of("benchmarks", "target")) ? Path.of("benchmarks", "target")
        : Path.of("target");
    return dir.resolve("applications-" + count + ".jsonl");
  }

  private static String readCount(Path countFile) throws IOException {
    return Files.exists(countFile) ? Files.readString(countFile).strip() : null;
  }

  /** Writes the applications' events, one per line, building one application at a time. */
  private static long write(Path file, int count) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    long events = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        for (ApplicationEvent event : build(i).history()) {
          out.write(JSON.writeValueAsString(event));
          out.write('\n');
          events++;
        }
      }
    }
    return events;
  }

  /** Application {@code i}: its outcome by {@code i % 10}, its times {@code i} seconds later. */
  private static Application build(int i) {
    String id = String.format(Locale.ROOT, "app-%08d", i);
    CandidateId who = CandidateId.of(String.format(Locale.ROOT, "cand-%08d", i));
    Actor candidate = Actor.candidate(who);
    Actor recruiter = PipelineRole.RECRUITER;
    Instant start = PipelineRole.OPENED.plusSeconds(i);
    int kind = i % 10;
    Application app = Application.apply(ApplicationId.of(id), who, PipelineRole.ROLE, candidate,
        start);
    int advances = kind <= 5 ? 5 : kind <= 7 ? 1 : kind == 8 ? 2 : 3;
    int minute = 1;
    for (int step = 0; step < advances; step++) {
      app = app.advance(recruiter, start.plus(Duration.ofMinutes(minute++)));
    }
    if (kind == 6 || kind == 7 || kind == 9) {
      return app.reject(recruiter, start.plus(Duration.ofMinutes(minute)), NOT_A_FIT);
    }
    if (kind == 8) {
      return app.withdraw(candidate, start.plus(Duration.ofMinutes(minute)),
          "took another offer");
    }
    Instant drafted = start.plus(Duration.ofMinutes(minute++));
    app = app.draftOffer(recruiter, drafted, OfferId.of(id + "-offer"), PipelineRole.TERMS,
            drafted.plus(Duration.ofDays(7)), ApprovalChain.none())
        .extendOffer(recruiter, start.plus(Duration.ofMinutes(minute++)))
        .acceptOffer(candidate, start.plus(Duration.ofMinutes(minute++)));
    if (kind == 5) {
      return app;
    }
    return Staffing.hire(PipelineRole.ROLE, app, recruiter,
        start.plus(Duration.ofMinutes(minute)), PipelineRole.OPENING).application();
  }

  /** Reads the events line by line and rebuilds each application when the next one starts. */
  private static Replayed read(Path file, Function<List<ApplicationEvent>, Application> rebuild)
      throws IOException {
    ObjectReader reader = JSON.readerFor(ApplicationEvent.class);
    Replayed replayed = new Replayed();
    List<ApplicationEvent> events = new ArrayList<>();
    ApplicationId current = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        ApplicationEvent event = reader.readValue(line);
        if (current != null && !current.equals(event.application())) {
          replayed.add(rebuild.apply(events));
          events.clear();
        }
        current = event.application();
        events.add(event);
        replayed.events++;
      }
    }
    if (!events.isEmpty()) {
      replayed.add(rebuild.apply(events));
    }
    return replayed;
  }

  /** What the read counted. */
  private static final class Replayed {
    long applications;
    long events;
    final Map<ApplicationStatus, Long> byStatus = new EnumMap<>(ApplicationStatus.class);

    void add(Application application) {
      applications++;
      byStatus.merge(application.status(), 1L, Long::sum);
    }

    String statuses() {
      StringBuilder text = new StringBuilder();
      byStatus.forEach((status, n) -> text.append(text.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%,d ", n))
          .append(status.name().toLowerCase(Locale.ROOT)));
      return text.toString();
    }
  }
}
