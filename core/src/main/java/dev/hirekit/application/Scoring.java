package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.ScorecardAmended;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may score which interview of the current stage: each interviewer scores each interview
 * they hold once (an interview naming no interviewers takes any member's card), as themself; a
 * coordinator or the system enters a card on an interviewer's behalf, recorded as by them, for
 * the interviewer. A submitted card is amended by a new card for the same interview and
 * interviewer, under the same rules, while the application is at the card's stage: the new card
 * replaces it in {@link Application#scorecards()}, the history keeps both.
 */
final class Scoring {
  private Scoring() {}

  /** Why an actor has no interview left to score now, if they have none. */
  static Optional<String> refusal(Application application, Actor actor) {
    Stage here = application.currentStage().orElseThrow();
    if (here.interviews().isEmpty()) {
      return Optional.of("stage " + here.id() + " holds no interviews to score");
    }
    if (!interviewsToScore(application, actor).isEmpty()) {
      return Optional.empty();
    }
    Optional<Interview> shadowed = actor.memberId().flatMap(m -> here.interviews().stream()
        .filter(i -> i.shadows().contains(m)).findFirst());
    if (shadowed.isPresent()) {
      return Optional.of(actor.memberId().orElseThrow() + " shadows interview "
          + shadowed.get().id() + " and has no interview of stage " + here.id()
          + " left to score: a shadow attends without scoring");
    }
    return Optional.of(actor.kind() == Actor.Kind.CANDIDATE
        ? "a candidate does not score interviews"
        : actor.kind() == Actor.Kind.SYSTEM
            ? "every interviewer of stage " + here.id() + " has scored"
            : actor.memberId().orElseThrow() + " has no interview of stage " + here.id()
                + " left to score: each interviewer scores each interview they hold once");
  }

  /** The interviews of the current stage an actor may still submit a card for. */
  static List<InterviewId> interviewsToScore(Application application, Actor actor) {
    if (application.status() != ApplicationStatus.ACTIVE
        || actor.kind() == Actor.Kind.CANDIDATE) {
      return List.of();
    }
    List<InterviewId> open = new ArrayList<>();
    boolean forOthers = actor.kind() == Actor.Kind.SYSTEM
        || actor.actsAs(HiringRole.COORDINATOR);
    for (Interview interview : application.currentStage().orElseThrow().interviews()) {
      boolean own = actor.memberId().filter(m -> mayScore(application, interview, m))
          .isPresent();
      boolean forSomeone = forOthers && (interview.interviewers().isEmpty()
          || interview.interviewers().stream().anyMatch(m -> mayScore(application, interview,
              m)));
      if (own || forSomeone) {
        open.add(interview.id());
      }
    }
    return open;
  }

  private static boolean mayScore(Application application, Interview interview,
      MemberId member) {
    return (interview.interviewers().isEmpty() || interview.interviewers().contains(member))
        && !interview.shadows().contains(member)
        && application.scorecards().stream().noneMatch(c -> c.interview().equals(interview.id())
            && c.interviewer().equals(member));
  }

  /** The submitted card, once checked against the stage, the actor and the cards before it. */
  static Scorecard checked(Application application, ScorecardSubmitted submitted) {
    Scorecard card = submitted.scorecard();
    Actor by = submitted.by();
    Stage here = application.currentStage().orElseThrow();
    Optional<Interview> interview = here.interviews().stream()
        .filter(i -> i.id().equals(card.interview())).findFirst();
    if (interview.isEmpty()) {
      throw refused(application, by, "interview " + card.interview()
          + " is not held in stage " + here.id());
    }
    if (by.kind() == Actor.Kind.MEMBER && !by.actsAs(HiringRole.COORDINATOR)
        && !by.memberId().orElseThrow().equals(card.interviewer())) {
      throw refused(application, by, "a member submits only their own scorecard, not "
          + card.interviewer() + "'s; a coordinator may enter it for them");
    }
    if (!interview.get().interviewers().isEmpty()
        && !interview.get().interviewers().contains(card.interviewer())) {
      throw refused(application, by, card.interviewer() + " is not an interviewer of "
          + card.interview());
    }
    if (interview.get().shadows().contains(card.interviewer())) {
      throw refused(application, by, card.interviewer() + " shadows interview "
          + card.interview() + "; a shadow attends without scoring");
    }
    Optional<String> misfit = Scales.misfit(here, interview.get(), card);
    if (misfit.isPresent()) {
      throw refused(application, by, misfit.get());
    }
    if (application.scorecards().stream().anyMatch(c -> c.interview().equals(card.interview())
        && c.interviewer().equals(card.interviewer()))) {
      throw refused(application, by, card.interviewer() + " already submitted a scorecard for "
          + card.interview() + "; scorecards are immutable once submitted");
    }
    return card;
  }

  private static RuntimeException refused(Application application, Actor by, String reason) {
    return application.refused(ApplicationAction.SUBMIT_SCORECARD, by, reason);
  }

  // ---------------------------------------------------------------- amendments

  /** Why an actor has no card of the current stage to amend now, if they have none. */
  static Optional<String> amendRefusal(Application application, Actor actor) {
    if (!interviewsToAmend(application, actor).isEmpty()) {
      return Optional.empty();
    }
    StageId here = application.stage().orElseThrow();
    return Optional.of(actor.kind() == Actor.Kind.CANDIDATE
        ? "a candidate does not score interviews"
        : actor.kind() == Actor.Kind.SYSTEM || actor.actsAs(HiringRole.COORDINATOR)
            ? "no scorecard of stage " + here + " is submitted yet; submit before amending"
            : actor.memberId().orElseThrow() + " has no submitted scorecard of stage " + here
                + " to amend; an interviewer amends only their own card");
  }

  /** The interviews of the current stage with a card this actor may amend, in card order. */
  static List<InterviewId> interviewsToAmend(Application application, Actor actor) {
    if (application.status() != ApplicationStatus.ACTIVE
        || actor.kind() == Actor.Kind.CANDIDATE) {
      return List.of();
    }
    boolean forOthers = actor.kind() == Actor.Kind.SYSTEM
        || actor.actsAs(HiringRole.COORDINATOR);
    Set<InterviewId> here = application.currentStage().orElseThrow().interviews().stream()
        .map(Interview::id).collect(Collectors.toSet());
    return application.scorecards().stream()
        .filter(c -> here.contains(c.interview()))
        .filter(c -> forOthers || actor.memberId().filter(c.interviewer()::equals).isPresent())
        .map(Scorecard::interview).distinct().collect(Collectors.toList());
  }

  /** Replaces the card an amendment names, once checked like a submission. */
  static void amended(Application before, ImmutableApplication.Builder next,
      ScorecardAmended e) {
    Scorecard card = e.scorecard();
    Actor by = e.by();
    Stage here = before.currentStage().orElseThrow();
    Optional<Interview> interview = here.interviews().stream()
        .filter(i -> i.id().equals(card.interview())).findFirst();
    if (interview.isEmpty()) {
      throw amendRefused(before, by, "interview " + card.interview()
          + " is not held in stage " + here.id() + "; a card is amended while its stage is"
          + " current");
    }
    if (by.kind() == Actor.Kind.MEMBER && !by.actsAs(HiringRole.COORDINATOR)
        && !by.memberId().orElseThrow().equals(card.interviewer())) {
      throw amendRefused(before, by, "a member amends only their own scorecard, not "
          + card.interviewer() + "'s; a coordinator may amend it for them");
    }
    List<Scorecard> cards = new ArrayList<>(before.scorecards());
    int index = -1;
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).interview().equals(card.interview())
          && cards.get(i).interviewer().equals(card.interviewer())) {
        index = i;
      }
    }
    if (index < 0) {
      throw amendRefused(before, by, card.interviewer() + " has no submitted scorecard for "
          + card.interview() + " to amend; submit one first");
    }
    Optional<String> misfit = Scales.misfit(here, interview.get(), card);
    if (misfit.isPresent()) {
      throw amendRefused(before, by, misfit.get());
    }
    cards.set(index, card);
    next.scorecards(cards);
  }

  private static RuntimeException amendRefused(Application application, Actor by,
      String reason) {
    return application.refused(ApplicationAction.AMEND_SCORECARD, by, reason);
  }

  /**
   * Every version of one interviewer's card for one interview, the original first, as the
   * history holds them.
   */
  static List<Scorecard> versions(Application application, InterviewId interview,
      MemberId interviewer) {
    List<Scorecard> versions = new ArrayList<>();
    for (ApplicationEvent event : Transfers.onRole(application.history())) {
      Scorecard card = event instanceof ScorecardSubmitted s ? s.scorecard()
          : event instanceof ScorecardAmended a ? a.scorecard() : null;
      if (card != null && card.interview().equals(interview)
          && card.interviewer().equals(interviewer)) {
        versions.add(card);
      }
    }
    return List.copyOf(versions);
  }
}
