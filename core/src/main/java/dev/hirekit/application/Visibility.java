package dev.hirekit.application;

import dev.hirekit.InvalidValueException;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.team.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which scorecards of a stage a member may see: feedback stays independent, so a member who may
 * score the stage sees the others' cards only once their own are in; see {@link
 * Application#visibleScorecards(MemberId, StageId)}.
 */
final class Visibility {
  private Visibility() {}

  static List<Scorecard> visible(Application application, MemberId viewer, StageId stageId) {
    Objects.requireNonNull(viewer, "viewer");
    Stage stage = application.plan().stage(Objects.requireNonNull(stageId, "stage"))
        .orElseThrow(() -> new InvalidValueException("Application", "stage", stageId
            + " is not a stage of plan v" + application.plan().version()
            + "; ask for a stage of the application's plan"));
    List<Scorecard> cards = application.scorecards().stream()
        .filter(c -> stage.interviews().stream().anyMatch(i -> i.id().equals(c.interview())))
        .collect(Collectors.toList());
    if (ownCardsIn(stage, cards, viewer)) {
      return cards;
    }
    return cards.stream().filter(c -> c.interviewer().equals(viewer))
        .collect(Collectors.toList());
  }

  /** Whether the viewer has nothing left to score before seeing the others' cards. */
  private static boolean ownCardsIn(Stage stage, List<Scorecard> cards, MemberId viewer) {
    boolean mayScore = false;
    for (Interview interview : stage.interviews()) {
      boolean own = cards.stream().anyMatch(c -> c.interview().equals(interview.id())
          && c.interviewer().equals(viewer));
      if (interview.interviewers().contains(viewer) && !own) {
        return false;
      }
      mayScore |= interview.interviewers().contains(viewer)
          || interview.interviewers().isEmpty() && !interview.shadows().contains(viewer);
    }
    return !mayScore || cards.stream().anyMatch(c -> c.interviewer().equals(viewer));
  }
}
