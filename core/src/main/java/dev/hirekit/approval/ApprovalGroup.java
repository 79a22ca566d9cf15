package dev.hirekit.approval;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * One group of an {@link ApprovalChain}: a name, its members and how many of them must approve
 * (k of n), in list order ({@link ApprovalMode#SEQUENTIAL}) or in any order ({@link
 * ApprovalMode#PARALLEL}).
 *
 * <p>Rules: the name is not blank; the members are unique and at least one; {@code required} is
 * between 1 and the number of members.
 *
 * <pre>{@code
 * ApprovalGroup finance = ApprovalGroup.of("finance", 2,
 *     MemberId.of("fin-ana"), MemberId.of("fin-bo"), MemberId.of("fin-cy"));
 * finance.awaits(MemberId.of("fin-bo"), List.of(MemberId.of("fin-ana"))); // true
 * }</pre>
 */
@Value.Immutable
public abstract class ApprovalGroup {

  ApprovalGroup() {}

  /**
   * The group's name, such as "finance"; unique within its chain.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The members who may approve for the group, each once.
   *
   * @return the members in order
   */
  public abstract List<MemberId> members();

  /**
   * How many members must approve: k, from 1 to the number of members; all by default.
   *
   * @return k
   */
  @Value.Default
  public int required() {
    return members().size();
  }

  /**
   * In list order or in any order; parallel by default.
   *
   * @return the mode
   */
  @Value.Default
  public ApprovalMode mode() {
    return ApprovalMode.PARALLEL;
  }

  /**
   * A group whose members approve in any order.
   *
   * @param name the group's name
   * @param required k, from 1 to the number of members
   * @param members the members, each once
   * @return the group
   * @throws InvalidValueException if the name is blank, a member is missing or repeats, or k is
   *     out of range
   */
  public static ApprovalGroup of(String name, int required, MemberId... members) {
    return builder().name(name).required(required)
        .members(Arrays.asList(Require.given(members, "ApprovalGroup", "members"))).build();
  }

  /**
   * A builder of groups.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the group, having these approvals of its own, awaits this member's approval: the
   * group is not complete, the member has not approved, and the member is next in list order
   * (sequential) or any member (parallel).
   *
   * @param member who would approve
   * @param approvals the group's approvals so far, in order
   * @return true if the member may approve now
   */
  public boolean awaits(MemberId member, List<MemberId> approvals) {
    if (isSatisfiedBy(approvals) || approvals.contains(member)) {
      return false;
    }
    if (mode() == ApprovalMode.SEQUENTIAL) {
      return pending(approvals).get(0).equals(member);
    }
    return members().contains(member);
  }

  /**
   * The members who have not approved, in list order.
   *
   * @param approvals the group's approvals so far
   * @return the pending members
   */
  public List<MemberId> pending(List<MemberId> approvals) {
    return members().stream().filter(m -> !approvals.contains(m)).toList();
  }

  /**
   * Whether these approvals complete the group.
   *
   * @param approvals the group's approvals so far
   * @return true if at least {@link #required()} were given
   */
  public boolean isSatisfiedBy(List<MemberId> approvals) {
    return approvals.size() >= required();
  }

  /**
   * A copy in which another member takes a member's place (same position in the order).
   *
   * @param replaced the member replaced
   * @param replacement who takes their place, not already a member
   * @return the copy
   * @throws InvalidValueException if {@code replaced} is not a member or {@code replacement} is
   */
  public ApprovalGroup replace(MemberId replaced, MemberId replacement) {
    Require.that(members().contains(replaced), "ApprovalGroup", "members",
        "of group " + name() + " do not include " + replaced + "; replace a member");
    Require.that(!members().contains(replacement), "ApprovalGroup", "members",
        "of group " + name() + " already include " + replacement
        + "; the replacement must be someone outside the group");
    return builder().from(this).members(members().stream()
        .map(m -> m.equals(replaced) ? replacement : m).toList()).build();
  }

  @Value.Check
  void check() {
    Require.name("ApprovalGroup", "name", name());
    Require.distinct("ApprovalGroup", "members", members(), m -> m);
    Require.that(!members().isEmpty(), "ApprovalGroup", "members", "are empty; a group needs"
        + " at least one member");
    Require.that(required() >= 1 && required() <= members().size(), "ApprovalGroup",
        "required", required() + " is not between 1 and the " + members().size()
        + " members; require 1 to " + members().size());
  }

  /** Builds an {@link ApprovalGroup}; see {@link ApprovalGroup#builder()}. */
  public static final class Builder extends ImmutableApprovalGroup.Builder {
    Builder() {}
  }
}
