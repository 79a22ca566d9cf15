package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.OpeningCloseReason;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.OpeningStatus;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleApproval;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each input of a role's walk ({@link Roles#lived}) does, one at a time: the status it
 * ends in, the fate of each opening, and each detour taken exactly when its bit asks for it.
 */
class RoleWalksTest {
  private static final Role DRAFT = Role.draft(RoleId.of("fde"), Roles.seedPosting(),
      Actor.system(), Roles.DRAFTED);
  private static final Posting REVISED = Roles.seedPosting()
      .withTitle("Forward-Deployed Engineer, Platform");
  private static final Set<Class<?>> DETOURS = Set.of(RoleEvent.PostingRevised.class,
      RoleEvent.OpeningReopened.class, RoleEvent.Held.class, RoleEvent.Resumed.class,
      RoleEvent.Closed.class, RoleEvent.Reopened.class, RoleEvent.OpeningAdded.class);

  private static Role lived(List<Optional<OpeningCloseReason>> fates, RoleStatus status,
      int detours) {
    return Roles.lived(DRAFT, fates, Plans.seed(), status, detours, REVISED);
  }

  private static Set<Class<?>> after(Role role, Class<?> event) {
    List<RoleEvent> history = role.history();
    int from = 0;
    while (!event.isInstance(history.get(from))) {
      from++;
    }
    return history.subList(from + 1, history.size()).stream().map(Object::getClass)
        .collect(Collectors.toSet());
  }

  private static Set<Class<?>> detoursOf(Role role) {
    return after(role, RoleEvent.Opened.class).stream().filter(DETOURS::contains)
        .collect(Collectors.toSet());
  }

  @Test
  void aDraftStaysADraftWithItsPlanAndOpeningsWhateverTheDetours() {
    Role role = lived(List.of(Optional.empty(), Optional.of(OpeningCloseReason.FILLED)),
        RoleStatus.DRAFT, 15);
    assertThat(role.status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(role.plan()).contains(Plans.seed());
    assertThat(role.openings()).extracting(o -> o.id().value())
        .containsExactly("opening-0", "opening-1");
    assertThat(role.history()).noneMatch(RoleEvent.Opened.class::isInstance);
  }

  @Test
  void withoutDetoursARoleOpensAndMeetsTheFateOfEachOpening() {
    Role role = lived(List.of(Optional.of(OpeningCloseReason.FILLED), Optional.empty(),
        Optional.of(OpeningCloseReason.CANCELLED)), RoleStatus.OPEN, 0);
    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.posting()).isEqualTo(Roles.seedPosting());
    assertThat(detoursOf(role)).isEmpty();
    assertThat(role.openings()).extracting(o -> o.status()).containsExactly(
        OpeningStatus.CLOSED, OpeningStatus.OPEN, OpeningStatus.CLOSED);
    assertThat(role.openings()).extracting(o -> o.closeReason()).containsExactly(
        Optional.of(OpeningCloseReason.FILLED), Optional.empty(),
        Optional.of(OpeningCloseReason.CANCELLED));
  }

