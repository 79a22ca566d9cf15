package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.report.DurationSketch;
import dev.hirekit.report.DurationSummary;
import dev.hirekit.report.OfferFigures;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.PlanFunnel;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.report.ReportScope;
import dev.hirekit.report.SourceFigures;
import dev.hirekit.report.SourceYield;
import dev.hirekit.report.StageFigures;
import dev.hirekit.role.RoleId;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random pipelines (several applications of one or two roles, each role with its own plan), for
 * properties of code that reads many applications at once, and random reports whose figures add
 * up, for properties of the report values themselves.
 *
 * <p>Three applications in four are a walk like those of {@link Applications#scenarios()} on
 * their role's plan; the fourth heads for a hire (scorecards, advances, an offer accepted, maybe
 * after a decline and a revision, and the hire, with a detour now and then). Each is then
 * given its own ids and its own start: application {@code app-N} of candidate {@code cand-N}
 * applies to {@code role-R} (R 0 or 1) {@code N * 7} hours after {@link Applications#START}.
 * A walk that transfers moves to {@code role-R}'s sister role {@code role-(R+2)}, which runs the
 * same plan (as {@link Applications#otherRole(InterviewPlan)} does), and maybe back. Candidates'
 * sources come from {@link #SOURCES}.
 *
 * <pre>{@code
 * @Property
 * void reportsAddUp(@ForAll("pipelines") List<Application> applications) {
 *   PipelineReport report = Pipelines.QUERY.over(applications);
 *   ...
 * }
 *
 * @Provide
 * Arbitrary<List<Application>> pipelines() {
 *   return Pipelines.pipelines();
 * }
 * }</pre>
 */
public final class Pipelines {
  /**
   * The generated candidates' sources: by the candidate's number ({@code cand-N}), or a hash of
   * any other id; one in seven unknown.
   */
  public static final Function<CandidateId, Optional<SourceKind>> SOURCES = Pipelines::source;

  /** The query of {@link #reports()}: every application, sources from {@link #SOURCES}. */
  public static final ReportQuery QUERY = ReportQuery.builder().sources(SOURCES).build();

  private Pipelines() {}

  /**
   * Pipelines of 0 to 4 applications over one or two roles.
   *
   * @return lists of applications with distinct ids, in the order they were created
   */
  public static Arbitrary<List<Application>> pipelines() {
    return pipelines(4);
  }

  /**
   * Pipelines of 0 to {@code max} applications over one or two roles.
   *
   * @param max the most applications
   * @return lists of applications with distinct ids, in the order they were created
   */
  public static Arbitrary<List<Application>> pipelines(int max) {
    Arbitrary<Compensation> terms = Offers.compensations();
    // Each draft is drawn apart from the plans and then put on one of them: a flat map over the
    // plans built and memoized a new generator, with its edge cases, for every plan drawn.
    Arbitrary<Function<InterviewPlan, Applications.Scenario>> walks = Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(Arbitraries.of(false, false, false, true),
                Applications.intentShapes(terms).list().ofMinSize(1).ofMaxSize(24))
            .as((prospect, shapes) -> plan -> new Applications.Scenario(plan, prospect,
                shapes.stream().map(shape -> shape.apply(plan)).collect(Collectors.toList())))),
        Tuple.of(1, towardsAHire(terms)));
    return Combinators.combine(Applications.plans().list().ofMinSize(1).ofMaxSize(2),
            Combinators.combine(Arbitraries.integers().between(0, 1), walks)
                .as(Tuple::of).list().ofMaxSize(max))
        .as((plans, drafts) -> walk(drafts.stream().map(draft -> {
          int r = draft.get1() % plans.size();
          return new Draft(r, draft.get2().apply(plans.get(r)));
        }).collect(Collectors.toList())));
  }

  /**
   * Reports whose figures add up, built from random figures directly rather than by walking
   * applications (cheap enough for round-trip properties over thousands of values): the empty
   * report among them, scopes of every kind, one to three funnels of one to four stages, counts
   * from zero to large, and durations summarised exactly or by the sketch as the scope says.
   *
   * @return reports
   */
  public static Arbitrary<PipelineReport> reports() {
    return Combinators.combine(scopes(),
            funnelsOfEitherKind().list().ofMaxSize(3)
                .uniqueElements(f -> f.apply(true).role().value() + "#"
                    + f.apply(true).planVersion()),
            sourceYields(), Arbitraries.longs().between(0, 5), offersOfEitherKind(),
            durations().list().ofMaxSize(8), durations().list().ofMaxSize(8))
        .as((scope, funnels, sources, prospects, offers, hireTimes, decisionTimes) -> {
          boolean exact = scope.exact();
          List<PlanFunnel> sorted = new ArrayList<>();
          funnels.forEach(f -> sorted.add(f.apply(exact)));
          sorted.sort(java.util.Comparator.comparing((PlanFunnel f) -> f.role().value())
              .thenComparing(PlanFunnel::planVersion));
          long applications = sources.unknown().applications();
          long hires = sources.unknown().hires();
          for (SourceFigures figures : sources.bySource().values()) {
            applications += figures.applications();
            hires += figures.hires();
          }
          long reached = sorted.stream().flatMap(f -> f.stages().stream())
              .mapToLong(StageFigures::reached).max().orElse(0);
          if (reached > applications) {          // every application reached counts somewhere
            SourceFigures unknown = sources.unknown();
            sources = new SourceYield(sources.bySource(), new SourceFigures(
                unknown.applications() + reached - applications, unknown.reached(),
                unknown.hires()));
            applications = reached;
          }
          List<Duration> toHire = new ArrayList<>();
          for (int i = 0; i < hires; i++) {
            toHire.add(hireTimes.isEmpty() ? Duration.ofDays(i) : hireTimes.get(
                i % hireTimes.size()));
          }
          List<Duration> toDecide = decisionTimes.subList(0,
              (int) Math.min(decisionTimes.size(), applications));
          return new PipelineReport(scope, applications, prospects, hires, sorted,
              DurationSummary.of(exact, toHire), DurationSummary.of(exact, toDecide),
              offers.apply(exact), sources);
        });
  }

  /**
   * Scopes: with or without a window, a calendar's name and exact percentiles.
   *
   * @return scopes
   */
  public static Arbitrary<ReportScope> scopes() {
    Instant start = Applications.START;
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of(Optional.<String>empty(),
                Optional.of("Europe/Paris MON,TUE,WED,THU,FRI, 0 days off #e3b0c44298fc1c14")),
            Arbitraries.of(true, false))
        .as((from, to, calendar, exact) -> new ReportScope(
            from ? Optional.of(start) : Optional.empty(),
            to ? Optional.of(start.plus(Duration.ofDays(30))) : Optional.empty(), calendar,
            exact));
  }

  /**
   * Funnels of one to four stages, exact or sketched.
   *
   * @return plan funnels
   */
  public static Arbitrary<PlanFunnel> planFunnels() {
    return Combinators.combine(Arbitraries.of(true, false), funnelsOfEitherKind())
        .as((exact, funnel) -> funnel.apply(exact));
  }

  /** Funnels, built once the kind of their durations (exact or sketched) is known. */
  private static Arbitrary<Function<Boolean, PlanFunnel>> funnelsOfEitherKind() {
    return Combinators.combine(Arbitraries.of("role-0", "role-1", "fde-sf"),
            Arbitraries.integers().between(1, 3),
            stagesOfEitherKind().list().ofMinSize(1).ofMaxSize(4)
                .uniqueElements(f -> f.apply(true).stage()))
        .as((role, version, stages) -> exact -> new PlanFunnel(RoleId.of(role), version,
            stages.stream().map(f -> f.apply(exact)).toList()));
  }

  /**
   * One stage's figures that add up: random outcomes, entries their sum, rejections split by
   * side and by code, reached and conversions within bounds, and a time per finished visit.
   *
   * @return stage figures
   */
  public static Arbitrary<StageFigures> stageFigures() {
    return Combinators.combine(Arbitraries.of(true, false), stagesOfEitherKind())
        .as((exact, stage) -> stage.apply(exact));
  }

  /** A stage's figures, built once the kind of their durations is known. */
  private static Arbitrary<Function<Boolean, StageFigures>> stagesOfEitherKind() {
    Arbitrary<Long> count = Arbitraries.frequencyOf(Tuple.of(6,
        Arbitraries.longs().between(0, 6)), Tuple.of(1, Arbitraries.longs().between(0, 40)));
    return Combinators.combine(
            Arbitraries.of("application", "screen", "take-home", "interviews", "offer",
                "stage-0", "stage-1"),
            Arbitraries.of(StageKind.values()), count.list().ofSize(7),
            Arbitraries.of(RejectionSide.values()).list().ofMaxSize(4),
            Arbitraries.of("not-a-fit", "skills-gap", "hire-reversed", "salary").list()
                .ofMaxSize(4),
            Arbitraries.doubles().between(0, 1).list().ofSize(3), durations().list().ofSize(8))
        .as((stage, kind, n, sides, codes, shares, times) -> {
          Map<RejectionSide, Long> bySide = new EnumMap<>(RejectionSide.class);
          sides.forEach(side -> bySide.merge(side, 1L, Long::sum));
          Map<String, Long> byCode = new HashMap<>();
          for (int i = 0; i < sides.size(); i++) {
            byCode.merge(codes.isEmpty() ? "not-a-fit" : codes.get(i % codes.size()), 1L,
                Long::sum);
          }
          long finished = n.get(0) + n.get(1) + sides.size() + n.get(2) + n.get(3) + n.get(4)
              + n.get(6);
          long entries = finished + n.get(5);
          long reached = entries == 0 ? 0 : Math.max(1, Math.round(shares.get(0) * entries));
          List<Duration> spent = new ArrayList<>();
          for (long i = 0; i < finished; i++) {
            spent.add(times.get((int) (i % times.size())));
          }
          return exact -> new StageFigures(StageId.of(stage), kind, reached,
              Math.round(shares.get(1) * reached), Math.round(shares.get(2) * reached), entries,
              n.get(0), n.get(1), bySide, byCode, n.get(2), n.get(3), n.get(4), n.get(6), n.get(5),
              DurationSummary.of(exact, spent));
        });
  }

  /**
   * Offer figures: random counts, answers timed at most as often as offers were answered.
   *
   * @return offer figures
   */
  public static Arbitrary<OfferFigures> offerFigures() {
    return Combinators.combine(Arbitraries.of(true, false), offersOfEitherKind())
        .as((exact, offers) -> offers.apply(exact));
  }

  /** Offer figures, built once the kind of their durations is known. */
  private static Arbitrary<Function<Boolean, OfferFigures>> offersOfEitherKind() {
    return Combinators.combine(Arbitraries.longs().between(0, 20).list().ofSize(10),
            durations().list().ofMaxSize(10))
        .as((n, times) -> {
          long drafted = n.get(0);
          long submitted = n.get(1);
          long approved = Math.min(n.get(2), submitted);
          long approvalDeclined = Math.min(n.get(3), submitted - approved);
          long extended = n.get(4);
          long accepted = Math.min(n.get(5), extended);
          long expired = Math.min(n.get(7), extended - accepted);
          long declined = n.get(6);
          long revisions = drafted == 0 ? 0 : n.get(9);
          List<Duration> answers = times.subList(0, (int) Math.min(times.size(),
              accepted + declined));
          return exact -> new OfferFigures(drafted, submitted, approved, approvalDeclined,
              extended, accepted, declined, expired, n.get(8), revisions,
              DurationSummary.of(exact, answers));
        });
  }

  /**
   * Source yields: figures for some sources, and for applications of unknown source.
   *
   * @return source yields
   */
  public static Arbitrary<SourceYield> sourceYields() {
    return Combinators.combine(
            Arbitraries.maps(Arbitraries.of(SourceKind.values()),
                sourceFigures().filter(f -> f.applications() > 0)).ofMaxSize(3),
            sourceFigures())
        .as(SourceYield::new);
  }

  /**
   * One source's figures: applications, hires at most as many, stages reached per kind.
   *
   * @return source figures
   */
  public static Arbitrary<SourceFigures> sourceFigures() {
    return Combinators.combine(Arbitraries.longs().between(0, 12),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.maps(Arbitraries.of(StageKind.values()),
                Arbitraries.doubles().between(0, 1)).ofMaxSize(4))
        .as((applications, hired, shares) -> {
          Map<StageKind, Long> reached = new EnumMap<>(StageKind.class);
          shares.forEach((kind, share) -> {
            long n = Math.round(share * applications);
            if (n > 0) {
              reached.put(kind, n);
            }
          });
          return new SourceFigures(applications, reached, Math.round(hired * applications));
        });
  }

  /**
   * Summaries of random durations, exact or sketched.
   *
   * @return duration summaries
   */
  public static Arbitrary<DurationSummary> durationSummaries() {
    return Combinators.combine(Arbitraries.of(true, false), durations().list().ofMaxSize(20))
        .as(DurationSummary::of);
  }

  /**
   * Distributions of random durations, exact or sketched.
   *
   * @return duration sketches
   */
  public static Arbitrary<DurationSketch> durationSketches() {
    return durationSummaries().map(DurationSummary::sketch);
  }

  /**
   * Durations from zero to about three years, small ones and whole hours often.
   *
   * @return durations
   */
  public static Arbitrary<Duration> durations() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Duration.ZERO)),
        Tuple.of(3, Arbitraries.longs().between(0, 24 * 400).map(Duration::ofHours)),
        Tuple.of(3, Arbitraries.longs().between(1, 100_000_000_000_000_000L)
            .map(Duration::ofNanos)));
  }

  private static Optional<SourceKind> source(CandidateId candidate) {
    String value = candidate.value();
    String number = value.startsWith("cand-") ? value.substring(5) : "";
    int n = !number.isEmpty() && number.length() < 9 && number.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(number) : Math.floorMod(value.hashCode(), 1000);
    SourceKind[] kinds = SourceKind.values();
    return n % (kinds.length + 1) == kinds.length ? Optional.empty()
        : Optional.of(kinds[n % (kinds.length + 1)]);
  }


  /**
   * A scenario that heads for a hire: scorecards from both interviewers for every interview,
   * an advance at every stage, then an offer (sometimes declined, revised and extended again),
   * its acceptance and the hire, each after a random pause, with a random step now and then.
   * Steps a plan refuses (a scorecard it does not want, say) are left out, as in every walk.
   */
  private static Arbitrary<Function<InterviewPlan, Applications.Scenario>> towardsAHire(
      Arbitrary<Compensation> terms) {
    Arbitrary<Duration> pause = Arbitraries.longs().between(0, 72).map(Duration::ofHours);
    return Combinators.combine(pause.list().ofSize(40), Arbitraries.of(true, false),
            Applications.stepShapes(terms).list().ofSize(3),
            Arbitraries.integers().between(0, 39), terms)
        .as((pauses, declineFirst, detourShapes, at, t) -> plan -> {
          List<Applications.Step> detours = detourShapes.stream()
              .map(shape -> shape.apply(plan)).collect(Collectors.toList());
          Actor recruiter = Applications.ACTORS.get(0);
          Actor candidate = Applications.ACTORS.get(7);
          List<Applications.Step> steps = new ArrayList<>();
          int p = 0;
          for (Stage stage : plan.stages()) {
            for (Interview interview : stage.interviews()) {
              steps.add(new ApplicationSteps.SubmitScorecard(interview.id(), Applications.ALICE,
                  Recommendation.STRONG_YES, Applications.ACTORS.get(3), pauses.get(p++ % 40)));
              steps.add(new ApplicationSteps.SubmitScorecard(interview.id(), Applications.BOB,
                  Recommendation.YES, Applications.ACTORS.get(4), pauses.get(p++ % 40)));
            }
            if (stage.kind() != StageKind.OFFER) {
              steps.add(new ApplicationSteps.Simple(ApplicationAction.ADVANCE, recruiter,
                  pauses.get(p++ % 40)));
            }
          }
          steps.add(new ApplicationSteps.DraftOffer(OfferId.of("offer-a"), t,
              ApprovalChain.none(), Duration.ofDays(10), recruiter, pauses.get(p++ % 40)));
          steps.add(new ApplicationSteps.OfferStep(OfferAction.EXTEND, recruiter,
              pauses.get(p++ % 40), t));
          if (declineFirst) {
            steps.add(new ApplicationSteps.OfferStep(OfferAction.DECLINE, candidate,
                pauses.get(p++ % 40), t));
            steps.add(new ApplicationSteps.OfferStep(OfferAction.REVISE, recruiter,
                pauses.get(p++ % 40), t));
            steps.add(new ApplicationSteps.OfferStep(OfferAction.EXTEND, recruiter,
                pauses.get(p++ % 40), t));
          }
          steps.add(new ApplicationSteps.OfferStep(OfferAction.ACCEPT, candidate,
              Duration.ofHours(1), t));
          steps.add(new ApplicationSteps.Hire(recruiter, pauses.get(p % 40)));
          steps.addAll(Math.min(at, steps.size()), detours.subList(0, at % 4 == 0 ? 3 : 0));
          List<Applications.Intent> intents = new ArrayList<>();
          steps.forEach(step -> intents.add(new Applications.Intent(-1, step, t)));
          return new Applications.Scenario(plan, false, intents);
        });
  }

  private record Draft(int role, Applications.Scenario scenario) {}

  private static List<Application> walk(List<Draft> drafts) {
    List<Application> applications = new ArrayList<>();
    for (int n = 0; n < drafts.size(); n++) {
      Draft draft = drafts.get(n);
      Application walked = draft.scenario().walk();
      Map<RoleId, RoleId> roles = Map.of(Applications.ROLE, RoleId.of("role-" + draft.role()),
          Applications.OTHER_ROLE, RoleId.of("role-" + (draft.role() + 2)));
      applications.add(Application.replay(renamed(walked.history(),
          ApplicationId.of("app-" + n), CandidateId.of("cand-" + n), roles,
          Duration.ofHours(7L * n))));
    }
    return List.copyOf(applications);
  }

  /**
   * The history with other ids, its roles renamed as {@code roles} says (a role it does not
   * name keeps its id), and every instant moved by {@code shift}.
   */
  static List<ApplicationEvent> renamed(List<ApplicationEvent> history, ApplicationId id,
      CandidateId candidate, Map<RoleId, RoleId> roles, Duration shift) {
    List<ApplicationEvent> renamed = new ArrayList<>(history.size());
    for (ApplicationEvent event : history) {
      RecordComponent[] components = event.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          Object value = components[i].getAccessor().invoke(event);
          if (value instanceof ApplicationId) {
            value = id;
          } else if (value instanceof CandidateId) {
            value = candidate;
          } else if (value instanceof RoleId role) {
            value = roles.getOrDefault(role, role);
          } else if (value instanceof Instant instant) {
            value = instant.plus(shift);
          } else if (value instanceof Actor actor && actor.candidateId().isPresent()) {
            value = Actor.candidate(candidate);
          }
          values[i] = value;
        }
        Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
        renamed.add((ApplicationEvent) canonical.newInstance(values));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot copy " + event.getClass().getName(), e);
      }
    }
    return renamed;
  }
}
