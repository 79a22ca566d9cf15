package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.TestRuns;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.Transition;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random approval chains and random sequences of offer actions by random actors at random,
 * non-decreasing times around the expiry. Each step is checked against the table's own
 * introspection and against an independent model of the offer rules written out below.
 */
class OfferLifecycleProperties {
  private static final OfferId ID = OfferId.of("offer-p");
  private static final Instant EXPIRY = Instant.parse("2026-06-01T00:00:00Z");
  private static final List<MemberId> POOL = List.of(MemberId.of("m-0"), MemberId.of("m-1"),
      MemberId.of("m-2"), MemberId.of("m-3"), MemberId.of("m-4"), MemberId.of("m-5"));
  private static final Actor CANDIDATE = Actor.candidate(CandidateId.of("cand-p"));
  private static final String REASON = "a reason";
  private static final Compensation TERMS = Compensation.builder()
      .base(PayRate.of(Money.of("120000", "EUR"), PayPeriod.YEARLY))
      .startDate(LocalDate.of(2026, 9, 1))
      .employmentType(EmploymentType.FULL_TIME)
      .build();
  private static final Compensation OTHER_TERMS =
      TERMS.withBase(PayRate.of(Money.of("130000", "EUR"), PayPeriod.YEARLY));

  /** The states reachable from DRAFT along the rows of the table. */
  private static final Set<OfferStatus> REACHABLE = reachableFromDraft();

  /**
   * Who acts in a step: the candidate, the system, or a member with random roles (or the approver
   * role only) whose id is drawn from the pool or from the chain's approvers.
   */
  record Who(Actor.Kind kind, boolean approverOnly, boolean fromChain, int index,
      Set<HiringRole> roles) {
    Actor resolve(ApprovalChain chain) {
      switch (kind) {
        case CANDIDATE:
          return CANDIDATE;
        case SYSTEM:
          return Actor.system();
        default:
          MemberId id = fromChain && !chain.isEmpty()
              ? chain.approvers().get(index % chain.approvers().size())
              : POOL.get(index % POOL.size());
          return approverOnly ? Actor.member(id, HiringRole.APPROVER) : Actor.member(id, roles);
      }
    }
  }

  /**
   * One step: an action by someone, some hours after the previous step. A step that picks among
   * the allowed actions attempts {@code action} if the actor is allowed it now, otherwise one of
   * the allowed actions if any, most often the first (the actions are declared roughly in the
   * order of the lifecycle), so that runs get deep into the lifecycle; the other
   * steps attempt {@code action} whatever the state, so that refusals are exercised too.
   */
  record Step(OfferAction action, boolean pickAllowed, int pick, Who who, int hoursLater,
      int newExpiryHours, boolean betterTerms) {
    OfferAction resolve(Set<OfferAction> allowed) {
      if (!pickAllowed || allowed.isEmpty() || allowed.contains(action)) {
        return action;
      }
      return List.copyOf(allowed).get(pick < 5 ? 0 : pick % allowed.size());
    }
  }

  record Scenario(ApprovalChain chain, Compensation terms, Compensation otherTerms,
      int startHoursBeforeExpiry, List<Step> steps, List<ContingencyKind> contingencies) {
    OfferDetails details() {
      return OfferDetails.builder()
          .contingencies(contingencies.stream().map(Contingency::of).toList()).build();
    }
  }

  // Arbitraries

  @Provide
  Arbitrary<ApprovalChain> chains() {
    return Arbitraries.of(POOL).list().uniqueElements().ofMaxSize(4).flatMap(approvers ->
        approvers.isEmpty()
            ? Arbitraries.just(ApprovalChain.none())
            : Combinators.combine(Arbitraries.integers().between(1, approvers.size()),
                    Arbitraries.of(ApprovalMode.class))
                .as((k, mode) -> ApprovalChain.of(mode, k,
                    approvers.toArray(new MemberId[0]))));
  }