  @Test
  void bitOneRevisesThePosting() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 1);
    assertThat(role.posting()).isEqualTo(REVISED);
    assertThat(detoursOf(role)).containsExactly(RoleEvent.PostingRevised.class);
  }

  @Test
  void bitTwoReopensAFilledOpening() {
    Role role = lived(List.of(Optional.empty(), Optional.of(OpeningCloseReason.FILLED)),
        RoleStatus.OPEN, 2);
    assertThat(detoursOf(role)).containsExactly(RoleEvent.OpeningReopened.class);
    assertThat(role.opening(OpeningId.of("opening-1")).orElseThrow().status())
        .isEqualTo(OpeningStatus.OPEN);
    assertThat(detoursOf(lived(List.of(Optional.empty()), RoleStatus.OPEN, 2)))
        .as("nothing filled, nothing to reopen").isEmpty();
  }

  @Test
  void bitFourHoldsAndResumes() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 4);
    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(detoursOf(role)).containsExactlyInAnyOrder(RoleEvent.Held.class,
        RoleEvent.Resumed.class);
  }

  @Test
  void bitEightClosesAndReopensGivingTheRoleANewOpening() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 8);
    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(detoursOf(role)).containsExactlyInAnyOrder(RoleEvent.Closed.class,
        RoleEvent.OpeningAdded.class, RoleEvent.Reopened.class);
    assertThat(role.openOpenings()).extracting(o -> o.id().value()).contains("opening-again");
    Role filled = lived(List.of(Optional.of(OpeningCloseReason.FILLED)), RoleStatus.OPEN, 8);
    assertThat(detoursOf(filled)).as("a filled role cannot close").isEmpty();
  }

  @Test
  void theStatusAskedForIsTheStatusReached() {
    Role held = lived(List.of(Optional.empty()), RoleStatus.ON_HOLD, 0);
    assertThat(held.status()).isEqualTo(RoleStatus.ON_HOLD);
    Role closed = lived(List.of(Optional.empty()), RoleStatus.CLOSED, 0);
    assertThat(closed.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(closed.history().get(closed.history().size() - 1))
        .isInstanceOfSatisfying(RoleEvent.Closed.class,
            c -> assertThat(c.reason()).isEqualTo(RoleCloseReason.CANCELLED));
    Role allFilled = lived(List.of(Optional.of(OpeningCloseReason.FILLED)), RoleStatus.CLOSED,
        0);
    assertThat(allFilled.status()).isEqualTo(RoleStatus.CLOSED);
  }

  @Test
  void bitSixteenSetsTheRequisitionPickedByTheDetoursAndTheOpenings() {
    Role role = lived(List.of(Optional.empty(), Optional.empty()), RoleStatus.OPEN, 16);
    assertThat(role.requisition()).contains(Roles.requisition(16 + 2));
    assertThat(lived(List.of(Optional.empty()), RoleStatus.OPEN, 0).requisition()).isEmpty();
  }

  @Test
  void bitThirtyTwoSchedulesTheFirstOpenOpeningOnAWeeklyGrid() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 32);
    assertThat(role.openOpenings().get(0).targetStart())
        .contains(LocalDate.of(2020, 1, 1).plusDays(7L * 32));
    assertThat(role.openOpenings().get(0).reason()).as("bit one unset: no reason of its own")
        .isEmpty();
    Role own = lived(List.of(Optional.empty()), RoleStatus.OPEN, 33);
    assertThat(own.openOpenings().get(0).reason()).contains(Roles.headcountReason(1));
    assertThat(lived(List.of(Optional.empty()), RoleStatus.OPEN, 0).openOpenings().get(0)
        .targetStart()).isEmpty();
  }

  @Test
  void numberedRequisitionsAlternateLaddersAndReasons() {
    assertThat(Roles.requisition(3)).isEqualTo(Requisition.of(Level.of("GS-12"),
        HeadcountReason.backfill("employee-3")));
    assertThat(Roles.requisition(4)).isEqualTo(Requisition.of(Level.of("L4", 4),
        HeadcountReason.newHeadcount()));
    assertThat(Roles.headcountReason(2)).isEqualTo(HeadcountReason.newHeadcount());
    assertThat(Roles.headcountReason(5)).isEqualTo(HeadcountReason.backfill("employee-5"));
  }

  @Test
  void bitSixtyFourHasTheTwoGroupsApproveBeforeTheRoleOpens() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 64);
    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(role.approval()).isEqualTo(RoleApproval.APPROVED);
    assertThat(role.approvals()).containsExactly(Roles.APPROVERS.get(0), Roles.APPROVERS.get(1));
    assertThat(role.requisition().orElseThrow().level())
        .isEqualTo(Roles.requisition(64).level());
    assertThat(role.hiringTeam().membersWith(HiringRole.APPROVER)).extracting(TeamMember::id)
        .containsExactlyElementsOf(Roles.APPROVERS);
    assertThat(role.history()).noneMatch(RoleEvent.ApprovalDeclined.class::isInstance)
        .noneMatch(RoleEvent.ApproverReplaced.class::isInstance);
    assertThat(lived(List.of(Optional.empty()), RoleStatus.OPEN, 0).approval())
        .isEqualTo(RoleApproval.NOT_NEEDED);
  }

  @Test
  void aDraftOfBitSixtyFourHasAsManyApprovalsAsTheDetoursModuloThree() {
    assertThat(lived(List.of(Optional.empty()), RoleStatus.DRAFT, 64 + 2 + 1).approval())
        .as("67 %% 3 = 1 approval: pending").isEqualTo(RoleApproval.PENDING);
    Role none = lived(List.of(Optional.empty()), RoleStatus.DRAFT, 64 + 2 + 3);
    assertThat(none.approvals()).as("69 %% 3 = 0").isEmpty();
    assertThat(none.approval()).isEqualTo(RoleApproval.PENDING);
    Role both = lived(List.of(Optional.empty()), RoleStatus.DRAFT, 64 + 4 + 3);
    assertThat(both.approvals()).as("71 %% 3 = 2").hasSize(2);
    assertThat(both.approval()).isEqualTo(RoleApproval.APPROVED);
  }

  @Test
  void bitsFourAndTwoWithSixtyFourDeclineOnceAndReplaceTheSecondApprover() {
    Role role = lived(List.of(Optional.empty()), RoleStatus.OPEN, 64 + 4 + 2);
    List<RoleEvent> history = role.history();
    assertThat(history).filteredOn(RoleEvent.ApprovalRequested.class::isInstance).hasSize(2);
    assertThat(history).filteredOn(RoleEvent.ApprovalDeclined.class::isInstance).singleElement()
        .satisfies(e -> assertThat(e.by().memberId()).contains(Roles.APPROVERS.get(0)));
    assertThat(history).filteredOn(RoleEvent.ApproverReplaced.class::isInstance)
        .singleElement().satisfies(e -> {
          RoleEvent.ApproverReplaced replaced = (RoleEvent.ApproverReplaced) e;
          assertThat(replaced.replaced()).isEqualTo(Roles.APPROVERS.get(1));
          assertThat(replaced.replacement()).isEqualTo(Roles.APPROVERS.get(2));
        });
    assertThat(role.approvals()).containsExactly(Roles.APPROVERS.get(0), Roles.APPROVERS.get(2));
    assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
  }
}
