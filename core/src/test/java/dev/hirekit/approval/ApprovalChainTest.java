package dev.hirekit.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalChainTest {
  private static final MemberId FINANCE = MemberId.of("finance");
  private static final MemberId CTO = MemberId.of("cto");
  private static final MemberId CEO = MemberId.of("ceo");
  private static final MemberId OUTSIDER = MemberId.of("outsider");

  // Validation and defaults

  @Test
  void noneIsEmptyAndNeedsNoApproval() {
    ApprovalChain none = ApprovalChain.none();

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.approvers()).isEmpty();
    assertThat(none.required()).isZero();
    assertThat(none.mode()).isEqualTo(ApprovalMode.PARALLEL);
    assertThat(none.isSatisfiedBy(List.of())).isTrue();
    assertThat(none.awaits(FINANCE, List.of())).isFalse();
  }

  @Test
  void requiredDefaultsToAllApproversAndModeToParallel() {
    ApprovalChain chain = ApprovalChain.builder().addApprovers(FINANCE, CTO, CEO).build();

    assertThat(chain.required()).isEqualTo(3);
    assertThat(chain.mode()).isEqualTo(ApprovalMode.PARALLEL);
    assertThat(chain.isEmpty()).isFalse();
    assertThat(chain.approvers()).containsExactly(FINANCE, CTO, CEO);
  }

  @Test
  void ofKeepsModeRequiredAndOrder() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, CEO, FINANCE, CTO);

    assertThat(chain.mode()).isEqualTo(ApprovalMode.SEQUENTIAL);
    assertThat(chain.required()).isEqualTo(2);
    assertThat(chain.approvers()).containsExactly(CEO, FINANCE, CTO);
  }

  @Test
  void aRepeatedApproverIsRejected() {
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE, CTO, FINANCE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.approvers: repeats finance; each must be unique");
  }

  @Test
  void requiringNoneFromApproversIsRejected() {
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalMode.PARALLEL, 0, FINANCE, CTO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.required: 0 is not between 1 and the 2 approvers;"
            + " require 1 to 2");
  }

  @Test
  void requiringMoreThanTheApproversIsRejected() {
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalMode.SEQUENTIAL, 3, FINANCE, CTO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.required: 3 is not between 1 and the 2 approvers;"
            + " require 1 to 2");
  }

  @Test
  void aNegativeRequirementIsRejected() {
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalMode.PARALLEL, -1, FINANCE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.required: -1 is not between 1 and the 1 approvers;"
            + " require 1 to 1");
  }

  @Test
  void requiringApprovalsWithoutApproversIsRejected() {
    assertThatThrownBy(() -> ApprovalChain.of(ApprovalMode.PARALLEL, 2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.required: 2 approvals cannot come from no approvers;"
            + " list approvers or require 0");
  }

  @Test
  void copiesAreValidatedToo() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO);

    assertThatThrownBy(() -> chain.withRequired(3))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.required: 3 is not between 1 and the 2 approvers;"
            + " require 1 to 2");
    assertThatThrownBy(() -> chain.withApprovers(List.of(FINANCE, FINANCE)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ApprovalChain.approvers: repeats finance; each must be unique");
    assertThat(chain.withMode(ApprovalMode.SEQUENTIAL).mode())
        .isEqualTo(ApprovalMode.SEQUENTIAL);
  }

  // Sequential

  @Test
  void sequentialAwaitsOnlyTheNextApproverInOrder() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CTO, CEO);

    assertThat(chain.awaits(FINANCE, List.of())).isTrue();
    assertThat(chain.awaits(CTO, List.of())).isFalse();
    assertThat(chain.awaits(CEO, List.of())).isFalse();
    assertThat(chain.awaits(OUTSIDER, List.of())).isFalse();

    assertThat(chain.awaits(FINANCE, List.of(FINANCE))).isFalse();
    assertThat(chain.awaits(CTO, List.of(FINANCE))).isTrue();
    assertThat(chain.awaits(CEO, List.of(FINANCE))).isFalse();
  }

  @Test
  void sequentialIsSatisfiedByTheFirstKAndThenAwaitsNobody() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, FINANCE, CTO, CEO);

    assertThat(chain.isSatisfiedBy(List.of())).isFalse();
    assertThat(chain.isSatisfiedBy(List.of(FINANCE))).isFalse();
    assertThat(chain.isSatisfiedBy(List.of(FINANCE, CTO))).isTrue();
    assertThat(chain.awaits(CEO, List.of(FINANCE, CTO))).isFalse();
  }

  @Test
  void sequentialWithAllRequiredAwaitsTheLastInTurn() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 3, FINANCE, CTO, CEO);

    assertThat(chain.awaits(CEO, List.of(FINANCE))).isFalse();
    assertThat(chain.awaits(CEO, List.of(FINANCE, CTO))).isTrue();
    assertThat(chain.isSatisfiedBy(List.of(FINANCE, CTO))).isFalse();
    assertThat(chain.isSatisfiedBy(List.of(FINANCE, CTO, CEO))).isTrue();
    assertThat(chain.awaits(CEO, List.of(FINANCE, CTO, CEO))).isFalse();
  }

  // Parallel

  @Test
  void parallelAwaitsAnyListedApproverNotYetApproved() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO, CEO);

    assertThat(chain.awaits(FINANCE, List.of())).isTrue();
    assertThat(chain.awaits(CTO, List.of())).isTrue();
    assertThat(chain.awaits(CEO, List.of())).isTrue();
    assertThat(chain.awaits(OUTSIDER, List.of())).isFalse();

    assertThat(chain.awaits(CEO, List.of(CTO))).isTrue();
    assertThat(chain.awaits(FINANCE, List.of(CTO))).isTrue();
    assertThat(chain.awaits(CTO, List.of(CTO))).as("not twice").isFalse();
    assertThat(chain.awaits(OUTSIDER, List.of(CTO))).isFalse();
  }

  @Test
  void parallelIsSatisfiedByAnyKAndThenAwaitsNobody() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 2, FINANCE, CTO, CEO);

    assertThat(chain.isSatisfiedBy(List.of(CEO))).isFalse();
    assertThat(chain.isSatisfiedBy(List.of(CEO, FINANCE))).isTrue();
    assertThat(chain.isSatisfiedBy(List.of(CTO, CEO))).isTrue();
    assertThat(chain.awaits(CTO, List.of(CEO, FINANCE))).isFalse();
  }

  @Test
  void oneOfNIsSatisfiedByAnySingleApproval() {
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 1, FINANCE, CTO);

    assertThat(chain.isSatisfiedBy(List.of(CTO))).isTrue();
    assertThat(chain.awaits(FINANCE, List.of(CTO))).isFalse();
  }
}
