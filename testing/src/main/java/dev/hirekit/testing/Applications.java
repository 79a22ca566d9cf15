package dev.hirekit.testing;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.DebriefOutcome;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.DecisionRule;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Location;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random applications, built only through the application's public actions and so valid by
 * construction: a random plan, then a random walk of up to 40 attempted actions by a cast of
 * actors ({@link #ACTORS}), three in four chosen among what the application allows someone now
 * (with progress weighted up), the rest entirely random; refused attempts are left out. The
 * walks reach every status, offers in every status, scorecards, references, reopenings,
 * un-hires, plan migrations and transfers between the role applied for ({@link
 * #role(InterviewPlan)}) and another open role ({@link #otherRole(InterviewPlan)}).
 *
 * <pre>{@code
 * Arbitrary<Application> hired = Applications.applications()
 *     .filter(app -> app.status() == ApplicationStatus.HIRED);
 * }</pre>
 *
 * <p>For properties about the actions themselves, {@link #scenarios()} gives the plan and the
 * attempted steps before they run, and {@link Step} says what each attempts.
 */
public final class Applications {
  /** When the generated applications start: 2026-06-01, 09:00 UTC. */
  public static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  /** The candidate of the generated applications, {@code cand-own}. */
  public static final CandidateId CANDIDATE = CandidateId.of("cand-own");
  /** An interviewer, {@code int-alice}; some generated plans list only her. */
  public static final MemberId ALICE = MemberId.of("int-alice");
  /** An interviewer who is also a hiring manager, {@code int-bob}. */
  public static final MemberId BOB = MemberId.of("int-bob");
  /** The role's one opening, which hires fill: {@code opening-1}. */
  public static final OpeningId OPENING = OpeningId.of("opening-1");
  /**
   * The other open role of the walks, {@code forward-deployed-engineer-nyc} ({@link
   * #otherRole(InterviewPlan)}): the walks transfer applications to it, and back.
   */
  public static final RoleId OTHER_ROLE = RoleId.of("forward-deployed-engineer-nyc");

  /**
   * The cast of the walks, in this order: a recruiter ({@code rec-1}), a coordinator ({@code
   * coord-1}), a hiring manager ({@code hm-1}), {@link #ALICE}, {@link #BOB}, the approvers
   * {@link Offers#FINANCE} and {@link Offers#CEO}, the candidate, another candidate ({@code
   * cand-other}) and the system.
   */
  public static final List<Actor> ACTORS = List.of(
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER),
      Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR),
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER),
      Actor.member(ALICE, HiringRole.INTERVIEWER),
      Actor.member(BOB, HiringRole.INTERVIEWER, HiringRole.HIRING_MANAGER),
      Actor.member(Offers.FINANCE, HiringRole.APPROVER),
      Actor.member(Offers.CEO, HiringRole.APPROVER),
      Actor.candidate(CANDIDATE),
      Actor.candidate(CandidateId.of("cand-other")),
      Actor.system());

  /** The decision rules the seed plan's interviews stage is given, by number. */
  private static final List<List<DecisionRule>> SEED_RULES = List.of(List.of(),
      List.of(DecisionRule.atLeastOne(Recommendation.STRONG_YES)),
      List.of(DecisionRule.everyInterviewCovered(),
          DecisionRule.debriefOnNo(InterviewFocus.NON_TECHNICAL)),
      List.of(DecisionRule.votesIn(1), DecisionRule.noneAtOrBelow(Recommendation.NO)));

  /** The role applied for, {@code forward-deployed-engineer-sf} ({@link #role(InterviewPlan)}). */
  static final RoleId ROLE = RoleId.of("forward-deployed-engineer-sf");
  /** The hiring team of {@link #OTHER_ROLE}: every member of {@link #ACTORS} in their roles. */
  private static final HiringTeam OTHER_TEAM = HiringTeam.builder().members(ACTORS.stream()
          .filter(actor -> actor.memberId().isPresent())
          .map(actor -> TeamMember.builder().id(actor.memberId().orElseThrow())
              .roles(actor.roles()).build())
          .collect(Collectors.toList()))
      .build();
  /** The details of a contingent offer the walks draft: a background check and references. */
  private static final OfferDetails CONTINGENT = OfferDetails.builder()
      .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK))
      .addContingency(Contingency.of(ContingencyKind.REFERENCES)).build();
  /** When the role of the generated applications opens. */
  static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");

  private Applications() {}

  /**
   * One attempted action on an application: what it does, who does it and how long after the
   * previous step, and whether its arguments fit an application.
   */
  public interface Step {
    /**
     * The application action attempted.
     *
     * @return the action, or null for an offer action
     */
    ApplicationAction action();

    /**
     * The offer action attempted.
     *
     * @return the action, or null for an application action
     */
    OfferAction offerAction();

    /**
     * Who attempts it.
     *
     * @return the actor
     */
    Actor by();

    /**
     * How long after the previous step it is attempted; sometimes negative, so out of order.
     *
     * @return the delay
     */
    Duration after();

    /**
     * Attempts the action.
     *
     * @param app the application
     * @param at when
     * @return the application after it
     * @throws IllegalTransitionException if the application refuses the action
     * @throws InvalidValueException if it refuses the arguments
     */
    Application run(Application app, Instant at);

    /**
     * Whether the arguments fit the application now, the actor and the status aside: an
     * oracle built from the application's own introspection and the documented argument rules.
     *
     * @param app the application
     * @param at when
     * @return true if the arguments fit
     */
    boolean argumentsFit(Application app, Instant at);
  }

  /**
   * A step chosen when it runs, among the actions some actor of {@link #ACTORS} may perform
   * then (progress actions weighted up), with arguments that fit; or, with a negative choice or
   * when nothing is allowed, the random fallback.
   *
   * @param choice which allowed action to take (modulo their number), the rest of it (divided
   *     by their number) choosing its arguments; one choice in five lets a live offer lapse or
   *     has an awaited approver decline it instead; negative for the fallback
   * @param fallback the random step
   * @param terms the terms of a drafted or revised offer
   */
  public record Intent(int choice, Step fallback, Compensation terms) {
    private static final Set<Enum<?>> PROGRESS = Set.of(ApplicationAction.ADVANCE,
        ApplicationAction.SKIP, ApplicationAction.CONVERT, ApplicationAction.SUBMIT_SCORECARD,
        ApplicationAction.DRAFT_OFFER, ApplicationAction.HIRE, ApplicationAction.REOPEN,
        OfferAction.SUBMIT_FOR_APPROVAL, OfferAction.APPROVE, OfferAction.EXTEND,
        OfferAction.ACCEPT, OfferAction.CLEAR_CONTINGENCY, OfferAction.FAIL_CONTINGENCY);
    /**
     * What may clear a stage's exit rule (material asked for, a window to book before handing
     * it in, a required choice, a debrief, an override): progress only while no one may
     * advance, since each may be repeated.
     */
    private static final Set<Enum<?>> UNBLOCKING = Set.of(ApplicationAction.SUBMIT_ARTIFACT,
        ApplicationAction.BOOK_WINDOW, ApplicationAction.CHOOSE, ApplicationAction.DEBRIEF,
        ApplicationAction.OVERRIDE_DECISION, ApplicationAction.CHECK_REQUIREMENT);

    /**
     * The step this intent takes on an application at a time.
     *
     * @param app the application
     * @param at when
     * @return an allowed step, or the fallback
     */
    public Step resolve(Application app, Instant at) {
      if (choice < 0) {
        return fallback;
      }
      Optional<Step> lapse = lapseOrDecline(app, at);
      if (lapse.isPresent()) {
        return lapse.get();
      }
      List<Map.Entry<Actor, Enum<?>>> options = options(app, at);
      if (options.isEmpty()) {
        return fallback;
      }
      Map.Entry<Actor, Enum<?>> picked = options.get(choice % options.size());
      int rest = choice / options.size();
      Actor by = picked.getKey();
      Duration after = Duration.ZERO;
      if (picked.getValue() instanceof OfferAction) {
        return new ApplicationSteps.OfferStep((OfferAction) picked.getValue(), by, after, terms);
      }
      ApplicationAction action = (ApplicationAction) picked.getValue();
      switch (action) {
        case SKIP:
          return new ApplicationSteps.Skip(null, by, after);
        case MOVE:
          return new ApplicationSteps.Move(
              app.moveTargets().get(rest % app.moveTargets().size()), by, after);
        case REOPEN:
          return new ApplicationSteps.Reopen(null, by, after);
        case SUBMIT_SCORECARD:
          return scorecard(app, rest, by, after);
        case DRAFT_OFFER:
          return new ApplicationSteps.DraftOffer(OfferId.of("offer-" + app.history().stream()
                  .filter(e -> e instanceof ApplicationEvent.OfferDrafted).count()),
              terms, rest % 3 == 0
                  ? ApprovalChain.of(ApprovalMode.PARALLEL, 1, Offers.FINANCE, Offers.CEO)
                  : ApprovalChain.none(),
              Duration.ofDays(10), by, after, rest % 12 == 1 ? CONTINGENT : OfferDetails.none());
        case HIRE:
          return new ApplicationSteps.Hire(by, after);
        case UNHIRE:
          return new ApplicationSteps.Unhire(UnhireReason.values()[rest % 2],
              by, after);
        case MIGRATE:
          return new ApplicationSteps.Migrate(true, by, after);
        case TRANSFER:
          return ApplicationSteps.Transfer.away(app, rest, by, after);
        case CHOOSE:
        case OPT_IN:
        case OPT_OUT:
        case REQUEST_ACCOMMODATION:
        case ARRANGE_ACCOMMODATION:
          return ChoiceSteps.guided(app, action, rest, by, after);
        case CONSIDER_FOR:
          return new ApplicationSteps.ConsiderFor(OPENING, by, after);
        case DEBRIEF:
          return new ApplicationSteps.Debrief(DebriefOutcome.values()[rest % 3], by, after);
        case SUBMIT_ARTIFACT:
        case AMEND_SCORECARD:
          return ArtifactSteps.guided(app, action, rest, by, after);
        case SCHEDULE_INTERVIEW:
          return new ApplicationSteps.ScheduleInterview(app.schedulableInterviews().stream()
              .sorted(java.util.Comparator.comparing(InterviewId::value)).toList()
              .get(rest % app.schedulableInterviews().size()), Duration.ofHours(rest % 72),
              by, after);
        case BOOK_WINDOW:
          return new ApplicationSteps.BookWindow(Duration.ofHours(rest % 48), by, after);
        case CHECK_REQUIREMENT:
          return RequirementSteps.guided(app, rest, by, after);
        default:
          return new ApplicationSteps.Simple(action, by, after);
      }
    }

    /**
     * One intent in five lets an extended offer lapse (waiting past its expiry, then expiring
     * it) or be declined by the candidate (half each), or has an awaited approver decline
     * approval: steps that waiting or one actor out of several would rarely pick.
     */
    private Optional<Step> lapseOrDecline(Application app, Instant at) {
      Optional<Offer> live = app.liveOffer();
      if (live.isEmpty() || Math.floorMod(choice, 5) != 0) {
        return Optional.empty();
      }
      Offer offer = live.get();
      if (offer.status() == OfferStatus.EXTENDED && Math.floorMod(choice, 10) == 5) {
        return Optional.of(new ApplicationSteps.OfferStep(OfferAction.DECLINE, ACTORS.get(7),
            Duration.ZERO, terms));
      }
      if (offer.status() == OfferStatus.EXTENDED) {
        Duration wait = Duration.between(at, offer.expiresAt()).plusMinutes(1);
        return Optional.of(new ApplicationSteps.OfferStep(OfferAction.EXPIRE, ACTORS.get(0),
            wait.isNegative() ? Duration.ZERO : wait, terms));
      }
      if (offer.status() == OfferStatus.PENDING_APPROVAL) {
        return ACTORS.stream()
            .filter(a -> a.memberId().filter(m -> offer.approvalChain().awaits(m,
                offer.approvals())).isPresent())
            .findFirst().map(approver -> new ApplicationSteps.OfferStep(
                OfferAction.DECLINE_APPROVAL, approver, Duration.ZERO, terms));
      }
      return Optional.empty();
    }

    private static Step scorecard(Application app, int rest, Actor by, Duration after) {
      MemberId interviewer = by.memberId().orElse(ALICE);
      List<Interview> held = new ArrayList<>(app.currentStage().orElseThrow().interviews());
      Interview interview = held.get(rest % held.size());
      return new ApplicationSteps.SubmitScorecard(interview.id(), interviewer,
          Recommendation.values()[rest % 4 == 0 ? 1 : 3], by, after);
    }

    /**
     * What a guided intent's choice picks from: every allowed application and offer action of
     * every actor of {@link #ACTORS}, in that order, a progress action twelve times over; while
     * no one may advance (the stage is held, or it is the last), what may clear the hold counts
     * as progress too. A transfer is offered once, by one of those who may (which one turns with
     * the application's version): offered to each of the four of the cast who may by default,
     * transfers moved one walk in four and cost about a quarter of the hires; offered once, they
     * move about one in thirteen.
     */
    static List<Map.Entry<Actor, Enum<?>>> options(Application app, Instant at) {
      Map<Actor, Set<ApplicationAction>> allowed = new LinkedHashMap<>();
      ACTORS.forEach(actor -> allowed.put(actor, app.allowedActions(actor)));
      boolean held = allowed.values().stream()
          .noneMatch(actions -> actions.contains(ApplicationAction.ADVANCE));
      List<Actor> transferring = ACTORS.stream()
          .filter(actor -> allowed.get(actor).contains(ApplicationAction.TRANSFER))
          .collect(Collectors.toList());
      Actor transferrer = transferring.isEmpty() ? null
          : transferring.get((int) (app.version() % transferring.size()));
      List<Map.Entry<Actor, Enum<?>>> options = new ArrayList<>();
      for (Actor actor : ACTORS) {
        for (ApplicationAction action : allowed.get(actor)) {
          if (action != ApplicationAction.TRANSFER || actor.equals(transferrer)) {
            add(options, actor, action, held);
          }
        }
        for (OfferAction action : app.allowedOfferActions(actor, at)) {
          add(options, actor, action, held);
        }
      }
      return options;
    }

    private static void add(List<Map.Entry<Actor, Enum<?>>> options, Actor actor,
        Enum<?> action, boolean held) {
      boolean progress = PROGRESS.contains(action) || held && UNBLOCKING.contains(action);
      options.addAll(Collections.nCopies(progress ? 12 : 1, Map.entry(actor, action)));
    }
  }

  /**
   * A plan and the steps to attempt on it; the application starts at {@link #START} by the
   * candidate applying, or (a prospect) by a recruiter sourcing the candidate.
   *
   * @param plan the plan of the role
   * @param prospect whether the application starts as a prospect
   * @param steps the steps to attempt, in order
   */
  public record Scenario(InterviewPlan plan, boolean prospect, List<Intent> steps) {
    /**
     * The scenario with its steps as given.
     *
     * @param plan the plan of the role
     * @param prospect whether the application starts as a prospect
     * @param steps the steps to attempt, in order
     */
    public Scenario {
      steps = List.copyOf(steps);
    }

    /**
     * The open role applied for: {@link Applications#role(InterviewPlan)} of the plan.
     *
     * @return the role
     */
    public Role role() {
      return Applications.role(plan);
    }

    /**
     * The application before any step, id {@code app-1}.
     *
     * @return the new application or prospect
     */
    public Application start() {
      return prospect
          ? Application.prospect(ApplicationId.of("app-1"), CANDIDATE, role(), ACTORS.get(0),
              START)
          : Application.apply(ApplicationId.of("app-1"), CANDIDATE, role(),
              Actor.candidate(CANDIDATE), START);
    }

    /**
     * Attempts every step in turn, leaving out refused ones.
     *
     * @return the application at the end
     */
    public Application walk() {
      Application app = start();
      Instant at = START;
      for (Intent intent : steps) {
        Step step = intent.resolve(app, at);
        Instant when = at.plus(step.after());
        try {
          app = step.run(app, when);
          at = when;
        } catch (IllegalTransitionException | InvalidValueException refused) {
          // a refused step changes nothing
        }
      }
      return app;
    }
  }

  /**
   * The open role of the generated applications: the seed posting ({@link Roles#seedPosting()})
   * under the id {@code forward-deployed-engineer-sf}, drafted at the epoch with the plan and the
   * opening {@link #OPENING}, opened on 2026-01-01, all by the system.
   *
   * <pre>{@code
   * Application app = Application.apply(ApplicationId.of("app-1"), CandidateId.of("c-1"),
   *     Applications.role(Plans.seed()), Actor.candidate(CandidateId.of("c-1")), Instant.now());
   * }</pre>
   *
   * @param plan the plan
   * @return the open role
   */
  public static Role role(InterviewPlan plan) {
    return opened(Role.draft(ROLE, Roles.seedPosting(), Actor.system(), Instant.EPOCH), plan);
  }

  /**
   * The other open role of the walks, which they transfer applications to and back from: the
   * seed posting in New York under the id {@link #OTHER_ROLE}, its hiring team every member of
   * {@link #ACTORS} in their roles (so that whoever may transfer out of {@link
   * #role(InterviewPlan)} may transfer in), then drafted, planned, given the opening {@link
   * #OPENING} and opened as that role is. Both roles run the same plan, as offices of one team
   * often do; a transfer changes the application's role and team and starts its offers and
   * scorecards afresh.
   *
   * <pre>{@code
   * Application moved = app.transfer(Applications.otherRole(app.plan()), recruiter, now,
   *     "prefers New York");
   * }</pre>
   *
   * @param plan the plan
   * @return the open role
   */
  public static Role otherRole(InterviewPlan plan) {
    Posting posting = Roles.seedPosting()
        .withLocations(List.of(Location.of("New York", "NY", "US")));
    return opened(Role.draft(OTHER_ROLE, posting, Actor.system(), Instant.EPOCH)
        .setTeam(Actor.system(), Instant.EPOCH, OTHER_TEAM), plan);
  }

  /**
   * The open role an application of the walks is on now, with its current plan: {@link
   * #otherRole(InterviewPlan)} once transferred there, otherwise {@link #role(InterviewPlan)}.
   * What a hire, an un-hire or a link to an opening needs to be given.
   *
   * <pre>{@code
   * Staffing.hire(Applications.role(app), app, recruiter, now, Applications.OPENING);
   * }</pre>
   *
   * @param app an application of the walks
   * @return its role
   */
  public static Role role(Application app) {
    return role(app.roleId(), app.plan());
  }

  /** The role of the walks with this id (the one applied for unless it is the other) on a plan. */
  static Role role(RoleId id, InterviewPlan plan) {
    return id.equals(OTHER_ROLE) ? otherRole(plan) : role(plan);
  }

  /** A drafted role given the plan and the opening {@link #OPENING}, then opened. */
  private static Role opened(Role draft, InterviewPlan plan) {
    return draft.setPlan(Actor.system(), Instant.EPOCH, plan)
        .addOpening(Actor.system(), Instant.EPOCH, OPENING)
        .open(Actor.system(), OPENED);
  }

  /**
   * The plans of the walks: three in five the seed plan ({@link Plans#seed()}) with 0 to 2
   * required scorecards, maybe a minimum recommendation, optional or required take-home and
   * references, and interviews that anyone or only {@link #ALICE} may score; the rest random
   * plans ({@link Plans#plans()}) whose interviews anyone may score, ending in an offer stage.
   *
   * <pre>{@code
   * Arbitrary<InterviewPlan> plans = Applications.plans();
   * }</pre>
   *
   * @return plans
   */
  public static Arbitrary<InterviewPlan> plans() {
    Arbitrary<InterviewPlan> random = Plans.plans().map(plan -> {
      List<Stage> stages = plan.stages().stream().map(s -> s.withInterviews(
              s.interviews().stream().map(i -> i.withInterviewers(List.of()))
                  .collect(Collectors.toList())))
          .collect(Collectors.toCollection(ArrayList::new));
      if (stages.stream().noneMatch(s -> s.kind() == StageKind.OFFER)) {
        stages.add(Stage.builder().id(StageId.of("final-offer")).name("Offer")
            .kind(StageKind.OFFER).addFormat(StageFormat.ASYNC).build());
      }
      return plan.withStages(stages);
    });
    Arbitrary<InterviewPlan> seed = Combinators.combine(Arbitraries.integers().between(0, 2),
            Arbitraries.of(Recommendation.NO, Recommendation.YES).injectNull(0.5),
            Arbitraries.of(true, false), Arbitraries.of(List.<MemberId>of(), List.of(ALICE)),
            Arbitraries.integers().between(0, 3), Plans.scales().injectNull(0.5))
        .as((required, minimum, optionalSteps, panel, rules, scale) -> {
          InterviewPlan plan = Plans.seed();
          return plan.withStages(plan.stages().stream().map(s -> {
            String id = s.id().value();
            if (id.equals("interviews")) {
              Stage staged = s.withRequiredScorecards(required)
                  .withDecisionRules(SEED_RULES.get(rules));
              staged = scale == null ? staged : staged.withScale(scale);
              staged = minimum == null ? staged : staged.withMinimumRecommendation(minimum);
              return staged.withInterviews(staged.interviews().stream()
                  .map(i -> i.withInterviewers(panel)
                      .withShadows(panel.isEmpty() ? List.of() : List.of(BOB)))
                  .collect(Collectors.toList()));
            }
            if (id.equals("references") || id.equals("take-home")) {
              return s.withOptional(optionalSteps);
            }
            return s;
          }).collect(Collectors.toList()));
        });
    int seedStages = Plans.seed().stages().size();
    seed = Combinators.combine(seed, ChoiceSteps.decorations(seedStages),
            ArtifactSteps.decorations(seedStages), RequirementSteps.decorations())
        .as((plan, choices, asks, requirements) ->
            requirements.apply(asks.apply(choices.apply(plan))));
    return Arbitraries.frequencyOf(Tuple.of(3, seed), Tuple.of(2, random));
  }

  /**
   * Intents on a plan: three in four guided (an allowed action, chosen when it runs), the rest
   * a random {@link #steps(InterviewPlan, Arbitrary) step}.
   *
   * <pre>{@code
   * Arbitrary<List<Applications.Intent>> walks = Applications.intents(Plans.seed(),
   *     Offers.compensations()).list().ofMaxSize(40);
   * }</pre>
   *
   * @param plan the plan
   * @param terms the terms of drafted and revised offers
   * @return intents
   */
  public static Arbitrary<Intent> intents(InterviewPlan plan, Arbitrary<Compensation> terms) {
    return intentShapes(terms).map(shape -> shape.apply(plan));
  }

  /** An intent of {@link #intents(InterviewPlan, Arbitrary)} once given its plan. */
  static Arbitrary<Function<InterviewPlan, Intent>> intentShapes(
      Arbitrary<Compensation> terms) {
    return Combinators.combine(Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.of(true, true, true, false), stepShapes(terms), terms)
        .as((choice, guided, random, t) -> plan ->
            new Intent(guided ? choice : -1, random.apply(plan), t));
  }

  /**
   * Random steps of every action by any actor of {@link #ACTORS}, allowed or not, whose
   * arguments are drawn from the plan and a little beyond it (a stage and an interview that are
   * not in the plan, an offer that expires at once, a migration that drops the current stage, a
   * transfer to the application's own role), one in 21 of them an hour before the previous step.
   *
   * <pre>{@code
   * Arbitrary<Applications.Step> steps = Applications.steps(Plans.seed(), Offers.compensations());
   * }</pre>
   *
   * @param plan the plan
   * @param terms the terms of drafted and revised offers
   * @return steps
   */
  public static Arbitrary<Step> steps(InterviewPlan plan, Arbitrary<Compensation> terms) {
    return stepShapes(terms).map(shape -> shape.apply(plan));
  }

  /**
   * A step of {@link #steps(InterviewPlan, Arbitrary)} once given its plan: its stage and
   * interview are drawn as positions in the plan, so that the generator is built once rather
   * than once per plan (a flat map over plans built and memoized a new generator, with its edge
   * cases, for every plan drawn).
   */
  static Arbitrary<Function<InterviewPlan, Step>> stepShapes(Arbitrary<Compensation> terms) {
    Arbitrary<Function<InterviewPlan, StageId>> stages = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(0, 9_999).map(n -> plan ->
            plan.stages().get(n % plan.stages().size()).id())),
        Tuple.of(1, Arbitraries.just(plan -> StageId.of("elsewhere"))));
    Arbitrary<Function<InterviewPlan, InterviewId>> interviews = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(0, 9_999).map(n -> plan -> {
          List<InterviewId> ids = plan.stages().stream()
              .flatMap(s -> s.interviews().stream()).map(Interview::id)
              .collect(Collectors.toList());
          return ids.isEmpty() ? InterviewId.of("nowhere") : ids.get(n % ids.size());
        })),
        Tuple.of(1, Arbitraries.just(plan -> InterviewId.of("nowhere"))));
    Arbitrary<ApprovalChain> chains = Arbitraries.of(ApprovalChain.none(),
        ApprovalChain.of(ApprovalMode.PARALLEL, 1, Offers.FINANCE, Offers.CEO),
        ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, Offers.FINANCE, Offers.CEO),
        ApprovalChain.of(ApprovalGroup.of("finance", 1, Offers.FINANCE, Offers.CEO),
            ApprovalGroup.of("executive", 1, Offers.CEO)));
    Arbitrary<Actor> by = Arbitraries.of(ACTORS);
    Arbitrary<Duration> after = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Duration.ofHours(-1))),
        Tuple.of(20, Arbitraries.longs().between(0, 24 * 6).map(Duration::ofHours)));
    return Arbitraries.frequencyOf(
        Tuple.of(12, anyPlan(Combinators.combine(Arbitraries.of(ApplicationAction.ADVANCE,
                ApplicationAction.CONVERT, ApplicationAction.REJECT, ApplicationAction.WITHDRAW,
                ApplicationAction.RECORD_REFERENCE), by, after)
            .as(ApplicationSteps.Simple::new))),
        Tuple.of(2, Combinators.combine(stages.injectNull(0.5), by, after)
            .as((stage, who, gap) -> plan ->
                new ApplicationSteps.Skip(stage == null ? null : stage.apply(plan), who, gap))),
        Tuple.of(3, Combinators.combine(stages, by, after)
            .as((stage, who, gap) -> plan ->
                new ApplicationSteps.Move(stage.apply(plan), who, gap))),
        Tuple.of(3, Combinators.combine(stages.injectNull(0.6), by, after)
            .as((stage, who, gap) -> plan ->
                new ApplicationSteps.Reopen(stage == null ? null : stage.apply(plan), who, gap))),
        Tuple.of(5, Combinators.combine(interviews,
                Arbitraries.of(ALICE, BOB), Plans.recommendations(), by, after)
            .as((interview, interviewer, rec, who, gap) -> plan ->
                new ApplicationSteps.SubmitScorecard(interview.apply(plan), interviewer, rec,
                    who, gap))),
        Tuple.of(4, anyPlan(Combinators.combine(
                Arbitraries.of(OfferId.of("offer-a"), OfferId.of("offer-b")), terms, chains,
                Arbitraries.of(Duration.ofDays(10), Duration.ofHours(30), Duration.ZERO),
                by, after)
            .as((offer, t, chain, in, who, wait) -> new ApplicationSteps.DraftOffer(offer, t,
                chain, in, who, wait)))),
        Tuple.of(3, anyPlan(Combinators.combine(by, after).as(ApplicationSteps.Hire::new))),
        Tuple.of(1, anyPlan(Combinators.combine(unhireReasons(), by, after)
            .as(ApplicationSteps.Unhire::new))),
        Tuple.of(1, anyPlan(Combinators.combine(Arbitraries.of(true, true, false), by, after)
            .as(ApplicationSteps.Migrate::new))),
        Tuple.of(1, Combinators.combine(Arbitraries.of(OTHER_ROLE, ROLE),
                stages.injectNull(0.5), by, after)
            .as((to, stage, who, gap) -> plan -> new ApplicationSteps.Transfer(to,
                stage == null ? null : stage.apply(plan), who, gap))),
        Tuple.of(14, anyPlan(Combinators.combine(Offers.offerActions(), by, after, terms)
            .as(ApplicationSteps.OfferStep::new))),
        Tuple.of(4, ChoiceSteps.random(stages, by, after)),
        Tuple.of(2, ArtifactSteps.random(stages, by, after)),
        Tuple.of(2, Combinators.combine(interviews, Arbitraries.of(ALICE, BOB),
                Plans.recommendations(), by, after)
            .as((interview, interviewer, rec, who, gap) -> plan ->
                new ApplicationSteps.AmendScorecard(interview.apply(plan), interviewer, rec,
                    who, gap))),
        Tuple.of(1, anyPlan(Combinators.combine(Arbitraries.of(OPENING,
                OpeningId.of("opening-9")), by, after).as(ApplicationSteps.ConsiderFor::new))),
        Tuple.of(2, Combinators.combine(interviews,
                Arbitraries.longs().between(0, 24 * 4).map(Duration::ofHours), by, after)
            .as((interview, in, who, gap) -> plan ->
                new ApplicationSteps.ScheduleInterview(interview.apply(plan), in, who, gap))),
        Tuple.of(1, anyPlan(Combinators.combine(
                Arbitraries.longs().between(0, 24 * 4).map(Duration::ofHours), by, after)
            .as(ApplicationSteps.BookWindow::new))),
        Tuple.of(1, RequirementSteps.random(by, after)));
  }

  /** Steps that take nothing from the plan. */
  private static Arbitrary<Function<InterviewPlan, Step>> anyPlan(Arbitrary<? extends Step> steps) {
    return steps.map(step -> plan -> step);
  }

  /**
   * Scenarios: a plan of {@link #plans()}, one in four a prospect, and 1 to 40 {@link
   * #intents(InterviewPlan, Arbitrary) intents} with random offer terms (half the prospects
   * get at most two, none included).
   *
   * <pre>{@code
   * Arbitrary<Application> ends = Applications.scenarios().map(Applications.Scenario::walk);
   * }</pre>
   *
   * @return scenarios
   */
  public static Arbitrary<Scenario> scenarios() {
    Arbitrary<Compensation> terms = Offers.compensations();
    // Half the prospects' walks are cut to at most two intents, so that some walks also end
    // with a prospect still a prospect, not only where up to forty intents lead.
    Arbitrary<Integer> cuts = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(40)),
        Tuple.of(1, Arbitraries.integers().between(0, 2)));
    return Combinators.combine(plans(), Arbitraries.of(false, false, false, true),
            intentShapes(terms).list().ofMinSize(1).ofMaxSize(40).withoutEdgeCases(), cuts)
        .as((plan, prospect, shapes, cut) -> new Scenario(plan, prospect,
            shapes.subList(0, prospect ? Math.min(cut, shapes.size()) : shapes.size()).stream()
                .map(shape -> shape.apply(plan)).collect(Collectors.toList())));
  }

  /**
   * Applications at the end of a {@link #scenarios() scenario}: in every status, with offers,
   * scorecards, references, reopenings, un-hires, migrations and transfers along the way.
   *
   * <pre>{@code
   * Arbitrary<Application> apps = Applications.applications();
   * }</pre>
   *
   * @return applications
   */
  public static Arbitrary<Application> applications() {
    return scenarios().map(Scenario::walk);
  }

  /**
   * Application ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<ApplicationId> ids = Applications.applicationIds();
   * }</pre>
   *
   * @return application ids
   */
  public static Arbitrary<ApplicationId> applicationIds() {
    return Texts.identifiers().map(ApplicationId::of);
  }

  /**
   * Every status of an application.
   *
   * <pre>{@code
   * Arbitrary<ApplicationStatus> statuses = Applications.applicationStatuses();
   * }</pre>
   *
   * @return statuses
   */
  public static Arbitrary<ApplicationStatus> applicationStatuses() {
    return Arbitraries.of(ApplicationStatus.class);
  }

  /**
   * Every action on an application.
   *
   * <pre>{@code
   * Arbitrary<ApplicationAction> actions = Applications.applicationActions();
   * }</pre>
   *
   * @return actions
   */
  public static Arbitrary<ApplicationAction> applicationActions() {
    return Arbitraries.of(ApplicationAction.class);
  }

  /**
   * Every side that rejects.
   *
   * <pre>{@code
   * Arbitrary<RejectionSide> sides = Applications.rejectionSides();
   * }</pre>
   *
   * @return sides
   */
  public static Arbitrary<RejectionSide> rejectionSides() {
    return Arbitraries.of(RejectionSide.class);
  }

  /**
   * Rejection reasons of any side, with a code in any script and maybe a note.
   *
   * <pre>{@code
   * Arbitrary<RejectionReason> reasons = Applications.rejectionReasons();
   * }</pre>
   *
   * @return reasons
   */
  public static Arbitrary<RejectionReason> rejectionReasons() {
    return Combinators.combine(rejectionSides(),
            Arbitraries.oneOf(Arbitraries.of("skills", "timing", "compensation"), Texts.names()),
            Texts.names().optional())
        .as((side, code, note) -> note.map(RejectionReason.of(side, code)::withNote)
            .orElseGet(() -> RejectionReason.of(side, code)));
  }

  /**
   * Every reason to undo a hire.
   *
   * <pre>{@code
   * Arbitrary<UnhireReason> reasons = Applications.unhireReasons();
   * }</pre>
   *
   * @return reasons
   */
  public static Arbitrary<UnhireReason> unhireReasons() {
    return Arbitraries.of(UnhireReason.class);
  }

  /**
   * Checksums of every algorithm, with values of the algorithm's length.
   *
   * <pre>{@code
   * Arbitrary<Checksum> sums = Applications.checksums();
   * }</pre>
   *
   * @return checksums
   */
  public static Arbitrary<dev.hirekit.application.Checksum> checksums() {
    return Arbitraries.of(dev.hirekit.application.ChecksumAlgorithm.class).flatMap(algorithm ->
        Arbitraries.strings().withChars("0123456789abcdef").ofLength(algorithm.hexLength())
            .map(hex -> dev.hirekit.application.Checksum.of(algorithm, hex)));
  }

  /**
   * References to submitted material: web, object-store and URN addresses, a few media types,
   * with and without a size.
   *
   * <pre>{@code
   * Arbitrary<Artifact> artifacts = Applications.artifacts();
   * }</pre>
   *
   * @return artifacts
   */
  public static Arbitrary<dev.hirekit.application.Artifact> artifacts() {
    return Combinators.combine(
            Arbitraries.of("https://files.example.com/cand-1/cv.pdf",
                "s3://submissions/cand-2/solution.zip", "urn:uuid:5f0c1e4e-8f71-4d1b-9a55-1c0a",
                "urn:hirekit:erased"),
            Arbitraries.of("application/pdf", "text/plain", "application/zip",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            checksums(), Arbitraries.longs().between(0, 50_000_000).injectNull(0.3))
        .as((uri, type, sum, size) -> {
          dev.hirekit.application.Artifact.Builder b = dev.hirekit.application.Artifact
              .builder().uri(java.net.URI.create(uri)).mediaType(type).checksum(sum);
          if (size != null) {
            b.size(size);
          }
          return b.build();
        });
  }
}
