package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.TeamPolicy;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A role whose requisition names approvers opens only once they approved, group by group. */
class RoleApprovalTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final MemberId FIN_1 = MemberId.of("fin-1");
  private static final MemberId FIN_2 = MemberId.of("fin-2");
  private static final MemberId VP = MemberId.of("vp-eng");
  private static final Actor FINANCE_1 = Actor.member(FIN_1, HiringRole.APPROVER);
  private static final Actor FINANCE_2 = Actor.member(FIN_2, HiringRole.APPROVER);
  private static final Actor EXECUTIVE = Actor.member(VP, HiringRole.APPROVER);
  private static final ApprovalChain CHAIN = ApprovalChain.of(
      ApprovalGroup.of("finance", 1, FIN_1, FIN_2), ApprovalGroup.of("executive", 1, VP));
  private static final Requisition REQUISITION = Requisition.builder()
      .level(Level.of("L5", 5)).reason(HeadcountReason.newHeadcount()).approvalChain(CHAIN)
      .build();
  private static final String ROLE = "Role forward-deployed-engineer-sf is DRAFT: cannot ";

  private static Role needingApproval() {
    return SeedRole.role().setRequisition(RECRUITER, T0, REQUISITION);
  }

  @Test
  void aDraftWithoutApproversOpensAsBefore() {
    Role role = SeedRole.role();

    assertThat(role.approval()).isEqualTo(RoleApproval.NOT_NEEDED);
    assertThat(role.approvalChain().isEmpty()).isTrue();
    assertThat(role.allowedActions(RECRUITER)).contains(RoleAction.OPEN)
        .doesNotContain(RoleAction.REQUEST_APPROVAL);
    assertThat(role.open(RECRUITER, T0).status()).isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void aDraftNeedingApprovalDoesNotOpenBeforeItIsAsked() {
    Role role = needingApproval();

    assertThat(role.approval()).isEqualTo(RoleApproval.NOT_REQUESTED);
    assertThat(role.allowedActions(RECRUITER)).contains(RoleAction.REQUEST_APPROVAL)
        .doesNotContain(RoleAction.OPEN);
    assertThatThrownBy(() -> role.open(RECRUITER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(ROLE + "OPEN (the requisition's approvers were not asked yet; request"
            + " approval first); allowed now: [CLOSE, ADD_OPENING, REVISE_POSTING, SET_PLAN,"
            + " SET_TEAM, SET_REQUISITION, SCHEDULE_OPENING, REQUEST_APPROVAL]");
  }

  @Test
  void theGroupsApproveInOrderAndTheLastApprovalLetsTheRoleOpen() {
    Role asked = needingApproval().requestApproval(RECRUITER, T0);
    assertThat(asked.approval()).isEqualTo(RoleApproval.PENDING);
    assertThat(asked.allowedActions(EXECUTIVE)).isEmpty();
    assertThatThrownBy(() -> asked.approve(EXECUTIVE, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("member vp-eng [APPROVER] is not an approver the chain awaits now;"
            + " it awaits [fin-1, fin-2]");
    assertThatThrownBy(() -> asked.open(RECRUITER, T0))
        .hasMessageContaining("approval is pending: the chain awaits group 'finance'");

    Role financed = asked.approve(FINANCE_2, T0);
    assertThat(financed.allowedActions(FINANCE_1)).isEmpty();
    assertThat(financed.allowedActions(EXECUTIVE))
        .containsExactlyInAnyOrder(RoleAction.APPROVE, RoleAction.DECLINE_APPROVAL);
    Role approved = financed.approve(EXECUTIVE, T0);

    assertThat(approved.approvals()).containsExactly(FIN_2, VP);
    assertThat(approved.approval()).isEqualTo(RoleApproval.APPROVED);
    assertThat(approved.history().get(approved.history().size() - 1))
        .isInstanceOf(RoleEvent.Approved.class);
    assertThat(approved.open(RECRUITER, T0).status()).isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void aDeclineDropsTheRequestAndItsApprovalsWithTheReason() {
    Role declined = needingApproval().requestApproval(RECRUITER, T0).approve(FINANCE_1, T0)
        .declineApproval(EXECUTIVE, T0, "no budget this quarter");

    assertThat(declined.approval()).isEqualTo(RoleApproval.NOT_REQUESTED);
    assertThat(declined.approvals()).isEmpty();
    RoleEvent.ApprovalDeclined event =
        (RoleEvent.ApprovalDeclined) declined.history().get(declined.history().size() - 1);
    assertThat(event.reason()).isEqualTo("no budget this quarter");
    assertThat(event.toString()).contains("reason=<redacted>").doesNotContain("budget");
    assertThat(declined.requestApproval(RECRUITER, T0).approval())
        .isEqualTo(RoleApproval.PENDING);
  }

  @Test
  void aBlankDeclineReasonIsRefused() {
    Role asked = needingApproval().requestApproval(RECRUITER, T0);

    assertThatThrownBy(() -> asked.declineApproval(FINANCE_1, T0, " "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalDeclined.reason: must not be blank; give some text");
  }

  @Test
  void aNewRequisitionWithdrawsTheApprovalsGivenForTheOldOne() {
    Role approved = needingApproval().requestApproval(RECRUITER, T0).approve(FINANCE_1, T0)
        .approve(EXECUTIVE, T0);
    Role sameAgain = approved.setRequisition(RECRUITER, T0, REQUISITION);
    Role promoted = approved.setRequisition(RECRUITER, T0,
        Requisition.builder().from(REQUISITION).level(Level.of("L6", 6)).build());

    assertThat(sameAgain.approval()).isEqualTo(RoleApproval.APPROVED);
    assertThat(promoted.approval()).isEqualTo(RoleApproval.NOT_REQUESTED);
    assertThat(promoted.approvals()).isEmpty();
    assertThat(promoted.allowedActions(RECRUITER)).doesNotContain(RoleAction.OPEN);
  }

  @Test
  void anAwayApproverIsReplacedAndTheReplacementApproves() {
    Role asked = needingApproval().requestApproval(RECRUITER, T0).approve(FINANCE_1, T0);
    MemberId cfo = MemberId.of("cfo");

    Role replaced = asked.replaceApprover(RECRUITER, T0, VP, cfo, "on leave");

    assertThat(replaced.approvalChain().groups().get(1).members()).containsExactly(cfo);
    assertThat(replaced.history().get(replaced.history().size() - 1).toString())
        .startsWith("ApproverReplaced[role=forward-deployed-engineer-sf, sequence=")
        .contains("replaced=vp-eng, replacement=cfo, reason=<redacted>")
        .doesNotContain("on leave");
    assertThat(replaced.requisition().orElseThrow().level()).isEqualTo(REQUISITION.level());
    assertThat(replaced.approvals()).containsExactly(FIN_1);
    assertThat(replaced.approve(Actor.member(cfo, HiringRole.APPROVER), T0).approval())
        .isEqualTo(RoleApproval.APPROVED);
    assertThatThrownBy(() -> asked.replaceApprover(RECRUITER, T0, FIN_2, cfo, "away"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("fin-2 is not a pending approver of group executive");
  }

  @Test
  void aRoleClosedFromDraftReopensOnlyWithApproval() {
    Role closed = needingApproval().close(RECRUITER, T0, RoleCloseReason.CANCELLED)
        .addOpening(RECRUITER, T0, OpeningId.of("again"));

    assertThat(closed.allowedActions(RECRUITER)).contains(RoleAction.REQUEST_APPROVAL)
        .doesNotContain(RoleAction.REOPEN);
    Role approved = closed.requestApproval(RECRUITER, T0).approve(FINANCE_1, T0)
        .approve(EXECUTIVE, T0);
    assertThat(approved.reopen(RECRUITER, T0).status()).isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void anApprovedRoleThatClosedReopensWithoutAskingAgain() {
    Role open = needingApproval().requestApproval(RECRUITER, T0).approve(FINANCE_1, T0)
        .approve(EXECUTIVE, T0).open(RECRUITER, T0);

    Role closed = open.close(RECRUITER, T0, RoleCloseReason.FILLED)
        .addOpening(RECRUITER, T0, OpeningId.of("again"));

    assertThat(closed.approval()).isEqualTo(RoleApproval.APPROVED);
    assertThat(closed.reopen(RECRUITER, T0).status()).isEqualTo(RoleStatus.OPEN);
  }

  @Test
  void underTheTeamPolicyOnlyApproversOnTheTeamApprove() {
    HiringTeam team = HiringTeam.of(TeamMember.of(MemberId.of("rec-1"), HiringRole.RECRUITER),
        TeamMember.of(FIN_1, HiringRole.APPROVER), TeamMember.of(VP, HiringRole.APPROVER));
    Role asked = needingApproval().setTeam(RECRUITER, T0, team)
        .withPolicy(TeamPolicy.of(Role.DEFAULT_POLICY)).requestApproval(RECRUITER, T0);

    assertThat(asked.allowedActions(FINANCE_2)).isEmpty();
    assertThat(asked.allowedActions(FINANCE_1))
        .containsExactlyInAnyOrder(RoleAction.APPROVE, RoleAction.DECLINE_APPROVAL);
    assertThat(asked.allowedActions(RECRUITER)).doesNotContain(RoleAction.APPROVE);
  }

  @Test
  void approvalsReplayFromTheHistory() {
    Role approved = needingApproval().requestApproval(RECRUITER, T0).approve(FINANCE_1, T0)
        .replaceApprover(RECRUITER, T0, VP, MemberId.of("cfo"), "on leave");

    assertThat(Role.replay(approved.history())).isEqualTo(approved);
    assertThat(approved.history().stream().map(RoleEvent::type).toList()).containsSubsequence(
        List.of("role.approval_requested", "role.approved", "role.approver_replaced"));
  }
}
