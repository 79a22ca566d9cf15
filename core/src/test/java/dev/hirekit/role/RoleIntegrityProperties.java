package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hirekit.ForgedHistories;
import dev.hirekit.ForgedHistories.Mutation;
import dev.hirekit.InvalidValueException;
import dev.hirekit.TestRuns;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.testing.Roles;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A role's state comes only from its events: there is no builder and no copy but {@link
 * Role#withPolicy}, a history renumbered, with an event duplicated, dropped or of another role,
 * or not starting with Drafted is refused by {@link Role#replay(List)}, and any other mutated or
 * forged history is refused or passes an audit written independently of the role's code.
 */
class RoleIntegrityProperties {
  private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
  private static final List<Actor> ACTORS = List.of(
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER),
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER),
      Actor.member(MemberId.of("int-1"), HiringRole.INTERVIEWER),
      Actor.member(MemberId.of("coord-1"), HiringRole.COORDINATOR),
      Actor.member(MemberId.of("fin-1"), HiringRole.APPROVER),
      Actor.member(MemberId.of("fin-2"), HiringRole.APPROVER),
      Actor.candidate(CandidateId.of("cand-1")),
      Actor.system());

  /** One attempted role action: which, by whom, on which opening, after how long. */
  record Step(RoleAction action, int actor, int opening, long seconds) {
    Role run(Role role, Instant at) {
      Actor by = ACTORS.get(actor);
      OpeningId id = OpeningId.of("opening-" + opening);
      return switch (action) {
        case DRAFT -> role.record(new RoleEvent.Drafted(role.id(), role.version() + 1,
            role.posting(), at, by));
        case REVISE_POSTING -> role.revisePosting(by, at, role.posting()
            .withTitle("Title " + opening));
        case SET_PLAN -> role.setPlan(by, at, SeedRole.plan().withVersion(1 + opening));
        case SET_TEAM -> role.setTeam(by, at, HiringTeam.of(TeamMember.of(
            MemberId.of("m-" + opening), HiringRole.RECRUITER)));
        case OPEN -> role.open(by, at);
        case HOLD -> role.hold(by, at);
        case RESUME -> role.resume(by, at);
        case CLOSE -> role.close(by, at, RoleCloseReason.FILLED);
        case REOPEN -> role.reopen(by, at);
        case ADD_OPENING -> role.addOpening(by, at, id);
        case FILL_OPENING -> role.fillOpening(by, at, id);
        case CLOSE_OPENING -> role.closeOpening(by, at, id);
        case REOPEN_OPENING -> role.reopenOpening(by, at, id);
        case SET_REQUISITION -> role.setRequisition(by, at, Requisition.of(
            Level.of("L" + opening, opening), HeadcountReason.newHeadcount())
            .withApprovalChain(opening % 3 == 0 ? ApprovalChain.none()
                : ApprovalChain.of(ApprovalMode.PARALLEL, opening % 3, MemberId.of("fin-1"),
                    MemberId.of("fin-2"))));
        case SCHEDULE_OPENING -> role.scheduleOpening(by, at, id,
            Optional.of(java.time.LocalDate.of(2026, 1 + opening, 1)), Optional.empty());
        case REQUEST_APPROVAL -> role.requestApproval(by, at);
        case APPROVE -> role.approve(by, at);
        case DECLINE_APPROVAL -> role.declineApproval(by, at, "not this quarter");
        case REPLACE_APPROVER -> role.replaceApprover(by, at, MemberId.of("fin-" + opening % 3),
            MemberId.of("fin-" + (opening + 1) % 3), "away");
      };
    }
  }

  /** A role made by random steps, the refused ones left out. */
  record Lived(Role role) {}

  @Provide
  Arbitrary<Lived> lived() {
    Arbitrary<Step> steps = Combinators.combine(Arbitraries.of(RoleAction.class),
            Arbitraries.integers().between(0, ACTORS.size() - 1),
            Arbitraries.integers().between(0, 5), Arbitraries.longs().between(0, 86_400))
        .as(Step::new);
    return Combinators.combine(
            Roles.roles().filter(r -> r.status() == RoleStatus.DRAFT),
            steps.list().ofMinSize(1).ofMaxSize(25))
        .as((draft, list) -> {
          Role role = draft;
          Instant at = T0;
          for (Step step : list) {
            Instant when = at.plusSeconds(step.seconds());
            try {
              role = step.run(role, when);
              at = when;
            } catch (IllegalTransitionException refused) {
              // a refused step changes nothing
            }
          }
          return new Lived(role);
        });
  }

  record Mutated(Lived lived, Mutation mutation, int index, int actor) {
    List<RoleEvent> history() {
      return ForgedHistories.forged(lived.role().history(), mutation, index,
          Duration.ofHours(1), ACTORS.get(actor));
    }
  }

  @Provide
  Arbitrary<Mutated> mutated() {
    return Combinators.combine(lived(), Arbitraries.of(Mutation.class),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, ACTORS.size() - 1))
        .as(Mutated::new);
  }

  @Property
  void aMutatedRoleHistoryIsRefusedOrPassesAnIndependentAudit(
      @ForAll("mutated") Mutated mutated) {
    List<RoleEvent> history = mutated.history();
    Role replayed = null;
    try {
      replayed = Role.replay(history);
    } catch (IllegalTransitionException | InvalidValueException refused) {
      // refused, as a forged history should be
    }
    Statistics.label("outcome").collect(replayed == null ? "refused" : "accepted");
    if (TestRuns.isFull()) {
      Statistics.label("outcome").coverage(c -> {
        c.check("refused").percentage(p -> p > 10);
        c.check("accepted").percentage(p -> p > 10);
      });
    }
    if (replayed != null) {
      audit(replayed);
    }
  }

  /** The rules a role history keeps, checked without the role's own code paths. */
  private static void audit(Role role) {
    List<RoleEvent> history = role.history();
    Set<OpeningId> open = new HashSet<>();
    Set<OpeningId> filled = new HashSet<>();
    boolean opened = false;
    boolean planned = false;
    Optional<Requisition> requisition = Optional.empty();
    int required = 0;
    boolean requested = false;
    List<MemberId> approvals = new ArrayList<>();
    assertThat(history.get(0)).isInstanceOf(RoleEvent.Drafted.class);
    for (int i = 0; i < history.size(); i++) {
      RoleEvent event = history.get(i);
      assertThat(event.sequence()).isEqualTo(i + 1);
      assertThat(event.role()).isEqualTo(role.id());
      if (i > 0) {
        assertThat(event.at()).isAfterOrEqualTo(history.get(i - 1).at());
        assertThat(event).isNotInstanceOf(RoleEvent.Drafted.class);
      }
      Actor by = event.by();
      assertThat(by.kind()).isNotEqualTo(Actor.Kind.CANDIDATE);
      boolean approving = event instanceof RoleEvent.Approved
          || event instanceof RoleEvent.ApprovalDeclined;
      if (by.kind() == Actor.Kind.MEMBER) {
        assertThat(by.roles()).containsAnyOf(approving ? new HiringRole[] {HiringRole.APPROVER}
            : new HiringRole[] {HiringRole.HIRING_MANAGER, HiringRole.RECRUITER});
      }
      if (approving) {
        assertThat(requested).as("approval was requested").isTrue();
        assertThat(approvals).as("approvers approve once").doesNotContain(by.memberId().get());
        assertThat(approvals.size()).isLessThan(required);
        assertThat(requisition.get().approvalChain().approvers()).contains(by.memberId().get());
      }
      if (event instanceof RoleEvent.RequisitionSet set) {
        if (!requisition.equals(Optional.of(set.requisition()))) {
          requested = false;
          approvals.clear();
        }
        requisition = Optional.of(set.requisition());
        required = set.requisition().approvalChain().approvers().size() == 0 ? 0
            : set.requisition().approvalChain().required();
      } else if (event instanceof RoleEvent.ApprovalRequested) {
        assertThat(required).as("approvers to ask").isPositive();
        assertThat(requested).as("asked once").isFalse();
        requested = true;
      } else if (event instanceof RoleEvent.Approved) {
        approvals.add(by.memberId().get());
      } else if (event instanceof RoleEvent.ApprovalDeclined) {
        requested = false;
        approvals.clear();
      } else if (event instanceof RoleEvent.ApproverReplaced replaced) {
        assertThat(requested && approvals.size() < required).as("approval pending").isTrue();
        assertThat(approvals).doesNotContain(replaced.replaced());
        requisition = Optional.of(requisition.get().withApprovalChain(ApprovalChain.of(
            ApprovalMode.PARALLEL, required, requisition.get().approvalChain().approvers()
                .stream().map(m -> m.equals(replaced.replaced()) ? replaced.replacement() : m)
                .toArray(MemberId[]::new))));
      } else if (event instanceof RoleEvent.PlanSet) {
        planned = true;
      } else if (event instanceof RoleEvent.Opened || event instanceof RoleEvent.Reopened) {
        assertThat(planned).as("opened with a plan").isTrue();
        assertThat(required == 0 || (requested && approvals.size() >= required))
            .as("opened with the approval its requisition asks for").isTrue();
        opened = true;
      } else if (event instanceof RoleEvent.OpeningAdded added) {
        assertThat(open).doesNotContain(added.opening());
        assertThat(filled).doesNotContain(added.opening());
        open.add(added.opening());
      } else if (event instanceof RoleEvent.OpeningFilled f) {
        assertThat(open.remove(f.opening())).as("fills an open opening").isTrue();
        filled.add(f.opening());
      } else if (event instanceof RoleEvent.OpeningClosed c) {
        assertThat(open.remove(c.opening())).as("cancels an open opening").isTrue();
      } else if (event instanceof RoleEvent.OpeningReopened r) {
        assertThat(filled.remove(r.opening())).as("reopens a filled opening").isTrue();
        open.add(r.opening());
      } else if (event instanceof RoleEvent.OpeningScheduled s) {
        assertThat(open).as("schedules an open opening").contains(s.opening());
      } else if (event instanceof RoleEvent.Closed) {
        open.clear();
      }
    }
    if (!opened) {
      assertThat(role.status()).as("never opened").isIn(RoleStatus.DRAFT, RoleStatus.CLOSED);
    } else {
      assertThat(role.status()).isNotEqualTo(RoleStatus.DRAFT);
    }
    Set<OpeningId> stillOpen = new HashSet<>();
    role.openOpenings().forEach(o -> stillOpen.add(o.id()));
    assertThat(stillOpen).isEqualTo(open);
    Set<OpeningId> nowFilled = new HashSet<>();
    role.filledOpenings().forEach(o -> nowFilled.add(o.id()));
    assertThat(nowFilled).isEqualTo(filled);
    assertThat(role.approvals()).isEqualTo(approvals);
    assertThat(role.approval()).isEqualTo(required == 0 ? RoleApproval.NOT_NEEDED
        : !requested ? RoleApproval.NOT_REQUESTED
        : approvals.size() >= required ? RoleApproval.APPROVED : RoleApproval.PENDING);
  }

  // ---------------------------------------------------------------- structural forgeries

  /** What a structural forgery does to a history. */
  enum Forgery { RENUMBER, DUPLICATE, DROP, FOREIGN_ID, NOT_DRAFTED_FIRST }

  record Forged(Lived lived, Forgery forgery, int index, int shift) {
    /** The forged history; a drop or renumbering leaves the last event alone. */
    List<RoleEvent> history() {
      List<RoleEvent> events = new ArrayList<>(lived.role().history());
      int i = Math.floorMod(index, events.size() - 1);
      RoleEvent event = events.get(i);
      switch (forgery) {
        case RENUMBER -> events.set(i, renumbered(event, event.sequence() + shift));
        case DUPLICATE -> events.add(i, event);
        case DROP -> events.remove(i);
        case FOREIGN_ID -> events.set(i + 1, withRole(events.get(i + 1),
            RoleId.of("forged-" + shift)));
        default -> Collections.swap(events, 0, i + 1);
      }
      return events;
    }
  }

  @Provide
  Arbitrary<Forged> forged() {
    return Combinators.combine(lived(), Arbitraries.of(Forgery.class),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(-3, 3).filter(n -> n != 0))
        .as(Forged::new);
  }

  @Property
  void replayRefusesARenumberedDuplicatedDroppedOrForeignEventAndAHistoryNotStartingDrafted(
      @ForAll("forged") Forged forged) {
    List<RoleEvent> history = forged.history();
    List<RoleEvent> before = List.copyOf(history);

    Throwable thrown = catchThrowable(() -> Role.replay(history));

    assertThat(thrown).isInstanceOfAny(IllegalTransitionException.class,
        InvalidValueException.class);
    if (thrown instanceof IllegalTransitionException refused) {
      assertThat(refused.entity()).isEqualTo("Role");
      assertThat(refused.entityId()).isEqualTo(forged.lived().role().id().value());
    } else {
      assertThat(((InvalidValueException) thrown).field()).isEqualTo("history");
    }
    assertThatThrownBy(() -> Role.load(history, (actor, action, subject) -> true))
        .isInstanceOfAny(IllegalTransitionException.class, InvalidValueException.class);
    assertThat(history).isEqualTo(before);
    assertThat(Role.replay(forged.lived().role().history())).isEqualTo(forged.lived().role());
    Statistics.label("forgery").collect(forged.forgery());
  }

  private static RoleEvent renumbered(RoleEvent event, long sequence) {
    return rebuilt(event, "sequence", Math.max(1, sequence) == event.sequence()
        ? event.sequence() + 1 : Math.max(1, sequence));
  }

  private static RoleEvent withRole(RoleEvent event, RoleId role) {
    return rebuilt(event, "role", role);
  }

  /** The event with one component replaced, every other kept. */
  private static RoleEvent rebuilt(RoleEvent event, String name, Object value) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getName().equals(name) ? value
            : components[i].getAccessor().invoke(event);
      }
      return (RoleEvent) event.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- no door through copies

  @Property
  void noCopyMovesARoleAndThereIsNoBuilder(@ForAll("lived") Lived lived) {
    Role role = lived.role();
    Role other = role.withPolicy((actor, action, subject) -> true);

    assertThat(other.status()).isEqualTo(role.status());
    assertThat(other.openings()).isEqualTo(role.openings());
    assertThat(other.history()).isEqualTo(role.history());
    assertThat(other.posting()).isEqualTo(role.posting());
    assertThat(Arrays.stream(Role.class.getMethods()).map(Method::getName)
        .filter(n -> n.equals("builder") || n.startsWith("with") || n.equals("record")))
        .containsExactly("withPolicy");
  }
}
