package dev.hirekit.report;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One role's plan version while a tally runs: its stages in order, each with its tally. */
final class PlanTally {
  private final RoleId role;
  private final int version;
  private final List<StageId> ids = new ArrayList<>();
  private final Map<StageId, Integer> index = new HashMap<>();
  private final List<StageTally> stages = new ArrayList<>();

  PlanTally(RoleId role, InterviewPlan plan, boolean exact) {
    this.role = role;
    this.version = plan.version();
    for (Stage stage : plan.stages()) {
      index.put(stage.id(), ids.size());
      ids.add(stage.id());
      stages.add(new StageTally(stage.id(), stage.kind(), exact));
    }
  }

  /** Checks that another application's snapshot of this version has the same stages. */
  void check(ApplicationId application, InterviewPlan plan) {
    if (plan.stages().size() != ids.size()) {
      throw differs(application, plan);
    }
    for (int i = 0; i < ids.size(); i++) {
      if (!plan.stages().get(i).id().equals(ids.get(i))) {
        throw differs(application, plan);
      }
    }
  }

  private InvalidValueException differs(ApplicationId application, InterviewPlan plan) {
    return new InvalidValueException("ApplicationEvent", "plan", "of application "
        + application + " is version " + version + " of role " + role + " with stages "
        + plan.stages().stream().map(Stage::id).toList() + ", but another application ran "
        + "that version with stages " + ids + "; a plan version's stages never change, so "
        + "give the changed plan a new version");
  }

  int version() {
    return version;
  }

  int indexOf(StageId stage) {
    Integer i = index.get(stage);
    return i == null ? -1 : i;
  }

  StageTally stage(int i) {
    return stages.get(i);
  }

  int size() {
    return ids.size();
  }

  PlanFunnel funnel() {
    return new PlanFunnel(role, version, stages.stream().map(StageTally::figures).toList());
  }
}
