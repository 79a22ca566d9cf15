package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random actions on an application for the lifecycle properties: each step knows its action,
 * its actor and time, how to run itself, and whether its arguments fit the application now
 * (an oracle built from the application's own introspection and the documented argument rules).
 */
final class Steps {
  static final CandidateId OWN = CandidateId.of("cand-own");
  static final MemberId ALICE = MemberId.of("int-alice");
  static final MemberId BOB = MemberId.of("int-bob");
  static final MemberId FINANCE = MemberId.of("appr-finance");
  static final MemberId CEO = MemberId.of("appr-ceo");
  static final OpeningId OPENING = OpeningId.of("opening-1");

  static final List<Actor> ACTORS = List.of(
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER),
      Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR),
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER),
      Actor.member(ALICE, HiringRole.INTERVIEWER),
      Actor.member(BOB, HiringRole.INTERVIEWER, HiringRole.HIRING_MANAGER),
      Actor.member(FINANCE, HiringRole.APPROVER),
      Actor.member(CEO, HiringRole.APPROVER),
      Actor.candidate(OWN),
      Actor.candidate(CandidateId.of("cand-other")),
      Actor.system());

  private Steps() {}

  /** The open role of an application on this plan, with one open opening. */
  static Role role(InterviewPlan plan) {
    return SeedRole.drafted().setPlan(Actor.system(), SeedRole.DRAFTED, plan)
        .addOpening(Actor.system(), SeedRole.DRAFTED, OPENING)
        .open(Actor.system(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** One attempted action. */
  interface Step {
    /** The application action, or null for an offer action. */
    ApplicationAction action();

    /** The offer action, or null for an application action. */
    OfferAction offerAction();

    Actor by();

    Duration after();

    Application run(Application app, Instant at);

    /** Whether the arguments fit the application now (the actor and status aside). */
    boolean argumentsFit(Application app, Instant at);
  }

  record Simple(ApplicationAction action, Actor by, Duration after) implements Step {
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
          return app.convert(role(app.plan()), by, at);
        case REJECT:
          return app.reject(by, at, RejectionReason.of(RejectionSide.OTHER, "code"));
        case WITHDRAW:
          return app.withdraw(by, at, "moving on");
        case RECORD_REFERENCE:
          return app.recordReference(by, at, Reference.builder().referee("Ref Eree")
              .relationship(RefereeRelationship.PEER).outcome(ReferenceOutcome.MIXED)
              .checkedBy(MemberId.of("rec-1")).build());
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

  record Skip(StageId target, Actor by, Duration after) implements Step {
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
          : app.moveTo(by, at, target, "not needed");
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return target == null || app.skipTargets().contains(target);
    }
  }

  record Move(StageId target, Actor by, Duration after) implements Step {
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

  record Reopen(StageId target, Actor by, Duration after) implements Step {
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
      Actor by, Duration after) implements Step {
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
      return app.submitScorecard(by, at, Scorecard.builder().interview(interview)
          .interviewer(interviewer).recommendation(rec).build());
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      Optional<Interview> held = app.currentStage().flatMap(s -> s.interviews().stream()
          .filter(i -> i.id().equals(interview)).findFirst());
      return held.isPresent()
          && (held.get().interviewers().isEmpty()
              || held.get().interviewers().contains(interviewer))
          && (by.actsAs(HiringRole.COORDINATOR)
              || by.memberId().map(interviewer::equals).orElse(true))
          && app.scorecards().stream().noneMatch(c -> c.interview().equals(interview)
              && c.interviewer().equals(interviewer));
    }
  }

  record DraftOffer(OfferId offer, Compensation terms, ApprovalChain chain, Duration expiresIn,
      Actor by, Duration after) implements Step {
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
      return app.draftOffer(by, at, offer, terms, at.plus(expiresIn), chain);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return !expiresIn.isNegative() && !expiresIn.isZero()
          && app.offers().stream().noneMatch(o -> o.id().equals(offer));
    }
  }

  record Hire(Actor by, Duration after) implements Step {
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
      return app.hire(role(app.plan()), by, at, OPENING);
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  record Unhire(UnhireReason reason, Actor by, Duration after) implements Step {
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
      return app.unhire(by, at, reason, "changed course");
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  record Migrate(boolean mapCurrent, Actor by, Duration after) implements Step {
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

  record OfferStep(OfferAction offerAction, Actor by, Duration after, Compensation terms)
      implements Step {
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
        default:
          return app.reviseOffer(by, at, terms, at.plus(Duration.ofDays(7)));
      }
    }

    @Override
    public boolean argumentsFit(Application app, Instant at) {
      return true;
    }
  }

  /**
   * A step chosen when it runs, among the actions some actor may perform now (progress actions
   * weighted up), with arguments that fit; falls back to a random step when nothing is allowed.
   */
  record Guided(int choice, Step fallback, Compensation terms) {
    private static final Set<Enum<?>> PROGRESS = Set.of(ApplicationAction.ADVANCE,
        ApplicationAction.SKIP, ApplicationAction.CONVERT, ApplicationAction.SUBMIT_SCORECARD,
        ApplicationAction.DRAFT_OFFER, ApplicationAction.HIRE, ApplicationAction.REOPEN,
        OfferAction.SUBMIT_FOR_APPROVAL, OfferAction.APPROVE, OfferAction.EXTEND,
        OfferAction.ACCEPT);

    Step resolve(Application app, Instant at) {
      List<Map.Entry<Actor, Enum<?>>> options = new ArrayList<>();
      for (Actor actor : ACTORS) {
        for (ApplicationAction action : app.allowedActions(actor)) {
          int weight = PROGRESS.contains(action) ? 6 : 1;
          for (int i = 0; i < weight; i++) {
            options.add(Map.entry(actor, action));
          }
        }
        for (OfferAction action : app.allowedOfferActions(actor, at)) {
          int weight = PROGRESS.contains(action) ? 6 : 1;
          for (int i = 0; i < weight; i++) {
            options.add(Map.entry(actor, action));
          }
        }
      }
      if (options.isEmpty()) {
        return fallback;
      }
      Map.Entry<Actor, Enum<?>> picked = options.get(Math.floorMod(choice, options.size()));
      Actor by = picked.getKey();
      Duration after = Duration.ZERO;
      if (picked.getValue() instanceof OfferAction) {
        return new OfferStep((OfferAction) picked.getValue(), by, after, terms);
      }
      ApplicationAction action = (ApplicationAction) picked.getValue();
      switch (action) {
        case SKIP:
          return new Skip(null, by, after);
        case MOVE:
          return new Move(app.moveTargets().get(Math.floorMod(choice, app.moveTargets().size())),
              by, after);
        case REOPEN:
          return new Reopen(null, by, after);
        case SUBMIT_SCORECARD:
          MemberId interviewer = by.memberId().orElse(ALICE);
          List<Interview> held = new ArrayList<>(app.currentStage().orElseThrow().interviews());
          Interview interview = held.get(Math.floorMod(choice, held.size()));
          return new SubmitScorecard(interview.id(), interviewer,
              Recommendation.values()[Math.floorMod(choice, 4) == 0 ? 1 : 3], by, after);
        case DRAFT_OFFER:
          return new DraftOffer(OfferId.of("offer-" + app.offers().size()), terms,
              Math.floorMod(choice, 3) == 0
                  ? ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE, CEO)
                  : ApprovalChain.none(),
              Duration.ofDays(10), by, after);
        case HIRE:
          return new Hire(by, after);
        case UNHIRE:
          return new Unhire(UnhireReason.values()[Math.floorMod(choice, 2)], by, after);
        case MIGRATE:
          return new Migrate(true, by, after);
        default:
          return new Simple(action, by, after);
      }
    }
  }

  static Arbitrary<Actor> actors() {
    return Arbitraries.of(ACTORS);
  }

  static Arbitrary<Duration> gaps() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Duration.ofHours(-1))),
        net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(0, 24 * 6)
            .map(Duration::ofHours)));
  }

  /** Guided steps (three in four) and random ones. */
  static Arbitrary<Guided> mixed(InterviewPlan plan, Arbitrary<Compensation> terms) {
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.of(true, true, true, false), steps(plan, terms), terms)
        .as((choice, guided, random, t) -> new Guided(guided ? choice : -1, random, t));
  }

  /** Random steps whose arguments are drawn from the plan (and a little beyond it). */
  static Arbitrary<Step> steps(InterviewPlan plan, Arbitrary<Compensation> terms) {
    List<StageId> stageIds = plan.stages().stream().map(Stage::id).collect(Collectors.toList());
    Arbitrary<StageId> stages = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.of(stageIds)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(StageId.of("elsewhere"))));
    List<InterviewId> interviewIds = plan.stages().stream()
        .flatMap(s -> s.interviews().stream()).map(Interview::id).collect(Collectors.toList());
    Arbitrary<InterviewId> interviews = interviewIds.isEmpty()
        ? Arbitraries.just(InterviewId.of("nowhere"))
        : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.of(interviewIds)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(InterviewId.of("nowhere"))));
    Arbitrary<ApprovalChain> chains = Arbitraries.of(ApprovalChain.none(),
        ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE, CEO),
        ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CEO));
    Arbitrary<Actor> by = actors();
    Arbitrary<Duration> after = gaps();
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Combinators.combine(Arbitraries.of(ApplicationAction.ADVANCE,
                ApplicationAction.CONVERT, ApplicationAction.REJECT, ApplicationAction.WITHDRAW,
                ApplicationAction.RECORD_REFERENCE), by, after)
            .as(Simple::new)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(stages.injectNull(0.5), by, after)
            .as(Skip::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(stages, by, after).as(Move::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(stages.injectNull(0.6), by, after)
            .as(Reopen::new)),
        net.jqwik.api.Tuple.of(5, Combinators.combine(interviews,
                Arbitraries.of(ALICE, BOB), Arbitraries.of(Recommendation.class), by, after)
            .as(SubmitScorecard::new)),
        net.jqwik.api.Tuple.of(4, Combinators.combine(
                Arbitraries.of(OfferId.of("offer-a"), OfferId.of("offer-b")), terms, chains,
                Arbitraries.of(Duration.ofDays(10), Duration.ofHours(30), Duration.ZERO),
                by, after)
            .as(DraftOffer::new)),
        net.jqwik.api.Tuple.of(3, Combinators.combine(by, after).as(Hire::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(UnhireReason.class), by,
            after).as(Unhire::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(true, true, false), by,
            after).as(Migrate::new)),
        net.jqwik.api.Tuple.of(14, Combinators.combine(Arbitraries.of(OfferAction.class), by,
            after, terms).as(OfferStep::new)));
  }
}
