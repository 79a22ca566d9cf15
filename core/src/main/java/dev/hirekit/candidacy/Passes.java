package dev.hirekit.candidacy;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages an application passed: each {@code Advanced} out of a stage, with the stage's kind
 * in the plan the application ran on then (a migration or a transfer changes the plan). Skips and moves pass
 * nothing: only an advance meets a stage's exit rule.
 */
final class Passes {
  private Passes() {}

  /** A stage of a kind passed at a moment. */
  record Pass(StageKind kind, Instant at) {}

  static List<Pass> of(Application application) {
    List<Pass> passes = new ArrayList<>();
    InterviewPlan plan = null;
    for (ApplicationEvent event : application.history()) {
      if (event instanceof ApplicationEvent.Applied applied) {
        plan = applied.plan();
      } else if (event instanceof ApplicationEvent.Prospected prospected) {
        plan = prospected.plan();
      } else if (event instanceof ApplicationEvent.Migrated migrated) {
        plan = migrated.plan();
      } else if (event instanceof ApplicationEvent.Transferred transferred) {
        plan = transferred.plan();
      } else if (event instanceof ApplicationEvent.Advanced advanced && plan != null) {
        plan.stage(advanced.from()).ifPresent(s -> passes.add(new Pass(s.kind(), advanced.at())));
      }
    }
    return passes;
  }
}
