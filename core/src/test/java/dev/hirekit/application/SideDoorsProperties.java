package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.ForgedHistories;
import dev.hirekit.ForgedHistories.Mutation;
import dev.hirekit.InvalidValueException;
import dev.hirekit.TestRuns;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Eligibility;
import dev.hirekit.actor.TeamPolicy;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.Migrated;
import dev.hirekit.application.ApplicationEvent.Prospected;
import dev.hirekit.application.ApplicationEvent.ScorecardSubmitted;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Teams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The doors of the application lifecycle stay shut over random histories: a mutated or forged
 * history is refused or passes an audit written independently of the lifecycle's code; every
 * action that takes a target succeeds exactly for the targets its query lists; the team policy
 * refuses members off the team and otherwise changes nothing; a migration never moves an
 * application further along its plan.
 */
class SideDoorsProperties {

  record Mutated(Application original, Mutation mutation, int index, int actor, long seconds) {
    List<ApplicationEvent> history() {
      return ForgedHistories.forged(original.history(), mutation, index,
          Duration.ofSeconds(seconds),
          Applications.ACTORS.get(Math.floorMod(actor, Applications.ACTORS.size())));
    }
  }

  @Provide
  Arbitrary<Mutated> mutatedHistories() {
    return Combinators.combine(Applications.applications(), Arbitraries.of(Mutation.class),
            Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 60))),
            Arbitraries.integers().between(0, Applications.ACTORS.size() - 1),
            Arbitraries.longs().between(1, 3 * 86_400))
        .as(Mutated::new);
  }

  @Property
  void aMutatedHistoryIsRefusedOrPassesAnIndependentAudit(
      @ForAll("mutatedHistories") Mutated mutated) {
    List<ApplicationEvent> history = mutated.history();
    Application replayed = null;
    try {
      replayed = Application.replay(history);
    } catch (IllegalTransitionException | InvalidValueException refused) {
      // refused, as a forged history should be
    }
    Statistics.label("outcome").collect(replayed == null ? "refused" : "accepted");
    if (TestRuns.isFull()) {
      Statistics.label("outcome").coverage(c -> {
        c.check("refused").percentage(p -> p > 20);
        c.check("accepted").percentage(p -> p > 5);
      });
    }
    if (replayed != null) {
      audit(replayed);
    }
  }

  /**
   * The rules a history must keep, checked without the lifecycle's own code paths: who may do
   * what, for whom, in which order; the state the last event leaves.
   */
  private static void audit(Application app) {
    List<ApplicationEvent> history = app.history();
    assertThat(history.get(0)).isInstanceOfAny(Applied.class, Prospected.class);
    InterviewPlan firstPlan = history.get(0) instanceof Applied a ? a.plan()
        : ((Prospected) history.get(0)).plan();
    Map<String, RequirementOutcome> checked = new java.util.HashMap<>();
    int visitStart = 0;
    // The application as it stood before event i, built once, one event at a time.
    Application state = null;
    for (int i = 0; i < history.size(); i++) {
      ApplicationEvent event = history.get(i);
      Application standing = state;
      state = i == 0 ? Application.replay(history.subList(0, 1)) : standing.record(event);
      if (event instanceof ApplicationEvent.RequirementChecked c) {
        checked.put(c.requirement(), c.outcome());
      }
      Application leaving = event instanceof ApplicationEvent.Advanced
          || event instanceof ApplicationEvent.Skipped || event instanceof ApplicationEvent.Hired
          || event instanceof ApplicationEvent.Moved ? standing : null;
      if (leaving != null && (!(event instanceof ApplicationEvent.Moved m)
          || leaving.plan().indexOf(m.to()) > leaving.plan().indexOf(m.from()))) {
        // a stage is left forward (advanced, skipped, moved to the next), and an offer stage
        // hires, only with its requirements met
        for (String required : leaving.currentStage().orElseThrow().requires()) {
          assertThat(checked.get(required)).as("%s met before %s", required,
              event.getClass().getSimpleName()).isEqualTo(RequirementOutcome.MET);
        }
        // past unmet decision rules only with an override held during this visit of the stage
        if (!(event instanceof ApplicationEvent.Hired)
            && !leaving.currentStage().orElseThrow().decisionRules().isEmpty()
            && Decisions.unmet(leaving).isPresent()) {
          StageId here = leaving.stage().orElseThrow();
          assertThat(history.subList(visitStart, i)).as("an override of this visit of %s", here)
              .anyMatch(e -> e instanceof ApplicationEvent.DecisionOverridden o
                  && o.stage().equals(here));
        }
      }
      if (STAGE_MOVERS.contains(event.getClass())) {
        visitStart = i;
      }
      Actor by = event.by();
      if (i > 0) {
        assertThat(event.at()).as("event %d in time order", i)
            .isAfterOrEqualTo(history.get(i - 1).at());
        assertThat(event).isNotInstanceOfAny(Applied.class, Prospected.class);
      }
      if (by.kind() == Actor.Kind.CANDIDATE) {
        assertThat(by.candidateId()).contains(app.candidateId());
        assertThat(CANDIDATE_EVENTS).contains(event.getClass().getSimpleName());
      } else if (by.kind() == Actor.Kind.MEMBER) {
        String type = event.getClass().getSimpleName();
        assertThat(by.roles()).as("%s by %s", type, by)
            .containsAnyElementsOf(MEMBER_ROLES.get(type));
      }
      StageId entry = event instanceof Applied a ? a.stage()
          : event instanceof Converted c ? c.stage() : null;
      if (entry != null && !entry.equals(firstPlan.first().id())) {
        assertThat(by.kind()).as("entry past the first stage").isNotEqualTo(Actor.Kind.CANDIDATE);
      }
      if (event instanceof ScorecardSubmitted s && by.kind() == Actor.Kind.MEMBER
          && !by.actsAs(HiringRole.COORDINATOR)) {
        assertThat(by.memberId()).contains(s.scorecard().interviewer());
      }
      if (event instanceof ApplicationEvent.ScorecardAmended s
          && by.kind() == Actor.Kind.MEMBER && !by.actsAs(HiringRole.COORDINATOR)) {
        assertThat(by.memberId()).contains(s.scorecard().interviewer());
      }
      if (event instanceof ApplicationEvent.Transferred t) {
        // only an active application without a live or accepted offer moves, to another role,
        // and what belonged to the old role does not come along
        assertThat(standing.status()).isEqualTo(ApplicationStatus.ACTIVE);
        assertThat(standing.offers()).noneMatch(o -> o.status().isLive()
            || o.status() == OfferStatus.ACCEPTED);
        assertThat(t.from()).isEqualTo(standing.roleId()).isNotEqualTo(t.role());
        assertThat(t.plan().contains(t.stage())).isTrue();
        assertThat(state.scorecards()).isEmpty();
        assertThat(state.offers()).isEmpty();
      }
      if (event instanceof Migrated) {
        Application before = standing;
        Application after = state;
        before.stage().ifPresent(s -> assertThat(after.plan().indexOf(after.stage().get()))
            .isLessThanOrEqualTo(before.plan().indexOf(s)));
      }
    }
    if (app.status() == ApplicationStatus.HIRED) {
      assertThat(app.currentStage().orElseThrow().kind()).isEqualTo(StageKind.OFFER);
      Offer offer = app.currentOffer().orElseThrow();
      assertThat(offer.status()).isEqualTo(OfferStatus.ACCEPTED);
      assertThat(app.startDate()).contains(offer.compensation().startDate());
    }
  }

  /** The events that put the application at another stage, or at none: each starts a visit. */
  private static final Set<Class<?>> STAGE_MOVERS = Set.of(Applied.class, Converted.class,
      ApplicationEvent.Advanced.class, ApplicationEvent.Skipped.class,
      ApplicationEvent.Moved.class, ApplicationEvent.Rejected.class,
      ApplicationEvent.Withdrawn.class, ApplicationEvent.Reopened.class,
      ApplicationEvent.Hired.class, ApplicationEvent.Unhired.class, Migrated.class,
      ApplicationEvent.Transferred.class);

  private static final Set<String> CANDIDATE_EVENTS = Set.of("Applied", "Converted",
      "Withdrawn", "OfferAccepted", "OfferDeclined", "ChoiceMade", "OptedIn", "OptedOut",
      "AccommodationRequested", "ArtifactSubmitted", "WindowBooked");

  /** The default policy, written out again: event type to the hiring roles that may record it. */
  private static final Map<String, Set<HiringRole>> MEMBER_ROLES = memberRoles();

  private static Map<String, Set<HiringRole>> memberRoles() {
    HiringRole rec = HiringRole.RECRUITER;
    HiringRole coord = HiringRole.COORDINATOR;
    HiringRole hm = HiringRole.HIRING_MANAGER;
    Map<String, Set<HiringRole>> m = new HashMap<>();
    m.put("Applied", Set.of(rec, coord, hm));
    m.put("Prospected", Set.of(rec, hm));
    m.put("Converted", Set.of(rec, coord));
    m.put("Advanced", Set.of(rec, coord, hm));
    m.put("Skipped", Set.of(rec, hm));
    m.put("Moved", Set.of(rec, coord, hm));
    m.put("Rejected", Set.of(rec, hm));
    m.put("Withdrawn", Set.of(rec, coord));
    m.put("Reopened", Set.of(rec, hm));
    m.put("Hired", Set.of(rec, hm));
    m.put("Unhired", Set.of(rec, hm));
    m.put("ScorecardSubmitted", Set.of(HiringRole.INTERVIEWER, hm, coord));
    m.put("ReferenceRecorded", Set.of(rec, coord, hm));
    m.put("OfferDrafted", Set.of(rec, hm));
    m.put("Migrated", Set.of(rec, coord));
    m.put("OfferSubmittedForApproval", Set.of(rec, hm));
    m.put("OfferApproved", Set.of(HiringRole.APPROVER));
    m.put("OfferApprovalDeclined", Set.of(HiringRole.APPROVER));
    m.put("OfferExtended", Set.of(rec, hm));
    m.put("OfferAccepted", Set.of(rec));
    m.put("OfferDeclined", Set.of(rec));
    m.put("OfferRescinded", Set.of(rec, hm));
    m.put("OfferExpired", Set.of(rec));
    m.put("OfferRevised", Set.of(rec, hm));
    m.put("OfferApproverReplaced", Set.of(rec, hm));
    m.put("OfferContingencyCleared", Set.of(rec, hm));
    m.put("OfferContingencyFailed", Set.of(rec, hm));
    m.put("ChoiceMade", Set.of(rec, coord));
    m.put("OptedIn", Set.of(rec, coord));
    m.put("OptedOut", Set.of(rec, coord));
    m.put("AccommodationRequested", Set.of(rec, coord));
    m.put("AccommodationArranged", Set.of(rec, coord, hm));
    m.put("ConsideredFor", Set.of(rec, hm));
    m.put("Debriefed", Set.of(hm, rec));
    m.put("DecisionOverridden", Set.of(hm));
    m.put("ArtifactSubmitted", Set.of(rec, coord));
    m.put("ScorecardAmended", Set.of(HiringRole.INTERVIEWER, hm, coord));
    m.put("InterviewScheduled", Set.of(rec, coord, hm));
    m.put("WindowBooked", Set.of(rec, coord));
    m.put("RequirementChecked", Set.of(rec, coord, hm));
    m.put("Transferred", Set.of(rec, hm));
    return m;
  }

  // ---------------------------------------------------------------- targets never lie

  @Provide
  Arbitrary<Application> applications() {
    return Applications.applications();
  }

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Applications.ACTORS);
  }

  private static boolean succeeds(Supplier<Application> action) {
    try {
      action.get();
      return true;
    } catch (IllegalTransitionException | InvalidValueException refused) {
      return false;
    }
  }

  @Property
  void anActionWithATargetSucceedsExactlyForTheTargetsItsQueryLists(
      @ForAll("applications") Application app, @ForAll("actors") Actor actor) {
    Instant at = app.history().get(app.history().size() - 1).at().plus(Duration.ofHours(1));
    Role role = Applications.role(app);
    Set<ApplicationAction> allowed = app.allowedActions(actor);
    for (Stage stage : app.plan().stages()) {
      StageId s = stage.id();
      assertThat(succeeds(() -> app.moveTo(actor, at, s)))
          .as("move to %s", s).isEqualTo(app.moveTargets(actor).contains(s));
      assertThat(succeeds(() -> app.skipTo(actor, at, s, "why")))
          .as("skip to %s", s).isEqualTo(app.skipTargets(actor).contains(s));
      assertThat(succeeds(() -> app.reopen(actor, at, s, "why")))
          .as("reopen at %s", s).isEqualTo(app.reopenTargets(actor).contains(s));
      assertThat(succeeds(() -> app.convert(role, actor, at, s, "why")))
          .as("convert at %s", s).isEqualTo(app.convertTargets(actor).contains(s));
    }
    assertThat(allowed.contains(ApplicationAction.MOVE)).isEqualTo(!app.moveTargets(actor)
        .isEmpty());
    assertThat(allowed.contains(ApplicationAction.SKIP)).isEqualTo(!app.skipTargets(actor)
        .isEmpty());
    assertThat(allowed.contains(ApplicationAction.CONVERT)).isEqualTo(!app.convertTargets(actor)
        .isEmpty());
    assertThat(allowed.contains(ApplicationAction.SUBMIT_SCORECARD))
        .isEqualTo(!app.scorableInterviews(actor).isEmpty());
    if (app.stage().isPresent()) {
      assertThat(allowed.contains(ApplicationAction.REOPEN))
          .isEqualTo(!app.reopenTargets(actor).isEmpty());
    }
    app.currentStage().ifPresent(stage -> {
      for (Interview interview : stage.interviews()) {
        MemberId interviewer = actor.memberId().orElse(Applications.ALICE);
        Scorecard.Builder answer = Scorecard.builder();
        answer.interview(interview.id()).interviewer(interviewer)
            .recommendation(Recommendation.YES);
        Scales.of(stage, interview).ifPresent(scale -> answer.answer(scale, scale.labels()
            .stream().filter(l -> l.recommendation() == Recommendation.YES).findFirst()
            .orElseThrow().label()));
        Scorecard card = answer.build();
        boolean scored = succeeds(() -> app.submitScorecard(actor, at, card));
        List<InterviewId> listed = app.scorableInterviews(actor);
        if (actor.kind() == Actor.Kind.MEMBER && !actor.actsAs(HiringRole.COORDINATOR)) {
          assertThat(scored).as("score %s", interview.id())
              .isEqualTo(listed.contains(interview.id()));
        } else if (scored) {
          assertThat(listed).contains(interview.id());
        }
      }
    });
    assertThat(succeeds(() -> app.scheduleInterview(actor, at,
        InterviewId.of("no-such-interview"), at))).isFalse();
    for (InterviewId interview : app.schedulableInterviews()) {
      assertThat(succeeds(() -> app.scheduleInterview(actor, at, interview, at)))
          .as("schedule %s", interview)
          .isEqualTo(allowed.contains(ApplicationAction.SCHEDULE_INTERVIEW));
    }
    assertThat(succeeds(() -> app.bookWindow(actor, at, at.plusSeconds(60))))
        .isEqualTo(allowed.contains(ApplicationAction.BOOK_WINDOW));
    Instant later = Instant.parse("2026-01-02T00:00:00Z");
    Role filled = role.addOpening(Actor.system(), later, OpeningId.of("seat-2"))
        .fillOpening(Actor.system(), later, Applications.OPENING);
    for (OpeningId opening : List.of(Applications.OPENING, OpeningId.of("no-such-seat"))) {
      assertThat(succeeds(() -> app.hire(role, actor, at, opening)))
          .as("hire into %s", opening).isEqualTo(app.hireTargets(role, actor).contains(opening));
    }
    assertThat(succeeds(() -> app.hire(filled, actor, at, Applications.OPENING))).isFalse();
    assertThat(app.hireTargets(filled, actor)).doesNotContain(Applications.OPENING);
  }

  // ---------------------------------------------------------------- the team policy

  record OnTeam(Application app, HiringTeam team, Actor actor) {}

  @Provide
  Arbitrary<OnTeam> teamCases() {
    Arbitrary<Actor> members = Combinators.combine(
            Arbitraries.of(Applications.ACTORS).filter(a -> a.kind() == Actor.Kind.MEMBER)
                .map(a -> a.memberId().orElseThrow()),
            Teams.roleSets())
        .as(Actor::member);
    Arbitrary<HiringTeam> teams = Combinators.combine(Teams.teams(),
            Arbitraries.of(Applications.ACTORS).filter(a -> a.kind() == Actor.Kind.MEMBER)
                .list().ofMaxSize(4).uniqueElements())
        .as((team, actors) -> {
          List<TeamMember> people = new ArrayList<>(team.members());
          for (Actor a : actors) {
            if (team.member(a.memberId().orElseThrow()).isEmpty()) {
              people.add(TeamMember.builder().id(a.memberId().orElseThrow())
                  .roles(a.roles()).build());
            }
          }
          return HiringTeam.builder().members(people).build();
        });
    return Combinators.combine(Applications.applications(), teams,
            Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, members),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Applications.ACTORS))),
            Arbitraries.integers().between(0, 7))
        .as((app, team, actor, pick) -> {
          // half the time, a member of the team acting in exactly the roles it gives them
          List<TeamMember> people = team.members();
          if (pick < 4 && !people.isEmpty()) {
            TeamMember member = people.get(pick % people.size());
            return new OnTeam(app, team, Actor.member(member.id(), member.roles()));
          }
          return new OnTeam(app, team, actor);
        });
  }

  /** The case's application, created and transferred under the case's team, role policy. */
  private static Application createdUnder(OnTeam c) {
    List<ApplicationEvent> history = new ArrayList<>(c.app().history());
    ApplicationEvent first = history.get(0);
    history.set(0, first instanceof Applied a
        ? new Applied(a.application(), a.sequence(), a.candidate(), a.role(), a.plan(), c.team(), a.stage(),
            a.reason(), a.at(), a.by())
        : new Prospected(first.application(), 1, ((Prospected) first).candidate(),
            ((Prospected) first).role(), ((Prospected) first).plan(), c.team(), first.at(),
            first.by()));
    // a transfer brings its own team: the case's team stands for every role's here
    history.replaceAll(e -> e instanceof ApplicationEvent.Transferred t
        ? new ApplicationEvent.Transferred(t.application(), t.sequence(), t.from(), t.role(),
            t.plan(), c.team(), t.stage(), t.reason(), t.at(), t.by())
        : e);
    return Application.replay(history);
  }

  @Property
  void theTeamPolicyRefusesMembersOffTheTeamAndOtherwiseChangesNothing(
      @ForAll("teamCases") OnTeam c) {
    Application roles = createdUnder(c);
    List<ApplicationEvent> history = roles.history();
    Application team = roles.withPolicy(TeamPolicy.of(Application.DEFAULT_POLICY))
        .withOfferPolicy(TeamPolicy.of(Offer.DEFAULT_POLICY));
    Actor actor = c.actor();
    boolean eligible = actor.kind() != Actor.Kind.MEMBER
        || c.team().member(actor.memberId().orElseThrow())
            .filter(m -> m.roles().containsAll(actor.roles())).isPresent();
    Statistics.label("eligible").collect(eligible);
    if (TestRuns.isFull()) {
      Statistics.label("eligible").coverage(k -> {
        k.check(true).percentage(p -> p > 20);
        k.check(false).percentage(p -> p > 20);
      });
    }
    Instant at = history.get(history.size() - 1).at().plusSeconds(60);
    if (eligible) {
      assertThat(team.allowedActions(actor)).isEqualTo(roles.allowedActions(actor));
      assertThat(team.allowedOfferActions(actor, at))
          .isEqualTo(roles.allowedOfferActions(actor, at));
    } else {
      assertThat(team.allowedActions(actor)).isEmpty();
      assertThat(team.allowedOfferActions(actor, at)).isEmpty();
      assertThat(succeeds(() -> team.advance(actor, at))).isFalse();
      assertThat(succeeds(() -> team.reject(actor, at,
          RejectionReason.of(RejectionSide.WE_REJECTED, "no")))).isFalse();
    }
  }

  /**
   * An eligibility rule refuses every application and offer action of a member acting in its
   * role without meeting it, naming the rule; the same member acting in their eligible roles, and
   * everyone else, keep exactly what the team policy allows.
   */
  @Property
  void anEligibilityRuleRefusesOnlyMembersActingInItsRoleWithoutMeetingIt(
      @ForAll("teamCases") OnTeam c, @ForAll HiringRole role,
      @ForAll @IntRange(min = 0, max = 2) int admitted) {
    Application team = createdUnder(c).withPolicy(TeamPolicy.of(Application.DEFAULT_POLICY))
        .withOfferPolicy(TeamPolicy.of(Offer.DEFAULT_POLICY));
    Eligibility rule = Eligibility.of(role, "calibrated this quarter",
        m -> Math.floorMod(m.id().value().hashCode(), 3) == admitted);
    TeamPolicy<ApplicationAction, Application> policy =
        TeamPolicy.of(Application.DEFAULT_POLICY).requiring(rule);
    Application ruled = team.withPolicy(policy)
        .withOfferPolicy(TeamPolicy.of(Offer.DEFAULT_POLICY).requiring(rule));
    Actor actor = c.actor();
    Instant at = team.history().get(team.history().size() - 1).at().plusSeconds(60);
    Optional<TeamMember> member = actor.memberId().flatMap(id -> c.team().member(id))
        .filter(m -> m.roles().containsAll(actor.roles()));
    boolean fails = member.isPresent() && actor.roles().contains(role)
        && !rule.admits(member.get());
    member.ifPresent(m -> {
      assertThat(HiringPolicy.team(rule).eligibleRoles(m)).isEqualTo(policy.eligibleRoles(m));
      assertThat(HiringPolicy.roles().eligibleRoles(m)).isEqualTo(m.roles());
    });
    Statistics.label("fails the rule").collect(fails);
    if (TestRuns.isFull()) {
      Statistics.label("fails the rule").coverage(k -> k.check(true).percentage(p -> p > 5));
    }
    if (!fails) {
      assertThat(ruled.allowedActions(actor)).isEqualTo(team.allowedActions(actor));
      assertThat(ruled.allowedOfferActions(actor, at))
          .isEqualTo(team.allowedOfferActions(actor, at));
      return;
    }
    assertThat(ruled.allowedActions(actor)).isEmpty();
    assertThat(ruled.allowedOfferActions(actor, at)).isEmpty();
    if (team.allowedActions(actor).contains(ApplicationAction.ADVANCE)) {
      assertThatThrownBy(() -> ruled.advance(actor, at))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessageContaining("not eligible as " + role + " (calibrated this quarter)");
    }
    Set<HiringRole> eligible = policy.eligibleRoles(member.get());
    assertThat(eligible).doesNotContain(role).isSubsetOf(member.get().roles());
    if (!eligible.isEmpty()) {
      Actor asEligible = Actor.member(member.get().id(), eligible);
      assertThat(ruled.allowedActions(asEligible)).isEqualTo(team.allowedActions(asEligible));
    }
  }

  // ---------------------------------------------------------------- migration

  record Migration(Application app, List<Integer> order, List<Integer> targets, Actor by) {}

  @Provide
  Arbitrary<Migration> migrations() {
    return Combinators.combine(Applications.applications(),
            Arbitraries.integers().between(0, 9).list().ofSize(10),
            Arbitraries.integers().between(0, 9).list().ofSize(10),
            // mostly the recruiter or the coordinator, who may migrate, so that about a quarter
            // of the tries migrate whatever the walks; anyone else for the refusals
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(Applications.ACTORS.get(0),
                    Applications.ACTORS.get(1))),
                Tuple.of(1, Arbitraries.of(Applications.ACTORS))))
        .as(Migration::new);
  }

  @Property
  void aMigrationNeverMovesAnApplicationFurtherAlongItsPlan(
      @ForAll("migrations") Migration m) {
    Application app = m.app();
    List<Stage> stages = new ArrayList<>(app.plan().stages());
    // a new plan: the old stages in another order (ids kept)
    for (int i = 0; i < stages.size(); i++) {
      int j = Math.floorMod(m.order().get(i), stages.size());
      Stage swap = stages.get(i);
      stages.set(i, stages.get(j));
      stages.set(j, swap);
    }
    InterviewPlan next = app.plan().withVersion(app.plan().version() + 1).withStages(stages);
    Map<StageId, StageId> mapping = new HashMap<>();
    List<Stage> old = app.plan().stages();
    for (int i = 0; i < old.size(); i++) {
      if (m.targets().get(i) < 8) {
        mapping.put(old.get(i).id(), stages.get(Math.floorMod(m.targets().get(i), stages.size()))
            .id());
      }
    }
    Instant at = app.history().get(app.history().size() - 1).at().plusSeconds(60);
    Application migrated;
    try {
      migrated = app.migrate(m.by(), at, next, mapping);
    } catch (IllegalTransitionException | InvalidValueException refused) {
      Statistics.label("migrated").collect(false);
      return;
    }
    Statistics.label("migrated").collect(true);
    if (TestRuns.isFull()) {
      Statistics.label("migrated").coverage(c -> c.check(true).percentage(p -> p > 10));
    }
    app.stage().ifPresent(s -> assertThat(next.indexOf(migrated.stage().orElseThrow()))
        .isLessThanOrEqualTo(app.plan().indexOf(s)));
    if (migrated.status() == ApplicationStatus.HIRED) {
      assertThat(migrated.currentStage().orElseThrow().kind()).isEqualTo(StageKind.OFFER);
    }
    assertThat(migrated.history().get(migrated.history().size() - 1).by()).isEqualTo(m.by());
    Optional<Application> again = Optional.of(Application.replay(migrated.history()));
    assertThat(again).contains(migrated);
  }

  @Property
  void anIdentityMigrationByARecruiterAlwaysSucceeds(@ForAll("applications") Application app) {
    Map<StageId, StageId> identity = new HashMap<>();
    app.plan().stages().forEach(s -> identity.put(s.id(), s.id()));
    Actor recruiter = Applications.ACTORS.get(0);
    Instant at = app.history().get(app.history().size() - 1).at().plusSeconds(60);
    Application migrated = app.migrate(recruiter, at,
        app.plan().withVersion(app.plan().version() + 1), identity);
    assertThat(migrated.stage()).isEqualTo(app.stage());
    assertThat(migrated.status()).isEqualTo(app.status());
  }
}
