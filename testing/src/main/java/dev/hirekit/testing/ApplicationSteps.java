package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.DebriefOutcome;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.ScaleLabel;
import dev.hirekit.plan.ScoringScale;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The steps of {@link Applications}: each attempts one public action on an application, with
 * its actor, its delay and its arguments, and knows whether those arguments fit. Hires and
 * un-hires go through {@link Staffing}, with the role the application is on ({@link
 * Applications#role(Application)}) as it stands: its opening open for a hire, filled for an
 * un-hire. Transfers go between that role and the walks' other one.
 */
final class ApplicationSteps {
  private ApplicationSteps() {}

  record Simple(ApplicationAction action, Actor by, Duration after) implements Applications.Step {
    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      switch (action) {
        case ADVANCE:
          return app.advance(by, at);
        case CONVERT:
          return app.convert(Applications.role(app), by, at);
        case REJECT:
          return app.reject(by, at, RejectionReason.of(RejectionSide.OTHER, "code"));
        case WITHDRAW:
          return app.withdraw(by, at, "moving on");
        case RECORD_REFERENCE:
          return app.recordReference(by, at, Reference.builder().referee("Ref Eree")
              .relationship(RefereeRelationship.PEER).outcome(ReferenceOutcome.MIXED)
              .checkedBy(MemberId.of("rec-1")).build());
        case OVERRIDE_DECISION:
          return app.overrideDecision(by, at, "panel split; references settle it");
        default:
          throw new IllegalStateException(action.name());
      }
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }

    @Override
    public String toString() {
      return action + " by " + by + " +" + after;
    }
  }

  record Skip(StageId target, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.SKIP;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return target == null ? app.skip(by, at, "not needed")
          : app.skipTo(by, at, target, "not needed");
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return target == null || app.skipTargets().contains(target);
    }
  }

  record Move(StageId target, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.MOVE;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.moveTo(by, at, target);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return app.moveTargets().contains(target);
    }
  }

  record Reopen(StageId target, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.REOPEN;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return target == null ? app.reopen(by, at, "second look")
          : app.reopen(by, at, target, "second look");
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return target == null || app.reopenTargets().contains(target);
    }
  }

  record SubmitScorecard(InterviewId interview, MemberId interviewer, Recommendation rec,
      Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.SUBMIT_SCORECARD;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.submitScorecard(by, at, card(app, interview, interviewer, rec));
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return cardFits(app, interview, interviewer, rec, by)
          && app.scorecards().stream().noneMatch(c -> c.interview().equals(interview)
              && c.interviewer().equals(interviewer));
    }
  }

  /** An amendment of a submitted card: the same interview and interviewer, a new verdict. */
  record AmendScorecard(InterviewId interview, MemberId interviewer, Recommendation rec,
      Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.AMEND_SCORECARD;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.amendScorecard(by, at, card(app, interview, interviewer, rec));
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return cardFits(app, interview, interviewer, rec, by)
          && app.scorecards().stream().anyMatch(c -> c.interview().equals(interview)
              && c.interviewer().equals(interviewer));
    }
  }

  /** A card for an interview of the current stage, on its scale when it has one. */
  static Scorecard card(Application app, InterviewId interview, MemberId interviewer,
      Recommendation rec) {
    Scorecard.Builder card = Scorecard.builder();
    card.interview(interview).interviewer(interviewer).recommendation(rec);
    scale(app, interview).ifPresent(scale -> {
      if (scale.contains(label(scale, rec))) {
        card.answer(scale, label(scale, rec));
      } else {
        card.scaleLabel(label(scale, rec));
      }
    });
    return card.build();
  }

  /** Whether such a card fits the current stage and the actor, before the cards already in. */
  static boolean cardFits(Application app, InterviewId interview, MemberId interviewer,
      Recommendation rec, Actor by) {
    Optional<Interview> held = app.currentStage().flatMap(s -> s.interviews().stream()
        .filter(i -> i.id().equals(interview)).findFirst());
    return held.isPresent()
        && (held.get().interviewers().isEmpty()
            || held.get().interviewers().contains(interviewer))
        && (by.actsAs(HiringRole.COORDINATOR)
            || by.memberId().map(interviewer::equals).orElse(true))
        && !held.get().shadows().contains(interviewer)
        && scale(app, interview).map(scale -> scale.contains(label(scale, rec))).orElse(true);
  }

  private static Optional<ScoringScale> scale(Application app, InterviewId interview) {
    return app.currentStage().flatMap(s -> s.interviews().stream()
        .filter(i -> i.id().equals(interview)).findFirst()
        .flatMap(i -> i.scale().or(s::scale)));
  }

  private static String label(ScoringScale scale, Recommendation rec) {
    return rec == Recommendation.NO_DECISION ? scale.abstain().orElse("(none)")
        : scale.labels().stream().filter(l -> l.recommendation() == rec)
            .map(ScaleLabel::label).findFirst().orElse("(none)");
  }

  record Debrief(DebriefOutcome outcome, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.DEBRIEF;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.debrief(by, at, outcome);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  record DraftOffer(OfferId offer, Compensation terms, ApprovalChain chain, Duration expiresIn,
      Actor by, Duration after, OfferDetails details) implements Applications.Step {
    DraftOffer(OfferId offer, Compensation terms, ApprovalChain chain, Duration expiresIn,
        Actor by, Duration after) {
      this(offer, terms, chain, expiresIn, by, after, OfferDetails.none());
    }

    @Override
    public ApplicationAction action() {
      return ApplicationAction.DRAFT_OFFER;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.draftOffer(by, at, offer, terms, at.plus(expiresIn), chain, details);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      // an offer id is never used twice in one history, a transfer's fresh start included
      return !expiresIn.isNegative() && !expiresIn.isZero()
          && app.history().stream().noneMatch(e -> e instanceof ApplicationEvent.OfferDrafted d
              && d.offer().equals(offer));
    }
  }

  record Hire(Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.HIRE;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return Staffing.hire(Applications.role(app), app, by, at, Applications.OPENING)
          .application();
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  record Unhire(UnhireReason reason, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.UNHIRE;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      Role filled = Applications.role(app)
          .fillOpening(Actor.system(), Applications.OPENED, Applications.OPENING);
      return Staffing.unhire(filled, app, by, at, reason, "changed course").application();
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  record Migrate(boolean mapCurrent, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.MIGRATE;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      InterviewPlan next = app.plan().withVersion(app.plan().version() + 1);
      Map<StageId, StageId> mapping = app.plan().stages().stream()
          .filter(s -> mapCurrent || !app.stage().equals(Optional.of(s.id())))
          .collect(Collectors.toMap(Stage::id, Stage::id));
      return app.migrate(by, at, next, mapping);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return mapCurrent || app.stage().isEmpty();
    }
  }

  /**
   * A transfer to one of the two roles of the walks ({@link Applications#role(InterviewPlan)}
   * and {@link Applications#otherRole(InterviewPlan)}, on the application's current plan),
   * entering at a stage or, without one, at the plan's first.
   *
   * @param to the role to move to; the application's own is refused
   * @param entry the entry stage, or null for the first
   * @param by who acts
   * @param after the delay
   */
  record Transfer(RoleId to, StageId entry, Actor by, Duration after)
      implements Applications.Step {
    /** Why the walks transfer. */
    static final String REASON = "prefers the other office";

    /**
     * A transfer to the walks' role the application is not on: at the first stage for an even
     * {@code rest}, otherwise at the stage {@code rest / 2} picks (modulo the stages), so that
     * half the transfers enter elsewhere than at the start, as when progress is credited.
     */
    static Transfer away(Application app, int rest, Actor by, Duration after) {
      RoleId to = app.roleId().equals(Applications.OTHER_ROLE) ? Applications.ROLE
          : Applications.OTHER_ROLE;
      List<Stage> stages = app.plan().stages();
      StageId entry = rest % 2 == 0 ? null : stages.get(rest / 2 % stages.size()).id();
      return new Transfer(to, entry, by, after);
    }

    @Override
    public ApplicationAction action() {
      return ApplicationAction.TRANSFER;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      Role role = Applications.role(to, app.plan());
      return entry == null ? app.transfer(role, by, at, REASON)
          : app.transfer(role, by, at, entry, REASON);
    }

    /**
     * Another role than the application's, an entry stage of its plan (none is its first), and
     * an actor the policy lets transfer into the role's team (the listing checks the old team).
     */
    @Override
    public boolean argumentsFit(Application app, Instant at) {
      Role role = Applications.role(to, app.plan());
      return !to.equals(app.roleId())
          && (entry == null || role.plan().orElseThrow().contains(entry))
          && app.policy().within(role.hiringTeam())
              .allows(by, ApplicationAction.TRANSFER, app);
    }
  }

  record OfferStep(OfferAction offerAction, Actor by, Duration after, Compensation terms)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      switch (offerAction) {
        case SUBMIT_FOR_APPROVAL:
          return app.submitOfferForApproval(by, at);
        case APPROVE:
          return app.approveOffer(by, at);
        case DECLINE_APPROVAL:
          return app.declineOfferApproval(by, at, "over budget");
        case EXTEND:
          return app.extendOffer(by, at);
        case ACCEPT:
          return app.acceptOffer(by, at);
        case DECLINE:
          return app.declineOffer(by, at, "no thanks");
        case RESCIND:
          return app.rescindOffer(by, at, "budget");
        case EXPIRE:
          return app.expireOffer(by, at);
        case REPLACE_APPROVER:
          return argumentsFit(app, at)
              ? app.replaceOfferApprover(by, at, OfferChoices.replaced(current(app)),
                  OfferChoices.replacement(current(app)), "on leave")
              : app.replaceOfferApprover(by, at, OfferChoices.DEPUTY, OfferChoices.DEPUTY,
                  "on leave");
        case CLEAR_CONTINGENCY:
          return app.clearOfferContingency(by, at, argumentsFit(app, at)
              ? OfferChoices.contingency(current(app), (int) after.toMinutes())
              : ContingencyKind.OTHER);
        case FAIL_CONTINGENCY:
          return app.failOfferContingency(by, at, argumentsFit(app, at)
              ? OfferChoices.contingency(current(app), 0) : ContingencyKind.OTHER);
        default:
          return app.reviseOffer(by, at, terms, at.plus(Duration.ofDays(7)));
      }
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      Optional<Offer> offer = app.currentOffer();
      switch (offerAction) {
        case REPLACE_APPROVER:
          return offer.filter(o -> o.approvalChain().currentGroup(o.approvals()).isPresent())
              .isPresent();
        case CLEAR_CONTINGENCY:
        case FAIL_CONTINGENCY:
          return offer.filter(o -> !o.pendingContingencies().isEmpty()).isPresent();
        default:
          return true;
      }
    }

    private static Offer current(Application app) {
      return app.currentOffer().orElseThrow();
    }
  }

  record ConsiderFor(OpeningId opening, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.CONSIDER_FOR;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.considerFor(Applications.role(app), by, at, opening);
    }

    /** The role's only opening is open, and the application is not linked to it yet. */
    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return opening.equals(Applications.OPENING)
          && !app.consideredFor().equals(java.util.Optional.of(opening));
    }
  }

  record ScheduleInterview(InterviewId interview, Duration startsIn, Actor by, Duration after)
      implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.SCHEDULE_INTERVIEW;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.scheduleInterview(by, at, interview, at.plus(startsIn));
    }

    /** The interview is one of the current stage's. */
    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return app.schedulableInterviews().contains(interview);
    }
  }

  record BookWindow(Duration startsIn, Actor by, Duration after) implements Applications.Step {
    @Override
    public ApplicationAction action() {
      return ApplicationAction.BOOK_WINDOW;
    }

    @Override
    public OfferAction offerAction() {
      return null;
    }

    @Override
    public Application run(Application app, Instant at) {
      return app.bookWindow(by, at, at.plus(startsIn));
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }
}
