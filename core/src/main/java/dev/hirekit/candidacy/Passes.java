package dev.hirekit.candidacy;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages an application passed: each {@code Advanced} out of a stage, with the stage's kind
 * in the plan the application ran on then (a migration or a transfer changes the plan) and the
 * role it was on then (a transfer changes the role). Skips and moves pass nothing: only an
 * advance meets a stage's exit rule.
 */
final class Passes {
  private Passes() {}

  /** A stage of a kind passed at a moment, on the role the application was on then. */
  record Pass(StageKind kind, Instant at, RoleId role) {}

  static List<Pass> of(Application application) {
    List<Pass> passes = new ArrayList<>();
    InterviewPlan plan = null;
    RoleId role = null;
    for (ApplicationEvent event : application.history()) {
      if (event instanceof ApplicationEvent.Applied applied) {
        plan = applied.plan();
        role = applied.role();
      } else if (event instanceof ApplicationEvent.Prospected prospected) {
        plan = prospected.plan();
        role = prospected.role();
      } else if (event instanceof ApplicationEvent.Migrated migrated) {
        plan = migrated.plan();
      } else if (event instanceof ApplicationEvent.Transferred transferred) {
        plan = transferred.plan();
        role = transferred.role();
      } else if (event instanceof ApplicationEvent.Advanced advanced && plan != null) {
        RoleId on = role;
        plan.stage(advanced.from())
            .ifPresent(s -> passes.add(new Pass(s.kind(), advanced.at(), on)));
      }
    }
    return passes;
  }
}
