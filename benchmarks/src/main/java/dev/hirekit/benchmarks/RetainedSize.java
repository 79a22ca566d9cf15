package dev.hirekit.benchmarks;

import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Retained heap per live entity after a full hire, for every contender and for Hirekit's {@code
 * Application} aggregate: the used heap after a full collection, before and after building that
 * many entities with distinct ids (and, for applications, distinct times), divided by their
 * number. The id strings are made beforehand and not counted; the objects each library keeps
 * around them (an id wrapper, a machine, a history) are.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.hirekit.benchmarks.RetainedSize 100000
 * }</pre>
 */
public final class RetainedSize {
  private RetainedSize() {}

  /**
   * Prints one line per contender: bytes retained per entity.
   *
   * @param args the number of entities (default 100,000)
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String[] ids = new String[count];
    String[] candidates = new String[count];
    for (int i = 0; i < count; i++) {
      ids[i] = String.format(Locale.ROOT, "app-%08d", i);
      candidates[i] = String.format(Locale.ROOT, "cand-%08d", i);
    }
    for (String name : List.of("enum-map", "stateless4j", "spring-statemachine",
        "hirekit-engine")) {
      Contender contender = Contender.named(name);
      report(name, count, i -> {
        Contender.Entity app = contender.start(ids[i]);
        for (Pipeline.Move move : Pipeline.FULL_HIRE) {
          app.fire(move);
        }
        return app;
      });
    }
    report("hirekit-application", count,
        i -> PipelineRole.fullHire(ids[i], candidates[i], i % 100_000));
  }

  private static void report(String name, int count, IntFunction<Object> build) {
    build.apply(0);
    long before = usedAfterCollection();
    Object[] kept = new Object[count];
    long array = usedAfterCollection() - before;
    for (int i = 0; i < count; i++) {
      kept[i] = build.apply(i);
    }
    long after = usedAfterCollection();
    System.out.printf(Locale.ROOT, "%-20s %,8d B per entity (%,d entities)%n", name,
        (after - before - array) / count, count);
    Reference.reachabilityFence(kept);
  }

  private static long usedAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
