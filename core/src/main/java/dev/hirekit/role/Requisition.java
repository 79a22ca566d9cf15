package dev.hirekit.role;

import dev.hirekit.approval.ApprovalChain;
import org.immutables.value.Value;

/**
 * The internal approval to hire for a role: the level it is hired at, why (new headcount or a
 * backfill) and who must approve before the role opens ({@link #approvalChain()}, none by
 * default). Set on a role by {@link Role#setRequisition}; each opening may give its own reason
 * and a target start date with {@link Role#scheduleOpening}.
 *
 * <pre>{@code
 * Requisition req = Requisition.builder().level(Level.of("L5", 5))
 *     .reason(HeadcountReason.backfill("employee 4711"))
 *     .approvalChain(ApprovalChain.of(
 *         ApprovalGroup.of("finance", 1, MemberId.of("fin-1"), MemberId.of("fin-2")),
 *         ApprovalGroup.of("executive", 1, MemberId.of("vp-eng"))))
 *     .build();
 * role = role.setRequisition(recruiter, now, req);
 * role = role.requestApproval(recruiter, now); // then each group approves: role.approve(...)
 * }</pre>
 */
@Value.Immutable
public abstract class Requisition {

  Requisition() {}

  /**
   * The level the role is hired at.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Why the role is hired for, unless an opening gives its own reason.
   *
   * @return the reason
   */
  public abstract HeadcountReason reason();

  /**
   * Who must approve before the role opens from draft: ordered groups, each k of n, the same
   * chains as offers use. None by default: the role opens without approval.
   *
   * @return the chain, possibly empty
   */
  @Value.Default
  public ApprovalChain approvalChain() {
    return ApprovalChain.none();
  }

  /**
   * A copy with another approval chain.
   *
   * @param value the chain
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if the chain is null
   */
  public abstract Requisition withApprovalChain(ApprovalChain value);

  /**
   * A requisition that needs no approval to open the role.
   *
   * @param level the level
   * @param reason why
   * @return the requisition
   * @throws dev.hirekit.InvalidValueException if an argument is null
   */
  public static Requisition of(Level level, HeadcountReason reason) {
    return builder().level(level).reason(reason).build();
  }

  /**
   * A builder of requisitions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requisition}; see {@link Requisition#builder()}. */
  public static final class Builder extends ImmutableRequisition.Builder {
    Builder() {}
  }
}
