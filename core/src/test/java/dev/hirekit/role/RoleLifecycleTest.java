package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleLifecycleTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T1.plusSeconds(3600);
  private static final Instant T3 = T2.plusSeconds(3600);
  private static final Actor RECRUITER = Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER);
  private static final Actor MANAGER =
      Actor.member(MemberId.of("m-2"), HiringRole.HIRING_MANAGER);
  private static final Actor INTERVIEWER =
      Actor.member(MemberId.of("m-3"), HiringRole.INTERVIEWER);
  private static final Actor CANDIDATE = Actor.candidate(CandidateId.of("cand-1"));
  private static final OpeningId ONE = SeedRole.OPENING;
  private static final OpeningId TWO = OpeningId.of("forward-deployed-engineer-sf-2");
  private static final OpeningId THREE = OpeningId.of("forward-deployed-engineer-sf-3");
  private static final String ROLE = "Role forward-deployed-engineer-sf is ";
  private static final String OPEN_ALLOWED =
      "allowed now: [HOLD, CLOSE, ADD_OPENING, FILL_OPENING, CLOSE_OPENING]";
  private static final String DRAFT_ALLOWED = "allowed now: [OPEN, CLOSE, ADD_OPENING]";

  /** The seed role: a draft with a plan and one open opening. */
  private static Role draft() {
    return SeedRole.role();
  }

  private static Role open() {
    return draft().open(RECRUITER, T0);
  }

  private static Role twoSeats() {
    return draft().addOpening(RECRUITER, T0, TWO).open(MANAGER, T0);
  }

  private static Opening filled(OpeningId id) {
    return Opening.closed(id, OpeningCloseReason.FILLED);
  }

  private static Opening cancelled(OpeningId id) {
    return Opening.closed(id, OpeningCloseReason.CANCELLED);
  }

  // ---------------------------------------------------------------- OPEN

  @Test
  void aBuiltRoleIsADraftWithoutHistory() {
    assertThat(draft().status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(draft().history()).isEmpty();
    assertThat(draft().filledOpenings()).isEmpty();
  }

  @Test
  void aDraftWithAPlanAndAnOpenOpeningOpens() {
    Role role = draft().open(RECRUITER, T0);

    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.history()).containsExactly(new RoleEvent.Opened(T0, RECRUITER));
    assertThat(role.openings()).isEqualTo(draft().openings());
  }

  @Test
  void aDraftWithoutAPlanDoesNotOpen() {
    Role noPlan = Role.builder().from(draft()).plan(Optional.empty()).build();

    assertThatThrownBy(() -> noPlan.open(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (requires an interview plan); allowed now: "
            + "[CLOSE, ADD_OPENING]");
  }

  @Test
  void aDraftWithoutAnOpenOpeningDoesNotOpen() {
    Role noSeat = Role.builder().from(draft()).openings(List.of()).build();

    assertThatThrownBy(() -> noSeat.open(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (requires an open opening); allowed now: "
            + "[CLOSE, ADD_OPENING]");
  }

  @Test
  void anOpenRoleDoesNotOpenAgain() {
    assertThatThrownBy(() -> open().open(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot OPEN (no OPEN from OPEN); " + OPEN_ALLOWED);
  }

  // ---------------------------------------------------------------- HOLD and RESUME

  @Test
  void anOpenRoleGoesOnHoldAndResumes() {
    Role held = open().hold(MANAGER, T1);
    Role resumed = held.resume(RECRUITER, T2);

    assertThat(held.status()).isEqualTo(RoleStatus.ON_HOLD);
    assertThat(resumed.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(resumed.history()).containsExactly(new RoleEvent.Opened(T0, RECRUITER),
        new RoleEvent.Held(T1, MANAGER), new RoleEvent.Resumed(T2, RECRUITER));
  }

  @Test
  void aDraftIsNotHeld() {
    assertThatThrownBy(() -> draft().hold(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot HOLD (no HOLD from DRAFT); " + DRAFT_ALLOWED);
  }

  @Test
  void anOpenRoleDoesNotResume() {
    assertThatThrownBy(() -> open().resume(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot RESUME (no RESUME from OPEN); " + OPEN_ALLOWED);
  }

  // ---------------------------------------------------------------- CLOSE and REOPEN

  @Test
  void closingADraftCancelsItsOpenings() {
    Role closed = draft().close(MANAGER, T0, RoleCloseReason.CANCELLED);

    assertThat(closed.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(closed.openings()).containsExactly(cancelled(ONE));
    assertThat(closed.history())
        .containsExactly(new RoleEvent.Closed(RoleCloseReason.CANCELLED, T0, MANAGER));
  }

  @Test
  void closingAnOpenRoleCancelsTheOpeningsStillOpenAndKeepsTheFilledOnes() {
    Role closed = twoSeats().fillOpening(RECRUITER, T1, ONE)
        .close(MANAGER, T2, RoleCloseReason.FILLED);

    assertThat(closed.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(closed.openings()).containsExactly(filled(ONE), cancelled(TWO));
    assertThat(closed.filledOpenings()).containsExactly(filled(ONE));
  }

  @Test
  void closingARoleOnHoldCancelsItsOpenings() {
    Role closed = twoSeats().hold(RECRUITER, T1).close(RECRUITER, T2, RoleCloseReason.CANCELLED);

    assertThat(closed.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(closed.openOpenings()).isEmpty();
    assertThat(closed.openings()).containsExactly(cancelled(ONE), cancelled(TWO));
  }

  @Test
  void aClosedRoleDoesNotCloseAgain() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);

    assertThatThrownBy(() -> closed.close(MANAGER, T2, RoleCloseReason.CANCELLED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "CLOSED: cannot CLOSE (no CLOSE from CLOSED); allowed now: "
            + "[ADD_OPENING]");
  }

  @Test
  void aClosedRoleReopensOnceItHasAnOpenOpening() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);
    Role withSeat = closed.addOpening(RECRUITER, T2, THREE);
    Role reopened = withSeat.reopen(MANAGER, T3);

    assertThat(withSeat.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(withSeat.allowedActions(MANAGER))
        .containsExactly(RoleAction.REOPEN, RoleAction.ADD_OPENING);
    assertThat(reopened.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(reopened.openOpenings()).containsExactly(Opening.open(THREE));
  }

  @Test
  void aClosedRoleWithoutAnOpenOpeningDoesNotReopen() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);

    assertThatThrownBy(() -> closed.reopen(MANAGER, T2))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "CLOSED: cannot REOPEN (requires an open opening); allowed now: "
            + "[ADD_OPENING]");
  }

  @Test
  void anOpenRoleDoesNotReopen() {
    assertThatThrownBy(() -> open().reopen(MANAGER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot REOPEN (no REOPEN from OPEN); " + OPEN_ALLOWED);
  }

  // ---------------------------------------------------------------- ADD_OPENING

  @Test
  void addingAnOpeningKeepsTheStatusInEveryStatus() {
    Role draft = draft();
    Role open = open();
    Role held = open.hold(RECRUITER, T1);
    Role closed = open.close(RECRUITER, T1, RoleCloseReason.CANCELLED);

    for (Role role : List.of(draft, open, held, closed)) {
      Role more = role.addOpening(RECRUITER, T2, TWO);

      assertThat(more.status()).isEqualTo(role.status());
      assertThat(more.openings()).endsWith(Opening.open(TWO)).hasSize(role.openings().size() + 1);
      assertThat(more.history()).endsWith(new RoleEvent.OpeningAdded(TWO, T2, RECRUITER));
    }
  }

  @Test
  void anOpeningIdIsAddedOnlyOnce() {
    assertThatThrownBy(() -> open().addOpening(RECRUITER, T1, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot ADD_OPENING (opening forward-deployed-engineer-sf-1"
            + " already exists; add a new opening under a new id); " + OPEN_ALLOWED);
  }

  // ---------------------------------------------------------------- FILL_OPENING

  @Test
  void fillingAnOpeningWhileAnotherRemainsKeepsTheRoleOpen() {
    Role role = twoSeats().fillOpening(RECRUITER, T1, ONE);

    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.openings()).containsExactly(filled(ONE), Opening.open(TWO));
    assertThat(role.filledOpenings()).containsExactly(filled(ONE));
    assertThat(role.history()).endsWith(new RoleEvent.OpeningFilled(ONE, T1, RECRUITER));
  }

  @Test
  void fillingTheLastOpenOpeningClosesTheRole() {
    Role role = twoSeats().closeOpening(RECRUITER, T1, TWO).fillOpening(MANAGER, T2, ONE);

    assertThat(role.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(role.openings()).containsExactly(filled(ONE), cancelled(TWO));
  }

  @Test
  void aRoleOnHoldFillsItsOpeningsAndClosesWithTheLast() {
    Role held = twoSeats().hold(RECRUITER, T1);
    Role one = held.fillOpening(RECRUITER, T2, TWO);
    Role both = one.fillOpening(RECRUITER, T3, ONE);

    assertThat(one.status()).isEqualTo(RoleStatus.ON_HOLD);
    assertThat(both.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(both.filledOpenings()).containsExactly(filled(ONE), filled(TWO));
  }

  @Test
  void aDraftIsNotFilled() {
    assertThatThrownBy(() -> draft().fillOpening(RECRUITER, T0, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot FILL_OPENING (no FILL_OPENING from DRAFT); "
            + DRAFT_ALLOWED);
  }

  @Test
  void anUnknownOpeningIsNotFilled() {
    assertThatThrownBy(() -> open().fillOpening(RECRUITER, T1, OpeningId.of("nope")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot FILL_OPENING (role forward-deployed-engineer-sf has no"
            + " opening nope); " + OPEN_ALLOWED);
  }

  @Test
  void aClosedOpeningIsNotFilledAgain() {
    Role role = twoSeats().fillOpening(RECRUITER, T1, ONE);

    assertThatThrownBy(() -> role.fillOpening(RECRUITER, T2, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot FILL_OPENING (opening forward-deployed-engineer-sf-1"
            + " is already closed (FILLED)); allowed now: [HOLD, CLOSE, ADD_OPENING,"
            + " FILL_OPENING, CLOSE_OPENING, REOPEN_OPENING]");
  }

  @Test
  void anOpenRoleWithoutOpenOpeningsCannotBeBuilt() {
    assertThatThrownBy(() -> Role.builder().from(draft()).openings(List.of(cancelled(ONE)))
        .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Role.openings: holds a closed opening without a history");
    assertThatThrownBy(() -> Role.builder().from(draft()).status(RoleStatus.OPEN).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Role.status: OPEN without a history");
  }

  @Test
  void anInterviewerDoesNotFill() {
    assertThatThrownBy(() -> open().fillOpening(INTERVIEWER, T1, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot FILL_OPENING (member m-3 [INTERVIEWER] may not"
            + " FILL_OPENING); allowed now: []");
  }

  // ---------------------------------------------------------------- CLOSE_OPENING

  @Test
  void cancellingAnOpeningWhileAnotherRemainsKeepsTheStatus() {
    Role draft = draft().addOpening(RECRUITER, T0, TWO);

    assertThat(draft.closeOpening(RECRUITER, T1, TWO).status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(twoSeats().closeOpening(RECRUITER, T1, TWO).status())
        .isEqualTo(RoleStatus.OPEN);
    assertThat(twoSeats().hold(RECRUITER, T1).closeOpening(RECRUITER, T2, ONE).status())
        .isEqualTo(RoleStatus.ON_HOLD);
    assertThat(twoSeats().closeOpening(RECRUITER, T1, TWO).openings())
        .containsExactly(Opening.open(ONE), cancelled(TWO));
  }

  @Test
  void cancellingTheLastOpenOpeningClosesALiveRole() {
    Role open = open().closeOpening(MANAGER, T1, ONE);
    Role held = open().hold(MANAGER, T1).closeOpening(MANAGER, T2, ONE);

    assertThat(open.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(open.openings()).containsExactly(cancelled(ONE));
    assertThat(open.history()).endsWith(new RoleEvent.OpeningClosed(ONE, T1, MANAGER));
    assertThat(held.status()).isEqualTo(RoleStatus.CLOSED);
  }

  @Test
  void aDraftKeepsItsLastOpenOpening() {
    assertThatThrownBy(() -> draft().closeOpening(RECRUITER, T0, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot CLOSE_OPENING (no other opening would remain open); "
            + DRAFT_ALLOWED);
  }

  @Test
  void aClosedOpeningIsNotCancelledAgain() {
    Role role = twoSeats().closeOpening(RECRUITER, T1, TWO);

    assertThatThrownBy(() -> role.closeOpening(RECRUITER, T2, TWO))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot CLOSE_OPENING (opening forward-deployed-engineer-sf-2"
            + " is already closed (CANCELLED)); " + OPEN_ALLOWED);
  }

  @Test
  void aClosedRoleCancelsNoOpening() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED)
        .addOpening(MANAGER, T2, TWO);

    assertThatThrownBy(() -> closed.closeOpening(MANAGER, T3, TWO))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "CLOSED: cannot CLOSE_OPENING (no CLOSE_OPENING from CLOSED); "
            + "allowed now: [REOPEN, ADD_OPENING]");
  }

  // ---------------------------------------------------------------- REOPEN_OPENING

  @Test
  void reopeningAFilledOpeningKeepsALiveRoleInItsStatus() {
    Role open = twoSeats().fillOpening(RECRUITER, T1, ONE).reopenOpening(RECRUITER, T2, ONE);
    Role held = twoSeats().fillOpening(RECRUITER, T1, ONE).hold(RECRUITER, T2)
        .reopenOpening(RECRUITER, T3, ONE);

    assertThat(open.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(open.openings()).containsExactly(Opening.open(ONE), Opening.open(TWO));
    assertThat(open.history()).endsWith(new RoleEvent.OpeningReopened(ONE, T2, RECRUITER));
    assertThat(held.status()).isEqualTo(RoleStatus.ON_HOLD);
  }

  @Test
  void reopeningAFilledOpeningOfAClosedRoleOpensTheRole() {
    Role filled = open().fillOpening(RECRUITER, T1, ONE);
    Role reopened = filled.reopenOpening(RECRUITER, T2, ONE);

    assertThat(filled.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(reopened.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(reopened.openings()).containsExactly(Opening.open(ONE));
  }

  @Test
  void onlyAFilledOpeningReopens() {
    Role role = twoSeats().fillOpening(RECRUITER, T1, ONE).addOpening(RECRUITER, T1, THREE)
        .closeOpening(RECRUITER, T1, TWO);
    String allowed = "allowed now: [HOLD, CLOSE, ADD_OPENING, FILL_OPENING, CLOSE_OPENING,"
        + " REOPEN_OPENING]";

    assertThatThrownBy(() -> role.reopenOpening(RECRUITER, T2, TWO))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot REOPEN_OPENING (opening forward-deployed-engineer-sf-2"
            + " is CANCELLED, not FILLED; only a filled opening reopens); " + allowed);
    assertThatThrownBy(() -> role.reopenOpening(RECRUITER, T2, THREE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot REOPEN_OPENING (opening forward-deployed-engineer-sf-3"
            + " is OPEN, not FILLED; only a filled opening reopens); " + allowed);
    assertThatThrownBy(() -> role.reopenOpening(RECRUITER, T2, OpeningId.of("nope")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot REOPEN_OPENING (role forward-deployed-engineer-sf has"
            + " no opening nope); " + allowed);
  }

  @Test
  void aRoleWithoutFilledOpeningsReopensNone() {
    assertThatThrownBy(() -> open().reopenOpening(RECRUITER, T1, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot REOPEN_OPENING (requires a filled opening); "
            + OPEN_ALLOWED);
  }

  @Test
  void aDraftReopensNoOpening() {
    Role draft = draft().addOpening(RECRUITER, T0, TWO).closeOpening(RECRUITER, T0, ONE);

    assertThatThrownBy(() -> draft.reopenOpening(RECRUITER, T0, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot REOPEN_OPENING (no REOPEN_OPENING from DRAFT); "
            + DRAFT_ALLOWED);
  }

  // ---------------------------------------------------------------- who and when

  @Test
  void theDefaultPolicyLetsManagersRecruitersAndTheSystemAct() {
    RolePolicy<RoleAction, Role> policy = (RolePolicy<RoleAction, Role>) Role.DEFAULT_POLICY;

    for (RoleAction action : RoleAction.values()) {
      assertThat(policy.rolesFor(action))
          .containsExactlyInAnyOrder(HiringRole.HIRING_MANAGER, HiringRole.RECRUITER);
      assertThat(policy.allowsCandidate(action)).isFalse();
    }
    assertThat(open().allowedActions(Actor.system())).isEqualTo(open().allowedActions(MANAGER));
    assertThat(open().allowedActions(CANDIDATE)).isEmpty();
    assertThat(open().allowedActions(INTERVIEWER)).isEmpty();
  }

  @Test
  void theCandidateDoesNotOpenARole() {
    assertThatThrownBy(() -> draft().open(CANDIDATE, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (candidate cand-1 may not OPEN); allowed now: []");
  }

  @Test
  void anEventDatedBeforeThePreviousOneIsRefused() {
    Role role = draft().open(RECRUITER, T1);

    assertThatThrownBy(() -> role.hold(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot HOLD (event time 2025-03-01T09:00:00Z is before the"
            + " previous event at 2025-03-01T10:00:00Z); " + OPEN_ALLOWED);
  }

  @Test
  void aRefusedActionChangesNothing() {
    Role role = open();
    String before = role.toString();

    assertThatThrownBy(() -> role.fillOpening(RECRUITER, T1, TWO))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(role).hasToString(before);
    assertThat(role.history()).hasSize(1);
  }

  @Test
  void refusalExplainsWithoutThrowing() {
    assertThat(draft().refusal(RoleAction.HOLD, RECRUITER)).contains("no HOLD from DRAFT");
    assertThat(draft().refusal(RoleAction.OPEN, RECRUITER)).isEmpty();
    assertThat(draft().allowedActions(RECRUITER))
        .isEqualTo(EnumSet.of(RoleAction.OPEN, RoleAction.CLOSE, RoleAction.ADD_OPENING));
  }

  // ---------------------------------------------------------------- history

  @Test
  void replayingTheHistoryOnTheRoleAsBuiltGivesTheRole() {
    Role role = twoSeats().fillOpening(RECRUITER, T1, ONE).hold(MANAGER, T1)
        .fillOpening(RECRUITER, T2, TWO).reopenOpening(MANAGER, T2, TWO)
        .addOpening(RECRUITER, T3, THREE).close(MANAGER, T3, RoleCloseReason.FILLED)
        .addOpening(RECRUITER, T3, OpeningId.of("forward-deployed-engineer-sf-4"))
        .reopen(MANAGER, T3);

    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.history()).hasSize(10);
    assertThat(Role.replay(draft(), role.history())).isEqualTo(role);
  }

  @Test
  void anEditedHistoryIsRejected() {
    Role role = open().hold(MANAGER, T1);
    List<RoleEvent> withoutOpening = role.history().subList(1, 2);
    List<RoleEvent> foreignOpening = new ArrayList<>(open().fillOpening(RECRUITER, T1, ONE)
        .history());
    foreignOpening.set(1, new RoleEvent.OpeningFilled(TWO, T1, RECRUITER));

    assertThatThrownBy(() -> Role.replay(draft(), withoutOpening))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot HOLD (no HOLD from DRAFT); " + DRAFT_ALLOWED);
    assertThatThrownBy(() -> Role.replay(draft(), foreignOpening))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot FILL_OPENING (role forward-deployed-engineer-sf has no"
            + " opening forward-deployed-engineer-sf-2); " + OPEN_ALLOWED);
  }

  @Test
  void replayStartsFromTheRoleAsBuilt() {
    Role role = open();

    assertThatThrownBy(() -> Role.replay(role, role.history()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.history: role forward-deployed-engineer-sf already has a history;"
            + " replay from the role as built, before any event");
  }

  @Test
  void recordAppliesAnEventLikeItsAction() {
    RoleEvent held = new RoleEvent.Held(T1, MANAGER);

    assertThat(open().record(held)).isEqualTo(open().hold(MANAGER, T1));
  }

  @Test
  void eventsRefuseNullComponents() {
    assertThatThrownBy(() -> new RoleEvent.Closed(null, T0, MANAGER))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Closed.reason: is missing (null); give a value");
    assertThatThrownBy(() -> new RoleEvent.OpeningAdded(ONE, null, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("OpeningAdded.at:");
    assertThatThrownBy(() -> new RoleEvent.Opened(T0, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Opened.by:");
  }

  @Test
  void theTableListsEveryRow() {
    assertThat(Role.LIFECYCLE.transitions()).hasSize(23);
    assertThat(Role.LIFECYCLE.toMermaid())
        .contains("  DRAFT --> OPEN : OPEN [an interview plan and an open opening]")
        .contains("  CLOSED --> OPEN : REOPEN [an interview plan and an open opening],"
            + " REOPEN_OPENING [a filled opening]")
        .contains("  OPEN --> CLOSED : CLOSE, FILL_OPENING [the last open opening],"
            + " CLOSE_OPENING [the last open opening]");
  }

  @Test
  void aReplacedPolicyDecidesWhoMayActWithoutChangingEquality() {
    Role strict = draft().withPolicy((actor, action, subject) -> actor.actsAs(HiringRole.HIRING_MANAGER));
    assertThat(strict).isEqualTo(draft());
    assertThat(strict.allowedActions(RECRUITER)).isEmpty();
    assertThat(strict.allowedActions(MANAGER)).contains(RoleAction.OPEN);
    assertThatThrownBy(() -> strict.open(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (member m-1 [RECRUITER] may not OPEN);"
            + " allowed now: []");
    assertThat(strict.open(MANAGER, T1).policy()).isSameAs(strict.policy());
  }

  @Test
  void aClosedDraftWithoutAPlanDoesNotReopenIntoAnOpenRole() {
    Role noPlan = Role.builder().from(draft()).plan(Optional.empty()).build()
        .close(RECRUITER, T0, RoleCloseReason.CANCELLED).addOpening(RECRUITER, T0, TWO);

    assertThatThrownBy(() -> noPlan.reopen(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot REOPEN (requires an interview plan)");
    assertThat(noPlan.withPlan(SeedRole.plan()).reopen(RECRUITER, T1).status())
        .isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void aRoleCountsItsEventsAndGivesThoseAfterAVersion() {
    Role draft = draft();
    Role held = draft.open(RECRUITER, T0).hold(MANAGER, T1);

    assertThat(draft.version()).isZero();
    assertThat(held.version()).isEqualTo(2);
    assertThat(held.eventsAfter(0)).isEqualTo(held.history());
    assertThat(held.eventsAfter(1)).extracting(RoleEvent::type).containsExactly("role.held");
    assertThat(held.eventsAfter(2)).isEmpty();
    assertThatThrownBy(() -> held.eventsAfter(-1)).isInstanceOf(InvalidValueException.class);
    assertThat(Role.replay(draft, held.eventsAfter(0))).isEqualTo(held);
    assertThatThrownBy(() -> held.eventsAfter(3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.version: 3 is not a version of " + held.id() + "; give 0 to 2");
  }

  @Test
  void aStoredRoleLoadsAfterItsPolicyIsTightenedThoughItsReplayIsRefused() {
    Role opened = draft().open(RECRUITER, T0).hold(RECRUITER, T1);
    Role managersOnly = draft().withPolicy(
        (actor, action, subject) -> actor.actsAs(HiringRole.HIRING_MANAGER));

    assertThatThrownBy(() -> Role.replay(managersOnly, opened.history()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("may not OPEN");
    Role loaded = Role.load(managersOnly, opened.history());
    assertThat(loaded.status()).isEqualTo(RoleStatus.ON_HOLD);
    assertThat(loaded.policy()).isSameAs(managersOnly.policy());
    assertThat(loaded.allowedActions(RECRUITER)).isEmpty();
    assertThat(loaded.resume(MANAGER, T1).status()).isEqualTo(RoleStatus.OPEN);
    assertThatThrownBy(() -> Role.load(draft(), List.of(new RoleEvent.Held(T0, MANAGER))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("no HOLD from DRAFT");
  }
}
