package dev.hirekit.report;

import dev.hirekit.plan.StageKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** One source's figures while a tally runs. */
final class SourceTally {
  private long applications;
  private long hires;
  private final Map<StageKind, Long> reached = new EnumMap<>(StageKind.class);

  void add(Set<StageKind> kinds, boolean hired) {
    applications++;
    if (hired) {
      hires++;
    }
    kinds.forEach(kind -> reached.merge(kind, 1L, Long::sum));
  }

  SourceFigures figures() {
    return new SourceFigures(applications, reached, hires);
  }
}