  Arbitrary<Who> who() {
    return Combinators.combine(
            Arbitraries.frequency(Tuple.of(8, Actor.Kind.MEMBER), Tuple.of(2, Actor.Kind.CANDIDATE),
                Tuple.of(3, Actor.Kind.SYSTEM)),
            Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, POOL.size() - 1),
            Arbitraries.of(HiringRole.class).set().ofMinSize(1).ofMaxSize(3))
        .as(Who::new);
  }

  Arbitrary<OfferAction> actions() {
    return Arbitraries.frequency(
        Tuple.of(2, OfferAction.SUBMIT_FOR_APPROVAL),
        Tuple.of(5, OfferAction.APPROVE),
        Tuple.of(1, OfferAction.DECLINE_APPROVAL),
        Tuple.of(3, OfferAction.EXTEND),
        Tuple.of(3, OfferAction.ACCEPT),
        Tuple.of(1, OfferAction.DECLINE),
        Tuple.of(1, OfferAction.RESCIND),
        Tuple.of(2, OfferAction.EXPIRE),
        Tuple.of(1, OfferAction.REVISE),
        Tuple.of(1, OfferAction.REPLACE_APPROVER),
        Tuple.of(2, OfferAction.CLEAR_CONTINGENCY),
        Tuple.of(1, OfferAction.FAIL_CONTINGENCY));
  }

  /** Hours between two steps: often none, so that more steps happen before the expiry. */
  Arbitrary<Integer> hoursLater() {
    return Arbitraries.frequencyOf(
        Tuple.of(7, Arbitraries.just(0)),
        Tuple.of(3, Arbitraries.integers().between(1, 24)));
  }

  Arbitrary<Step> steps() {
    return Combinators.combine(actions(), Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 8), who(), hoursLater(),
            Arbitraries.integers().between(1, 72), Arbitraries.of(true, false))
        .as(Step::new);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(chains(), Arbitraries.of(TERMS, OTHER_TERMS),
            Arbitraries.of(TERMS, OTHER_TERMS), Arbitraries.integers().between(-12, 240),
            steps().list().ofMaxSize(25).withSizeDistribution(RandomDistribution.uniform()),
            Arbitraries.of(ContingencyKind.class).list().uniqueElements().ofMaxSize(2))
        .as(Scenario::new);
  }

  // Properties

  @Property
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void everyStepFollowsTheTableAndTheModel(@ForAll("scenarios") Scenario scenario) {
    Offer offer = Offer.draft(ID, scenario.terms(), EXPIRY, scenario.chain(),
        scenario.details());
    Instant at = EXPIRY.minus(Duration.ofHours(scenario.startHoursBeforeExpiry()));
    Set<OfferStatus> seen = EnumSet.of(offer.status());
    boolean approvedViaChain = false;

    for (Step step : scenario.steps()) {
      at = at.plus(Duration.ofHours(step.hoursLater()));
      Actor actor = step.who().resolve(offer.approvalChain());
      Offer before = offer;
      Offer snapshot = ImmutableOffer.builder().from(offer).build();
      Set<OfferAction> allowed = offer.allowedActions(actor, at);
      OfferAction action = step.resolve(allowed);

      assertThat(allowed).as("allowed for %s at %s on %s", actor, at, offer)
          .isEqualTo(Model.allowed(offer, actor, at));
      Set<OfferAction> withoutRefusal = EnumSet.noneOf(OfferAction.class);
      for (OfferAction any : OfferAction.values()) {
        if (offer.refusal(any, actor, at).isEmpty()) {
          withoutRefusal.add(any);
        }
      }
      assertThat(withoutRefusal).as("actions without refusal").isEqualTo(allowed);

      Compensation newTerms = step.betterTerms() ? scenario.otherTerms() : scenario.terms();
      Instant newExpiry = at.plus(Duration.ofHours(step.newExpiryHours()));
      Offer after;
      try {
        after = perform(offer, action, actor, at, newTerms, newExpiry);
      } catch (IllegalTransitionException e) {
        assertThat(allowed).as("%s was refused, so it is not listed", action)
            .doesNotContain(action);
        assertThat(e.entity()).isEqualTo("Offer");
        assertThat(e.entityId()).isEqualTo(offer.id() + " v" + offer.version());
        assertThat(e.state()).isEqualTo(offer.status().name());
        assertThat(e.action()).isEqualTo(action.name());
        assertThat(Optional.of(e.reason()))
            .isEqualTo(offer.refusal(action, actor, at));
        assertThat(e.allowed())
            .isEqualTo(allowed.stream().map(Enum::name).collect(Collectors.toList()));
        assertThat(offer).isSameAs(before).isEqualTo(snapshot).hasSameHashCodeAs(snapshot);
        assertThat(offer.approvals()).isEqualTo(snapshot.approvals());
        continue;
      }
      assertThat(allowed).as("%s succeeded, so it is listed", action)
          .contains(action);

      if (action == OfferAction.REVISE) {
        offer = after;
        seen.add(offer.status());
        continue;
      }
      assertThat(after.status()).as("target of %s from %s", action, before.status())
          .isEqualTo(Model.target(before, action));
      assertIsARow(before.status(), action, after.status());
      assertUnchangedBesidesStatusApprovalsAndReason(before, after, action);
      if (after.status() == OfferStatus.APPROVED && !before.approvalChain().isEmpty()) {
        approvedViaChain = true;
      }
      if (action == OfferAction.ACCEPT) {
        assertThat(at).as("accepted strictly before expiry").isBefore(after.expiresAt());
      }
      offer = after;
      seen.add(offer.status());
      assertInvariants(offer);
    }
    Statistics.label("approved through a chain").collect(approvedViaChain);
    Statistics.label("accepted").collect(seen.contains(OfferStatus.ACCEPTED));
    // Guards against a generator that never gets deep into the lifecycle (about 9 % and 5 %).
    if (TestRuns.isFull()) {
      Statistics.label("approved through a chain").coverage(c -> c.check(true)
          .percentage(p -> p >= 4));
      Statistics.label("accepted").coverage(c -> c.check(true).percentage(p -> p >= 2));
    }
  }

  /**
   * Performs one action; for a revision, checks the revision and continues with the next
   * version.
   */
  private static Offer perform(Offer offer, OfferAction action, Actor actor, Instant at,
      Compensation newTerms, Instant newExpiry) {
    switch (action) {
      case SUBMIT_FOR_APPROVAL:
        return offer.submitForApproval(actor, at);
      case APPROVE:
        return offer.approve(actor, at);
      case DECLINE_APPROVAL:
        return offer.declineApproval(actor, at, REASON);
      case EXTEND:
        return offer.extend(actor, at);
      case ACCEPT:
        return offer.accept(actor, at);
      case DECLINE:
        return offer.decline(actor, at, REASON);
      case RESCIND:
        return offer.rescind(actor, at, REASON);
      case EXPIRE:
        return offer.expire(actor, at);
      case REPLACE_APPROVER: {
        ApprovalChain chain = offer.approvalChain();
        Optional<ApprovalGroup> current = chain.currentGroup(offer.approvals());
        MemberId replaced = current.map(g -> g.pending(chain.currentApprovals(offer.approvals())))
            .filter(p -> !p.isEmpty()).map(p -> p.get(0)).orElse(POOL.get(0));
        MemberId replacement = POOL.stream()
            .filter(m -> current.map(g -> !g.members().contains(m)).orElse(true))
            .findFirst().orElse(MemberId.of("m-sub"));
        return offer.replaceApprover(actor, at, replaced, replacement, REASON);
      }
      case CLEAR_CONTINGENCY:
        return offer.clearContingency(actor, at, offer.pendingContingencies().stream()
            .findFirst().orElse(ContingencyKind.OTHER));
      case FAIL_CONTINGENCY:
        return offer.failContingency(actor, at, offer.pendingContingencies().stream()
            .findFirst().orElse(ContingencyKind.OTHER));
      case REVISE:
        Offer.Revision revision = offer.revise(actor, at, newTerms, newExpiry);
        assertIsARow(offer.status(), action, revision.superseded().status());
        assertThat(revision.superseded()).isEqualTo(
            ImmutableOffer.builder().from(offer).status(OfferStatus.SUPERSEDED).build());
        Offer next = revision.next();
        assertThat(next.id()).isEqualTo(offer.id());
        assertThat(next.version()).isEqualTo(offer.version() + 1);
        assertThat(next.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(next.approvals()).isEmpty();
        assertThat(next.reason()).isEmpty();
        assertThat(next.compensation()).isEqualTo(newTerms);
        assertThat(next.expiresAt()).isEqualTo(newExpiry);
        assertThat(next.approvalChain()).isEqualTo(offer.approvalChain());
        assertInvariants(next);
        return next;
      default:
        throw new AssertionError(action);
    }
  }

  @Property
  void approvalsCompleteExactlyAfterKAwaitedApprovals(@ForAll("chains") ApprovalChain chain,
      @ForAll("approverAttempts") List<MemberId> attempts) {
    Offer offer = Offer.draft(ID, fixedTerms(), EXPIRY, chain);
    Instant at = EXPIRY.minus(Duration.ofDays(1));
    if (chain.isEmpty()) {
      assertThat(offer.allowedActions(Actor.system(), at)).doesNotContain(
          OfferAction.SUBMIT_FOR_APPROVAL).contains(OfferAction.EXTEND);
      return;
    }
    offer = offer.submitForApproval(Actor.system(), at);
    for (MemberId id : attempts) {
      Actor approver = Actor.member(id, HiringRole.APPROVER);
      boolean awaited = offer.status() == OfferStatus.PENDING_APPROVAL
          && chain.approvers().contains(id) && !offer.approvals().contains(id)
          && (chain.mode() == ApprovalMode.PARALLEL
              || chain.approvers().get(offer.approvals().size()).equals(id));
      if (awaited) {
        int before = offer.approvals().size();
        offer = offer.approve(approver, at);
        assertThat(offer.approvals()).hasSize(before + 1).endsWith(id);
        assertThat(offer.status()).isEqualTo(offer.approvals().size() == chain.required()
            ? OfferStatus.APPROVED : OfferStatus.PENDING_APPROVAL);
      } else {
        Offer current = offer;
        assertThatThrownBy(() -> current.approve(approver, at))
            .isInstanceOf(IllegalTransitionException.class);
      }
      assertInvariants(offer);
    }
  }

  @Provide
  Arbitrary<List<MemberId>> approverAttempts() {
    return Arbitraries.of(POOL).list().ofMaxSize(12);
  }

  @Property
  void aRevisionRefusesAnExpiryNotAfterItsTime(@ForAll("chains") ApprovalChain chain,
      @ForAll("hoursBack") int hoursBack) {
    Offer offer = Offer.draft(ID, fixedTerms(), EXPIRY, chain);
    Instant at = EXPIRY.plus(Duration.ofHours(3));
    Instant newExpiry = at.minus(Duration.ofHours(hoursBack));

    assertThatThrownBy(() -> offer.revise(Actor.system(), at, fixedTerms(), newExpiry))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.expiresAt: " + newExpiry + " is not after " + at
            + "; give an expiry in the future");
  }

  @Provide
  Arbitrary<Integer> hoursBack() {
    return Arbitraries.integers().between(0, 1000);
  }

  // Checks

  private static void assertIsARow(OfferStatus from, OfferAction action, OfferStatus to) {
    assertThat(Offer.LIFECYCLE.transitions()).as("a row %s --%s--> %s", from, action, to)
        .anyMatch(t -> t.from() == from && t.action() == action && t.to() == to);
  }

  private static void assertUnchangedBesidesStatusApprovalsAndReason(Offer before, Offer after,
      OfferAction action) {
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(after.compensation()).isEqualTo(before.compensation());
    assertThat(after.expiresAt()).isEqualTo(before.expiresAt());
    assertThat(after.details()).isEqualTo(before.details());
    if (action == OfferAction.REPLACE_APPROVER) {
      // The count stays right: same groups, same k, same approvals; one pending member swapped.
      assertThat(after.approvalChain().required()).isEqualTo(before.approvalChain().required());
      assertThat(after.approvalChain().groups()).hasSameSizeAs(before.approvalChain().groups());
      assertThat(after.approvals()).isEqualTo(before.approvals());
    } else {
      assertThat(after.approvalChain()).isEqualTo(before.approvalChain());
    }
    if (action == OfferAction.CLEAR_CONTINGENCY || action == OfferAction.FAIL_CONTINGENCY) {
      assertThat(after.pendingContingencies()).hasSize(before.pendingContingencies().size() - 1);
    } else {
      assertThat(after.clearedContingencies()).isEqualTo(before.clearedContingencies());
      assertThat(after.failedContingencies()).isEqualTo(before.failedContingencies());
    }
  }

  private static void assertInvariants(Offer offer) {
    ApprovalChain chain = offer.approvalChain();
    List<MemberId> approvals = offer.approvals();
    assertThat(REACHABLE).contains(offer.status());
    assertThat(chain.approvers()).containsAll(approvals);
    assertThat(new HashSet<>(approvals)).hasSameSizeAs(approvals);
    if (chain.mode() == ApprovalMode.SEQUENTIAL) {
      assertThat(approvals).isEqualTo(chain.approvers().subList(0, approvals.size()));
    }
    if (offer.status() == OfferStatus.APPROVED) {
      assertThat(approvals.size()).isGreaterThanOrEqualTo(chain.required());
    }
    if (offer.status() == OfferStatus.PENDING_APPROVAL) {
      assertThat(approvals.size()).isLessThan(chain.required());
    }
    if (offer.status() == OfferStatus.DRAFT) {
      assertThat(approvals).isEmpty();
    }
    assertThat(offer.toString())
        .isEqualTo("Offer{" + offer.id() + " v" + offer.version() + " " + offer.status() + "}");
  }

  private static Set<OfferStatus> reachableFromDraft() {
    Set<OfferStatus> reached = EnumSet.of(OfferStatus.DRAFT);
    Deque<OfferStatus> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      OfferStatus from = todo.pop();
      for (Transition<OfferStatus, OfferAction, Offer.Context, Actor> t :
          Offer.LIFECYCLE.transitions()) {
        if (t.from() == from && reached.add(t.to())) {
          todo.push(t.to());
        }
      }
    }
    return reached;
  }

  private static Compensation fixedTerms() {
    return TERMS;
  }

  /** The offer rules written out independently of the table. */
  static final class Model {
    private Model() {}

    static boolean policyAllows(Actor actor, OfferAction action) {
      switch (actor.kind()) {
        case SYSTEM:
          return true;
        case CANDIDATE:
          return action == OfferAction.ACCEPT || action == OfferAction.DECLINE;
        default:
          Set<HiringRole> roles = actor.roles();
          switch (action) {
            case APPROVE:
            case DECLINE_APPROVAL:
              return roles.contains(HiringRole.APPROVER);
            case ACCEPT:
            case DECLINE:
            case EXPIRE:
              return roles.contains(HiringRole.RECRUITER);
            default:
              return roles.contains(HiringRole.RECRUITER)
                  || roles.contains(HiringRole.HIRING_MANAGER);
          }
      }
    }

    static boolean awaited(Offer offer, Actor actor) {
      Optional<MemberId> id = actor.memberId();
      ApprovalChain chain = offer.approvalChain();
      List<MemberId> approvals = offer.approvals();
      if (id.isEmpty() || approvals.size() >= chain.required()
          || approvals.contains(id.get()) || !chain.approvers().contains(id.get())) {
        return false;
      }
      return chain.mode() == ApprovalMode.PARALLEL
          || chain.approvers().indexOf(id.get()) == approvals.size();
    }

    static boolean legalIgnoringPolicy(Offer offer, OfferAction action, Actor actor,
        Instant at) {
      boolean beforeExpiry = at.isBefore(offer.expiresAt());
      boolean noChain = offer.approvalChain().approvers().isEmpty();
      switch (offer.status()) {
        case DRAFT:
          return action == OfferAction.SUBMIT_FOR_APPROVAL && !noChain
              || action == OfferAction.EXTEND && noChain && beforeExpiry
              || action == OfferAction.RESCIND || action == OfferAction.REVISE;
        case PENDING_APPROVAL:
          return (action == OfferAction.APPROVE || action == OfferAction.DECLINE_APPROVAL)
              && awaited(offer, actor)
              || action == OfferAction.RESCIND || action == OfferAction.REVISE
              || action == OfferAction.REPLACE_APPROVER;
        case APPROVED:
          return action == OfferAction.EXTEND && beforeExpiry
              || action == OfferAction.RESCIND || action == OfferAction.REVISE;
        case EXTENDED:
          return action == OfferAction.ACCEPT && beforeExpiry
              || action == OfferAction.EXPIRE && !beforeExpiry
              || action == OfferAction.DECLINE || action == OfferAction.RESCIND
              || action == OfferAction.REVISE;
        case ACCEPTED:
          return action == OfferAction.DECLINE || action == OfferAction.RESCIND
              || (action == OfferAction.CLEAR_CONTINGENCY
                  || action == OfferAction.FAIL_CONTINGENCY)
                  && offer.details().contingencies().size()
                      > offer.clearedContingencies().size() + offer.failedContingencies().size();
        case DECLINED:
        case EXPIRED:
        case RESCINDED:
          return action == OfferAction.REVISE;
        default:
          return false;
      }
    }

    static Set<OfferAction> allowed(Offer offer, Actor actor, Instant at) {
      Set<OfferAction> allowed = EnumSet.noneOf(OfferAction.class);
      for (OfferAction action : OfferAction.values()) {
        if (policyAllows(actor, action) && legalIgnoringPolicy(offer, action, actor, at)) {
          allowed.add(action);
        }
      }
      return allowed;
    }

    static OfferStatus target(Offer offer, OfferAction action) {
      switch (action) {
        case SUBMIT_FOR_APPROVAL:
          return OfferStatus.PENDING_APPROVAL;
        case APPROVE:
          return offer.approvals().size() + 1 >= offer.approvalChain().required()
              ? OfferStatus.APPROVED : OfferStatus.PENDING_APPROVAL;
        case DECLINE_APPROVAL:
          return OfferStatus.DRAFT;
        case EXTEND:
          return OfferStatus.EXTENDED;
        case ACCEPT:
          return OfferStatus.ACCEPTED;
        case DECLINE:
          return OfferStatus.DECLINED;
        case RESCIND:
          return OfferStatus.RESCINDED;
        case EXPIRE:
          return OfferStatus.EXPIRED;
        case REVISE:
          return OfferStatus.SUPERSEDED;
        case REPLACE_APPROVER:
          return OfferStatus.PENDING_APPROVAL;
        case CLEAR_CONTINGENCY:
        case FAIL_CONTINGENCY:
          return OfferStatus.ACCEPTED;
        default:
          throw new AssertionError(action);
      }
    }
  }

}
