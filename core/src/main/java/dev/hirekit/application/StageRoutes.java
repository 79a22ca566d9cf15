package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an application may go in its plan: the next stage, the targets of a move, a skip and a
 * reopen, the stages a skip passes over, and where a migration puts it.
 */
final class StageRoutes {
  private StageRoutes() {}

  /** The stage after the current one, if any. */
  static Optional<StageId> next(Application application) {
    return application.stage().flatMap(application.plan()::next).map(Stage::id);
  }

  /** The stages strictly between two stages of a plan, in plan order. */
  static List<StageId> between(InterviewPlan plan, StageId from, StageId to) {
    int a = plan.indexOf(from);
    int b = plan.indexOf(to);
    if (a < 0 || b <= a) {
      return List.of();
    }
    return plan.stages().subList(a + 1, b).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  /** Any earlier stage, and the next one once the exit rule is met; none unless active. */
  static List<StageId> moveTargets(Application application) {
    if (application.status() != ApplicationStatus.ACTIVE) {
      return List.of();
    }
    InterviewPlan plan = application.plan();
    int here = plan.indexOf(application.stage().orElseThrow());
    List<StageId> targets = new ArrayList<>();
    for (int i = 0; i < here; i++) {
      targets.add(plan.stages().get(i).id());
    }
    if (here + 1 < plan.stages().size() && application.exitRefusal().isEmpty()) {
      targets.add(plan.stages().get(here + 1).id());
    }
    return targets;
  }

  /** The stages after a run of optional stages that follows the current one. */
  static List<StageId> skipTargets(Application application) {
    if (application.status() != ApplicationStatus.ACTIVE
        || application.exitRefusal().isPresent()) {
      return List.of();
    }
    List<Stage> stages = application.plan().stages();
    int here = application.plan().indexOf(application.stage().orElseThrow());
    List<StageId> targets = new ArrayList<>();
    for (int i = here + 2; i < stages.size() && stages.get(i - 1).optional(); i++) {
      targets.add(stages.get(i).id());
    }
    return targets;
  }

  /** The stage left and every earlier one, while rejected or withdrawn from a stage. */
  static List<StageId> reopenTargets(Application application) {
    ApplicationStatus status = application.status();
    if (application.stage().isEmpty() || (status != ApplicationStatus.REJECTED
        && status != ApplicationStatus.WITHDRAWN)) {
      return List.of();
    }
    int left = application.plan().indexOf(application.stage().get());
    return application.plan().stages().subList(0, left + 1).stream().map(Stage::id)
        .collect(Collectors.toList());
  }

  /**
   * The stage a migration puts the application at, after checking that the plan is newer, that
   * the mapping leads from stages of the old plan to stages of the new one, that it places the
   * current stage, grants no progress, and keeps a hire at an offer stage.
   */
  static Optional<StageId> migratedStage(Application application, Migrated migrated) {
    Actor by = migrated.by();
    InterviewPlan plan = application.plan();
    if (migrated.plan().version() <= plan.version()) {
      throw refused(application, by, "plan v" + migrated.plan().version()
          + " is not newer than v" + plan.version());
    }
    for (Map.Entry<StageId, StageId> entry : migrated.stageMapping().entrySet()) {
      if (!plan.contains(entry.getKey()) || !migrated.plan().contains(entry.getValue())) {
        throw refused(application, by, "the mapping " + entry.getKey() + " -> "
            + entry.getValue() + " does not lead from a stage of v" + plan.version()
            + " to a stage of v" + migrated.plan().version());
      }
    }
    if (application.stage().isEmpty()) {
      return Optional.empty();
    }
    StageId current = application.stage().get();
    if (!migrated.stageMapping().containsKey(current)) {
      throw refused(application, by, "the mapping does not say where the current stage "
          + current + " goes");
    }
    StageId target = migrated.stageMapping().get(current);
    Optional<String> gained = progressGained(application, migrated.plan(),
        migrated.stageMapping(), target);
    if (gained.isPresent()) {
      throw refused(application, by, gained.get());
    }
    if (application.status() == ApplicationStatus.HIRED
        && migrated.plan().stage(target).orElseThrow().kind() != StageKind.OFFER) {
      throw refused(application, by, "a hired application stays at an offer stage; " + target
          + " is not one");
    }
    return Optional.of(target);
  }

  /**
   * Why a migration to {@code target} would grant progress the rules did not, if it would: every
   * stage of the new plan before the target must be the image of a stage the application had
   * already left behind (one before its current stage in the old plan); a stage the mapping does
   * not name maps to the stage of the same id, if the new plan has one.
   */
  private static Optional<String> progressGained(Application application, InterviewPlan newPlan,
      Map<StageId, StageId> mapping, StageId target) {
    InterviewPlan plan = application.plan();
    int here = plan.indexOf(application.stage().orElseThrow());
    Set<StageId> passed = new HashSet<>();
    for (Stage leftBehind : plan.stages().subList(0, here)) {
      StageId left = leftBehind.id();
      StageId image = mapping.getOrDefault(left, newPlan.contains(left) ? left : null);
      if (image != null) {
        passed.add(image);
      }
    }
    for (Stage before : newPlan.stages().subList(0, newPlan.indexOf(target))) {
      if (!passed.contains(before.id())) {
        return Optional.of("the mapping puts the application at " + target + ", past stage "
            + before.id() + " of v" + newPlan.version() + " that no stage it has passed maps"
            + " to; a migration maps positions and never grants progress: map it to "
            + before.id() + " or earlier");
      }
    }
    return Optional.empty();
  }

  private static RuntimeException refused(Application application, Actor by, String reason) {
    return application.refused(ApplicationAction.MIGRATE, by, reason);
  }
}
