package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.actor.TeamPolicy;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
  private static final RoleId ID = SeedRole.ROLE;
  /** The actions legal in every status. */
  private static final String EDITS = "REVISE_POSTING, SET_PLAN, SET_TEAM, SET_REQUISITION";
  private static final String EDITS_OPEN = EDITS + ", SCHEDULE_OPENING";
  private static final String OPEN_ALLOWED =
      "allowed now: [HOLD, CLOSE, ADD_OPENING, FILL_OPENING, CLOSE_OPENING, " + EDITS_OPEN + "]";
  private static final String DRAFT_ALLOWED =
      "allowed now: [OPEN, CLOSE, ADD_OPENING, " + EDITS_OPEN + "]";
  private static final String CLOSED_ALLOWED = "allowed now: [ADD_OPENING, " + EDITS + "]";
  /** The seed draft's events: drafted, planned, one opening added. */
  private static final int SEED = 3;

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
  void theSeedDraftIsADraftOfThreeEvents() {
    assertThat(draft().status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(draft().history()).hasSize(SEED);
    assertThat(draft().history().get(0)).isInstanceOf(RoleEvent.Drafted.class);
    assertThat(draft().filledOpenings()).isEmpty();
  }

  @Test
  void aDraftWithAPlanAndAnOpenOpeningOpens() {
    Role role = draft().open(RECRUITER, T0);

    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.eventsAfter(SEED)).containsExactly(new RoleEvent.Opened(ID, 4, T0, RECRUITER));
    assertThat(role.openings()).isEqualTo(draft().openings());
  }

  @Test
  void aDraftWithoutAPlanDoesNotOpen() {
    Role noPlan = SeedRole.unplanned();

    assertThatThrownBy(() -> noPlan.open(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (requires an interview plan); allowed now: "
            + "[CLOSE, ADD_OPENING, " + EDITS_OPEN + "]");
  }

  @Test
  void aDraftWithoutAnOpenOpeningDoesNotOpen() {
    Role noSeat = SeedRole.drafted().setPlan(RECRUITER, T0, SeedRole.plan());

    assertThatThrownBy(() -> noSeat.open(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (requires an open opening); allowed now: "
            + "[CLOSE, ADD_OPENING, " + EDITS + "]");
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
    assertThat(resumed.eventsAfter(SEED)).containsExactly(
        new RoleEvent.Opened(ID, 4, T0, RECRUITER), new RoleEvent.Held(ID, 5, T1, MANAGER),
        new RoleEvent.Resumed(ID, 6, T2, RECRUITER));
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
    assertThat(closed.eventsAfter(SEED))
        .containsExactly(new RoleEvent.Closed(ID, 4, RoleCloseReason.CANCELLED, T0, MANAGER));
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
        .hasMessage(ROLE + "CLOSED: cannot CLOSE (no CLOSE from CLOSED); " + CLOSED_ALLOWED);
  }

  @Test
  void aClosedRoleReopensOnceItHasAnOpenOpening() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);
    Role withSeat = closed.addOpening(RECRUITER, T2, THREE);
    Role reopened = withSeat.reopen(MANAGER, T3);

    assertThat(withSeat.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(withSeat.allowedActions(MANAGER)).containsExactly(RoleAction.REOPEN,
        RoleAction.ADD_OPENING, RoleAction.REVISE_POSTING, RoleAction.SET_PLAN,
        RoleAction.SET_TEAM, RoleAction.SET_REQUISITION, RoleAction.SCHEDULE_OPENING);
    assertThat(reopened.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(reopened.openOpenings()).containsExactly(Opening.open(THREE));
  }

  @Test
  void aClosedRoleWithoutAnOpenOpeningDoesNotReopen() {
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);

    assertThatThrownBy(() -> closed.reopen(MANAGER, T2))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "CLOSED: cannot REOPEN (requires an open opening); "
            + CLOSED_ALLOWED);
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
      assertThat(more.history()).endsWith(
          new RoleEvent.OpeningAdded(ID, role.version() + 1, TWO, T2, RECRUITER));
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
    assertThat(role.history()).endsWith(new RoleEvent.OpeningFilled(ID, 6, ONE, T1, RECRUITER));
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
            + " FILL_OPENING, CLOSE_OPENING, REOPEN_OPENING, " + EDITS_OPEN + "]");
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
    assertThat(open.history()).endsWith(new RoleEvent.OpeningClosed(ID, 5, ONE, T1, MANAGER));
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
            + "allowed now: [REOPEN, ADD_OPENING, " + EDITS_OPEN + "]");
  }

  // ---------------------------------------------------------------- REOPEN_OPENING

  @Test
  void reopeningAFilledOpeningKeepsALiveRoleInItsStatus() {
    Role open = twoSeats().fillOpening(RECRUITER, T1, ONE).reopenOpening(RECRUITER, T2, ONE);
    Role held = twoSeats().fillOpening(RECRUITER, T1, ONE).hold(RECRUITER, T2)
        .reopenOpening(RECRUITER, T3, ONE);

    assertThat(open.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(open.openings()).containsExactly(Opening.open(ONE), Opening.open(TWO));
    assertThat(open.history()).endsWith(
        new RoleEvent.OpeningReopened(ID, 7, ONE, T2, RECRUITER));
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
        + " REOPEN_OPENING, " + EDITS_OPEN + "]";

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
      if (action == RoleAction.APPROVE || action == RoleAction.DECLINE_APPROVAL) {
        assertThat(policy.rolesFor(action)).containsExactly(HiringRole.APPROVER);
      } else {
        assertThat(policy.rolesFor(action))
            .containsExactlyInAnyOrder(HiringRole.HIRING_MANAGER, HiringRole.RECRUITER);
      }
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
    assertThat(role.version()).isEqualTo(SEED + 1);
  }

  @Test
  void refusalExplainsWithoutThrowing() {
    assertThat(draft().refusal(RoleAction.HOLD, RECRUITER)).contains("no HOLD from DRAFT");
    assertThat(draft().refusal(RoleAction.OPEN, RECRUITER)).isEmpty();
    assertThat(draft().refusal(RoleAction.DRAFT, RECRUITER)).contains("no DRAFT from DRAFT");
    assertThat(draft().allowedActions(RECRUITER)).isEqualTo(EnumSet.of(RoleAction.OPEN,
        RoleAction.CLOSE, RoleAction.ADD_OPENING, RoleAction.REVISE_POSTING,
        RoleAction.SET_PLAN, RoleAction.SET_TEAM, RoleAction.SET_REQUISITION,
        RoleAction.SCHEDULE_OPENING));
  }

  // ---------------------------------------------------------------- posting, plan and team

  @Test
  void thePostingIsRevisedInEveryStatus() {
    Posting retitled = SeedRole.posting().withTitle("Senior Forward-Deployed Engineer");
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);

    for (Role role : List.of(draft(), open(), open().hold(MANAGER, T1), closed)) {
      Role revised = role.revisePosting(RECRUITER, T2, retitled);

      assertThat(revised.posting()).isEqualTo(retitled);
      assertThat(revised.status()).isEqualTo(role.status());
      assertThat(revised.openings()).isEqualTo(role.openings());
      assertThat(revised.history()).endsWith(
          new RoleEvent.PostingRevised(ID, role.version() + 1, retitled, T2, RECRUITER));
    }
    assertThatThrownBy(() -> draft().revisePosting(INTERVIEWER, T0, retitled))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot REVISE_POSTING (member m-3 [INTERVIEWER] may not"
            + " REVISE_POSTING); allowed now: []");
    assertThatThrownBy(() -> draft().revisePosting(RECRUITER, T0, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("PostingRevised.posting: is missing (null); give a value");
  }

  @Test
  void aNewPlanMustBeNewerThanTheRolesPlan() {
    InterviewPlan second = SeedRole.plan().withVersion(2);
    Role replanned = open().setPlan(MANAGER, T1, second);

    assertThat(replanned.plan()).contains(second);
    assertThat(replanned.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(replanned.history()).endsWith(new RoleEvent.PlanSet(ID, 5, second, T1, MANAGER));
    for (int version : new int[] {1, 2}) {
      assertThatThrownBy(() -> replanned.setPlan(MANAGER, T2, SeedRole.plan()
          .withVersion(version)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(ROLE + "OPEN: cannot SET_PLAN (plan v" + version + " is not newer than the"
              + " current v2; give a plan of a higher version, so applications can migrate"
              + " forward to it); " + OPEN_ALLOWED);
    }
    assertThat(replanned.allowedActions(MANAGER)).contains(RoleAction.SET_PLAN);
    assertThat(SeedRole.unplanned().setPlan(MANAGER, T0, second).plan()).contains(second);
  }

  @Test
  void aClosedRoleWithoutAPlanGetsOneBeforeItReopens() {
    Role noPlan = SeedRole.unplanned().close(RECRUITER, T0, RoleCloseReason.CANCELLED)
        .addOpening(RECRUITER, T0, TWO);

    assertThatThrownBy(() -> noPlan.reopen(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot REOPEN (requires an interview plan)");
    assertThat(noPlan.setPlan(RECRUITER, T1, SeedRole.plan()).reopen(RECRUITER, T1).status())
        .isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void theTeamIsSetInEveryStatusAndDecidesUnderATeamPolicy() {
    HiringTeam team = HiringTeam.of(TeamMember.of(MemberId.of("m-1"), HiringRole.RECRUITER));
    Role guarded = open().withPolicy(TeamPolicy.of(Role.DEFAULT_POLICY));

    assertThat(guarded.allowedActions(RECRUITER)).isEmpty();
    Role staffed = guarded.setTeam(Actor.system(), T1, team);
    assertThat(staffed.hiringTeam()).isEqualTo(team);
    assertThat(staffed.history()).endsWith(new RoleEvent.TeamSet(ID, 5, team, T1,
        Actor.system()));
    assertThat(staffed.allowedActions(RECRUITER)).contains(RoleAction.HOLD);
    assertThat(staffed.allowedActions(MANAGER)).isEmpty();
    assertThatThrownBy(() -> guarded.setTeam(MANAGER, T1, team))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot SET_TEAM (member m-2 [HIRING_MANAGER] may not SET_TEAM:"
            + " m-2 is not on the hiring team); allowed now: []");
    Role closed = open().close(MANAGER, T1, RoleCloseReason.CANCELLED);
    assertThat(closed.setTeam(MANAGER, T2, team).hiringTeam()).isEqualTo(team);
  }

  // ---------------------------------------------------------------- recording

  @Test
  void recordAppliesAnEventLikeItsAction() {
    RoleEvent held = new RoleEvent.Held(ID, 5, T1, MANAGER);

    assertThat(open().record(held)).isEqualTo(open().hold(MANAGER, T1));
  }

  @Test
  void recordRefusesAnEventOfAnotherRoleOrOutOfSequence() {
    RoleId other = RoleId.of("other-role");

    assertThatThrownBy(() -> open().record(new RoleEvent.Held(other, 5, T1, MANAGER)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot HOLD (the event is for role other-role, not"
            + " forward-deployed-engineer-sf; record a role's events on that role only); "
            + OPEN_ALLOWED);
    for (long sequence : new long[] {1, 4, 6, 99}) {
      assertThatThrownBy(() -> open().record(new RoleEvent.Held(ID, sequence, T1, MANAGER)))
          .isInstanceOf(IllegalTransitionException.class)
          .hasMessage(ROLE + "OPEN: cannot HOLD (event sequence " + sequence + " is not the"
              + " next; expected sequence 5 after version 4); " + OPEN_ALLOWED);
    }
    assertThatThrownBy(() -> new RoleEvent.Held(ID, 0, T1, MANAGER))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Held.sequence: is 0; the events of a role are numbered from 1");
  }

  @Test
  void aRoleIsDraftedOnce() {
    RoleEvent again = new RoleEvent.Drafted(ID, 5, SeedRole.posting(), T1, MANAGER);

    assertThatThrownBy(() -> open().record(again))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot DRAFT (role forward-deployed-engineer-sf already"
            + " exists; a role is drafted once); " + OPEN_ALLOWED);
  }

  @Test
  void eventsRefuseNullComponents() {
    assertThatThrownBy(() -> new RoleEvent.Closed(ID, 1, null, T0, MANAGER))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Closed.reason: is missing (null); give a value");
    assertThatThrownBy(() -> new RoleEvent.OpeningAdded(ID, 1, ONE, null, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("OpeningAdded.at:");
    assertThatThrownBy(() -> new RoleEvent.Opened(ID, 1, T0, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Opened.by:");
    assertThatThrownBy(() -> new RoleEvent.Opened(null, 1, T0, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Opened.role:");
    assertThatThrownBy(() -> new RoleEvent.PlanSet(ID, 1, null, T0, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("PlanSet.plan:");
    assertThatThrownBy(() -> new RoleEvent.TeamSet(ID, 1, null, T0, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("TeamSet.team:");
    assertThatThrownBy(() -> new RoleEvent.Drafted(ID, -1, SeedRole.posting(), T0, MANAGER))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Drafted.sequence:");
  }

  // ---------------------------------------------------------------- history

  @Test
  void replayingTheHistoryGivesTheRole() {
    Role role = twoSeats().fillOpening(RECRUITER, T1, ONE).hold(MANAGER, T1)
        .fillOpening(RECRUITER, T2, TWO).reopenOpening(MANAGER, T2, TWO)
        .addOpening(RECRUITER, T3, THREE).close(MANAGER, T3, RoleCloseReason.FILLED)
        .addOpening(RECRUITER, T3, OpeningId.of("forward-deployed-engineer-sf-4"))
        .reopen(MANAGER, T3);

    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.history()).hasSize(SEED + 10);
    for (int i = 0; i < role.history().size(); i++) {
      assertThat(role.history().get(i).sequence()).isEqualTo(i + 1);
      assertThat(role.history().get(i).role()).isEqualTo(ID);
    }
    assertThat(Role.replay(role.history())).isEqualTo(role);
    assertThat(Role.replay(role.history(), role.policy())).isEqualTo(role);
  }

  @Test
  void anEditedHistoryIsRejected() {
    Role role = open().hold(MANAGER, T1);
    List<RoleEvent> withoutOpening = new ArrayList<>(role.history());
    withoutOpening.remove(SEED);
    List<RoleEvent> foreignOpening = new ArrayList<>(open().fillOpening(RECRUITER, T1, ONE)
        .history());
    foreignOpening.set(SEED + 1, new RoleEvent.OpeningFilled(ID, 5, TWO, T1, RECRUITER));
    List<RoleEvent> renumbered = new ArrayList<>(role.history());
    renumbered.set(SEED + 1, new RoleEvent.Held(ID, 4, T1, MANAGER));

    assertThatThrownBy(() -> Role.replay(withoutOpening))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot HOLD (event sequence 5 is not the next; expected"
            + " sequence 4 after version 3); " + DRAFT_ALLOWED);
    assertThatThrownBy(() -> Role.replay(foreignOpening))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN: cannot FILL_OPENING (role forward-deployed-engineer-sf has no"
            + " opening forward-deployed-engineer-sf-2); " + OPEN_ALLOWED);
    assertThatThrownBy(() -> Role.replay(renumbered))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("event sequence 4 is not the next; expected sequence 5");
  }

  @Test
  void aHistoryStartsWithDraftedNumberedOneByAnAllowedActor() {
    List<RoleEvent> history = open().history();

    assertThatThrownBy(() -> Role.replay(history.subList(1, history.size())))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.history: starts with PlanSet; a role starts with Drafted");
    assertThatThrownBy(() -> Role.replay(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.history: must not be empty; give the events, starting with Drafted");
    assertThatThrownBy(() -> Role.replay(List.of(new RoleEvent.Drafted(ID, 2,
        SeedRole.posting(), T0, RECRUITER))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "NEW: cannot DRAFT (the first event of a role has sequence 1, not 2);"
            + " allowed now: [DRAFT]");
    assertThatThrownBy(() -> Role.replay(List.of(new RoleEvent.Drafted(ID, 1,
        SeedRole.posting(), T0, INTERVIEWER))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "NEW: cannot DRAFT (member m-3 [INTERVIEWER] may not DRAFT);"
            + " allowed now: []");
    List<RoleEvent> withNull = new ArrayList<>(history);
    withNull.set(2, null);
    assertThatThrownBy(() -> Role.replay(withNull))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.history: is missing (null); give a value");
    assertThatThrownBy(() -> Role.replay(null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.history:");
    assertThatThrownBy(() -> Role.replay(history, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.policy:");
    assertThatThrownBy(() -> Role.load(history, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.policy:");
  }

  @Test
  void theTableListsEveryRow() {
    assertThat(Role.LIFECYCLE.transitions()).hasSize(51);
    assertThat(Role.LIFECYCLE.starts()).containsExactly(Map.entry(RoleAction.DRAFT,
        RoleStatus.DRAFT));
    assertThat(Role.LIFECYCLE.toMermaid())
        .contains("  [*] --> DRAFT : DRAFT")
        .contains("  DRAFT --> OPEN : OPEN [an interview plan and an open opening and approval,"
            + " if the requisition asks for it]")
        .contains("  CLOSED --> OPEN : REOPEN [an interview plan and an open opening and"
            + " approval, if the requisition asks for it], REOPEN_OPENING [a filled opening]")
        .contains("  OPEN --> CLOSED : CLOSE, FILL_OPENING [the last open opening],"
            + " CLOSE_OPENING [the last open opening]")
        .contains("  CLOSED --> CLOSED : ADD_OPENING, REVISE_POSTING, SET_PLAN, SET_TEAM,"
            + " SET_REQUISITION, SCHEDULE_OPENING [an open opening]");
  }

  @Test
  void aReplacedPolicyDecidesWhoMayActAndIsPartOfEquality() {
    Role strict = draft().withPolicy((actor, action, subject) -> actor.actsAs(HiringRole.HIRING_MANAGER));
    assertThat(strict).isNotEqualTo(draft());
    assertThat(strict.history()).isEqualTo(draft().history());
    assertThat(strict.allowedActions(RECRUITER)).isEmpty();
    assertThat(strict.allowedActions(MANAGER)).contains(RoleAction.OPEN);
    assertThatThrownBy(() -> strict.open(RECRUITER, T1))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "DRAFT: cannot OPEN (member m-1 [RECRUITER] may not OPEN);"
            + " allowed now: []");
    assertThat(strict.open(MANAGER, T1).policy()).isSameAs(strict.policy());
  }

  @Test
  void aRoleCountsItsEventsAndGivesThoseAfterAVersion() {
    Role draft = draft();
    Role held = draft.open(RECRUITER, T0).hold(MANAGER, T1);

    assertThat(SeedRole.drafted().version()).isEqualTo(1);
    assertThat(draft.version()).isEqualTo(SEED);
    assertThat(held.version()).isEqualTo(SEED + 2);
    assertThat(held.eventsAfter(0)).isEqualTo(held.history());
    assertThat(held.eventsAfter(SEED + 1)).extracting(RoleEvent::type)
        .containsExactly("role.held");
    assertThat(held.eventsAfter(SEED + 2)).isEmpty();
    assertThat(held.eventsAfter(SEED)).extracting(RoleEvent::sequence).containsExactly(4L, 5L);
    assertThatThrownBy(() -> held.eventsAfter(-1)).isInstanceOf(InvalidValueException.class);
    assertThat(Role.replay(held.eventsAfter(0))).isEqualTo(held);
    assertThatThrownBy(() -> held.eventsAfter(SEED + 3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.version: 6 is not a version of " + held.id() + "; give 0 to 5");
  }

  @Test
  void aStoredRoleLoadsAfterItsPolicyIsTightenedThoughItsReplayIsRefused() {
    Role opened = draft().open(RECRUITER, T0).hold(RECRUITER, T1);
    Policy<RoleAction, Role> managersOnly = (actor, action, subject) -> actor.kind() == Actor.Kind.SYSTEM
        || actor.actsAs(HiringRole.HIRING_MANAGER);

    assertThatThrownBy(() -> Role.replay(opened.history(), managersOnly))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("may not OPEN");
    Role loaded = Role.load(opened.history(), managersOnly);
    assertThat(loaded.status()).isEqualTo(RoleStatus.ON_HOLD);
    assertThat(loaded.policy()).isSameAs(managersOnly);
    assertThat(loaded).isEqualTo(opened.withPolicy(managersOnly));
    assertThat(loaded.allowedActions(RECRUITER)).isEmpty();
    assertThat(loaded.resume(MANAGER, T1).status()).isEqualTo(RoleStatus.OPEN);
    List<RoleEvent> heldDraft = new ArrayList<>(draft().history());
    heldDraft.add(new RoleEvent.Held(ID, SEED + 1, T0, MANAGER));
    assertThatThrownBy(() -> Role.load(heldDraft, managersOnly))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("no HOLD from DRAFT");
  }
}
