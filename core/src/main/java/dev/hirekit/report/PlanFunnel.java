package dev.hirekit.report;

import dev.hirekit.plan.StageId;
import dev.hirekit.role.RoleId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The funnel and time in stage of one version of one role's interview plan, stage by stage in
 * the plan's order. An application counts on the plan version it ran on when it entered each
 * stage: one that {@code migrate}d counts on the old version until the migration and on the new
 * one after.
 *
 * <pre>{@code
 * for (StageFigures stage : report.funnel(roleId, 1).orElseThrow().stages()) {
 *   log.info("{} {} {}", stage.stage(), stage.reached(), stage.conversionToNext());
 * }
 * }</pre>
 *
 * @param role the role
 * @param planVersion the plan's version
 * @param stages each stage's figures, in the plan's order
 */
public record PlanFunnel(RoleId role, int planVersion, List<StageFigures> stages) {
  private static final String TYPE = "PlanFunnel";

  /**
   * Checks the components (else {@link dev.hirekit.InvalidValueException}): a role, a version
   * of at least 1, and at least one stage, each stage once.
   *
   * @param role the role
   * @param planVersion the plan's version
   * @param stages each stage's figures, in the plan's order
   */
  public PlanFunnel {
    Figures.given(role, TYPE, "role");
    Figures.agree(planVersion >= 1, TYPE, "planVersion", "is " + planVersion
        + "; plan versions start at 1");
    stages = Figures.list(stages, TYPE, "stages");
    Figures.agree(!stages.isEmpty(), TYPE, "stages", "is empty; a plan has a stage or more");
    Set<StageId> seen = new HashSet<>();
    for (int i = 0; i < stages.size(); i++) {
      Figures.agree(seen.add(stages.get(i).stage()), TYPE, "stages", "names the stage at "
          + "position " + i + " a second time; give each stage once");
    }
  }

  /**
   * The stages' ids, in the plan's order.
   *
   * @return the ids
   */
  public List<StageId> stageIds() {
    return stages.stream().map(StageFigures::stage).toList();
  }

  /**
   * This funnel and another of the same plan version together, stage by stage.
   *
   * @param other the same role's and version's funnel over other applications
   * @return the funnel over both
   * @throws dev.hirekit.InvalidValueException if the other is of another role, version or
   *     stage list
   */
  public PlanFunnel merge(PlanFunnel other) {
    Figures.agree(role.equals(other.role) && planVersion == other.planVersion
        && stageIds().equals(other.stageIds()), TYPE, "stages", "differ: version "
        + planVersion + " of role " + role + " has stages " + stageIds() + ", the other funnel "
        + other.stageIds() + " (version " + other.planVersion + " of role " + other.role
        + "); a plan version's stages never change, so only funnels of one plan merge");
    List<StageFigures> merged = new ArrayList<>(stages.size());
    for (int i = 0; i < stages.size(); i++) {
      merged.add(stages.get(i).merge(other.stages.get(i)));
    }
    return new PlanFunnel(role, planVersion, merged);
  }
}
