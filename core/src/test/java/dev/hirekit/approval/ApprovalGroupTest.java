package dev.hirekit.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalGroupTest {
  private static final MemberId LEAD = MemberId.of("lead");
  private static final MemberId FIN_1 = MemberId.of("fin-1");
  private static final MemberId FIN_2 = MemberId.of("fin-2");
  private static final MemberId FIN_3 = MemberId.of("fin-3");
  private static final MemberId EXEC = MemberId.of("exec");

  private static final ApprovalChain CHAIN = ApprovalChain.of(
      ApprovalGroup.of("recruiting lead", 1, LEAD),
      ApprovalGroup.of("finance", 2, FIN_1, FIN_2, FIN_3),
      ApprovalGroup.of("executive", 1, EXEC));

  @Test
  void approvalGoesGroupByGroup() {
    assertThat(CHAIN.required()).isEqualTo(4);
    assertThat(CHAIN.awaits(LEAD, List.of())).isTrue();
    assertThat(CHAIN.awaits(FIN_1, List.of())).isFalse();
    assertThat(CHAIN.currentGroup(List.of(LEAD)).orElseThrow().name()).isEqualTo("finance");
    assertThat(CHAIN.awaits(FIN_3, List.of(LEAD))).isTrue();
    assertThat(CHAIN.awaits(EXEC, List.of(LEAD, FIN_3))).isFalse();
    assertThat(CHAIN.awaits(FIN_3, List.of(LEAD, FIN_3))).isFalse();
    assertThat(CHAIN.awaits(EXEC, List.of(LEAD, FIN_3, FIN_1))).isTrue();
    assertThat(CHAIN.isSatisfiedBy(List.of(LEAD, FIN_3, FIN_1))).isFalse();
    assertThat(CHAIN.isSatisfiedBy(List.of(LEAD, FIN_3, FIN_1, EXEC))).isTrue();
    assertThat(CHAIN.currentGroup(List.of(LEAD, FIN_3, FIN_1, EXEC))).isEmpty();
  }

  @Test
  void simpleChainsAreOneGroupChains() {
    ApprovalChain simple = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1, FIN_1, FIN_2);

    assertThat(simple.groups()).containsExactly(ApprovalGroup.builder()
        .name(ApprovalChain.DEFAULT_GROUP).members(List.of(FIN_1, FIN_2)).required(1)
        .mode(ApprovalMode.SEQUENTIAL).build());
    assertThat(simple.isSimple()).isTrue();
    assertThat(CHAIN.isSimple()).isFalse();
    assertThat(CHAIN.approvers()).containsExactly(LEAD, FIN_1, FIN_2, FIN_3, EXEC);
    assertThat(CHAIN.mode()).isEqualTo(ApprovalMode.PARALLEL);
  }

  @Test
  void aMemberMaySitInSeveralGroups() {
    ApprovalChain chain = ApprovalChain.of(ApprovalGroup.of("finance", 1, FIN_1, EXEC),
        ApprovalGroup.of("executive", 1, EXEC));

    assertThat(chain.awaits(EXEC, List.of(EXEC))).isTrue();
    assertThat(chain.approvers()).containsExactly(FIN_1, EXEC);
  }

  @Test
  void invalidGroupsAndChainsAreRejected() {
    assertThatThrownBy(() -> ApprovalGroup.of("finance", 3, FIN_1, FIN_2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalGroup.required: 3 is not between 1 and the 2 members; require 1"
            + " to 2");
    assertThatThrownBy(() -> ApprovalGroup.of("finance", 1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalGroup.members: are empty; a group needs at least one member");
    assertThatThrownBy(() -> ApprovalGroup.of(" ", 1, FIN_1))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ApprovalGroup.of("finance", 1, FIN_1, FIN_1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalGroup.members: repeats fin-1; each must be unique");
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalGroup.of("finance", 1, FIN_1),
        ApprovalGroup.of("finance", 1, FIN_2)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.groups: repeats finance; each must be unique");
    assertThatThrownBy(() -> ApprovalChain.of((ApprovalGroup[]) null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> ApprovalChain.builder().addApprovers(FIN_1)
        .addGroup(ApprovalGroup.of("finance", 1, FIN_1)).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CHAIN.withRequired(1))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aPendingApproverOfTheCurrentGroupIsReplaced() {
    MemberId deputy = MemberId.of("fin-deputy");
    ApprovalChain replaced = CHAIN.replace(List.of(LEAD, FIN_1), FIN_2, deputy);

    assertThat(replaced.groups().get(1).members()).containsExactly(FIN_1, deputy, FIN_3);
    assertThat(replaced.awaits(deputy, List.of(LEAD, FIN_1))).isTrue();
    assertThat(replaced.awaits(FIN_2, List.of(LEAD, FIN_1))).isFalse();
    assertThatThrownBy(() -> CHAIN.replace(List.of(LEAD, FIN_1), FIN_1, deputy))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.replaced: fin-1 is not a pending approver of group finance;"
            + " replace one of [fin-2, fin-3]");
    assertThatThrownBy(() -> CHAIN.replace(List.of(LEAD), FIN_2, FIN_3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalGroup.members: of group finance already include fin-3; the"
            + " replacement must be someone outside the group");
    assertThatThrownBy(() -> CHAIN.replace(List.of(LEAD), EXEC, deputy))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CHAIN.replace(List.of(LEAD, FIN_1, FIN_2, EXEC), EXEC, deputy))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.groups: are all complete; only a pending approver is"
            + " replaced");
  }
}
