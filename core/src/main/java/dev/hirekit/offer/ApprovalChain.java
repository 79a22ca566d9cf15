package dev.hirekit.offer;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * Who must approve an offer before it is extended: k of n approvers, sequential or parallel.
 *
 * <p>An empty chain needs no approval: its offers are extended straight from draft. Otherwise the
 * offer is approved once {@link #required()} approvers have approved: in {@link
 * ApprovalMode#PARALLEL} any of the listed approvers, in any order; in {@link
 * ApprovalMode#SEQUENTIAL} the approvers in list order, so the first {@code required} of them.
 *
 * <pre>{@code
 * ApprovalChain chain = ApprovalChain.of(ApprovalMode.PARALLEL, 2,
 *     MemberId.of("finance"), MemberId.of("cto"), MemberId.of("ceo"));
 * chain.awaits(MemberId.of("ceo"), List.of(MemberId.of("cto"))); // true
 * }</pre>
 */
@Value.Immutable
public abstract class ApprovalChain {

  ApprovalChain() {}

  /**
   * The approvers, each once.
   *
   * @return the approvers in order
   */
  public abstract List<MemberId> approvers();

  /**
   * How many approvals make the offer approved: 0 for an empty chain, otherwise 1 to n.
   *
   * @return k
   */
  @Value.Default
  public int required() {
    return approvers().size();
  }

  /**
   * Sequential or parallel.
   *
   * @return the mode
   */
  @Value.Default
  public ApprovalMode mode() {
    return ApprovalMode.PARALLEL;
  }

  /**
   * The chain that needs no approval.
   *
   * @return an empty chain
   */
  public static ApprovalChain none() {
    return new Builder().build();
  }

  /**
   * A chain of k of n approvers.
   *
   * @param mode sequential or parallel
   * @param required k, from 1 to the number of approvers
   * @param approvers the approvers, each once
   * @return the chain
   * @throws InvalidValueException if the mode or an approver is missing, an approver repeats or
   *     k is out of range
   */
  public static ApprovalChain of(ApprovalMode mode, int required, MemberId... approvers) {
    return new Builder().mode(mode).required(required)
        .approvers(Arrays.asList(Require.given(approvers, "ApprovalChain", "approvers"))).build();
  }

  /**
   * A builder of chains.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chain needs no approval.
   *
   * @return true if there are no approvers
   */
  public boolean isEmpty() {
    return approvers().isEmpty();
  }

  /**
   * Whether the chain awaits this approver's approval after the given approvals.
   *
   * @param approver who would approve
   * @param approvals the approvals given so far, in order
   * @return true if the approver may approve now
   */
  public boolean awaits(MemberId approver, List<MemberId> approvals) {
    if (isSatisfiedBy(approvals) || approvals.contains(approver)) {
      return false;
    }
    if (mode() == ApprovalMode.SEQUENTIAL) {
      return approvers().get(approvals.size()).equals(approver);
    }
    return approvers().contains(approver);
  }

  /**
   * Whether these approvals are enough.
   *
   * @param approvals the approvals given so far
   * @return true if at least {@link #required()} were given
   */
  public boolean isSatisfiedBy(List<MemberId> approvals) {
    return approvals.size() >= required();
  }

  /**
   * A copy with other approvers.
   *
   * @param elements the approvers
   * @return the copy
   */
  public abstract ApprovalChain withApprovers(Iterable<? extends MemberId> elements);

  /**
   * A copy with another k.
   *
   * @param value k
   * @return the copy
   */
  public abstract ApprovalChain withRequired(int value);

  /**
   * A copy with another mode.
   *
   * @param value the mode
   * @return the copy
   */
  public abstract ApprovalChain withMode(ApprovalMode value);

  @Value.Check
  void check() {
    Require.distinct("ApprovalChain", "approvers", approvers(), a -> a);
    if (approvers().isEmpty()) {
      Require.that(required() == 0, "ApprovalChain", "required", required()
          + " approvals cannot come from no approvers; list approvers or require 0");
    } else {
      Require.that(required() >= 1 && required() <= approvers().size(), "ApprovalChain",
          "required", required() + " is not between 1 and the " + approvers().size()
          + " approvers; require 1 to " + approvers().size());
    }
  }

  /** Builds an {@link ApprovalChain}; see {@link ApprovalChain#builder()}. */
  public static final class Builder extends ImmutableApprovalChain.Builder {
    Builder() {}
  }
}
