package dev.hirekit.approval;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import dev.hirekit.team.MemberId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who must approve an offer (or the opening of a role): ordered {@link ApprovalGroup}s, each k
 * of n, approved group by group.
 *
 * <p>An empty chain needs no approval: its offers are extended straight from draft. Otherwise the
 * approvals go to the first group until {@code required} of its members approved, then to the
 * next group, and so on; the chain is satisfied once its last group is. The approvals are one
 * list in order: the first {@code k1} belong to the first group, the next {@code k2} to the
 * second, and so on. A member may sit in several groups (a CFO in finance and among the
 * executives); a group's members are unique, and so are the group names.
 *
 * <p>The simple chains of earlier releases ({@link #of(ApprovalMode, int, MemberId...)}, {@link
 * #builder()} with {@code approvers}, {@code required} and {@code mode}) are chains of one group
 * named {@value #DEFAULT_GROUP}; {@link #approvers()}, {@link #required()} and {@link #mode()}
 * still answer for them.
 *
 * <pre>{@code
 * ApprovalChain chain = ApprovalChain.of(
 *     ApprovalGroup.of("recruiting lead", 1, MemberId.of("lead")),
 *     ApprovalGroup.of("finance", 2, MemberId.of("fin-1"), MemberId.of("fin-2"),
 *         MemberId.of("fin-3")));
 * chain.awaits(MemberId.of("fin-2"), List.of(MemberId.of("lead"))); // true
 * chain.required(); // 3
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ApprovalChain {

  /** The name of the only group of a chain built the simple way. */
  public static final String DEFAULT_GROUP = "approvers";

  ApprovalChain() {}

  /**
   * The groups, in the order they approve.
   *
   * @return the groups, none for a chain that needs no approval
   */
  @Value.Parameter
  public abstract List<ApprovalGroup> groups();

  /**
   * Every member of the chain, each once, in group order.
   *
   * @return the approvers
   */
  public List<MemberId> approvers() {
    LinkedHashSet<MemberId> all = new LinkedHashSet<>();
    groups().forEach(g -> all.addAll(g.members()));
    return List.copyOf(all);
  }

  /**
   * How many approvals make the chain satisfied: the sum of the groups' k, 0 for an empty chain.
   *
   * @return the approvals needed
   */
  public int required() {
    return groups().stream().mapToInt(ApprovalGroup::required).sum();
  }

  /**
   * The mode of the first group; {@link ApprovalMode#PARALLEL} for an empty chain.
   *
   * @return the mode
   */
  public ApprovalMode mode() {
    return groups().isEmpty() ? ApprovalMode.PARALLEL : groups().get(0).mode();
  }

  /**
   * The chain that needs no approval.
   *
   * @return an empty chain
   */
  public static ApprovalChain none() {
    return ImmutableApprovalChain.of(List.of());
  }

  /**
   * A chain of one group of k of n approvers, named {@value #DEFAULT_GROUP}.
   *
   * @param mode sequential or parallel
   * @param required k, from 1 to the number of approvers
   * @param approvers the approvers, each once
   * @return the chain
   * @throws InvalidValueException if the mode or an approver is missing, an approver repeats or
   *     k is out of range
   */
  public static ApprovalChain of(ApprovalMode mode, int required, MemberId... approvers) {
    return builder().mode(mode).required(required)
        .approvers(Arrays.asList(Require.given(approvers, "ApprovalChain", "approvers"))).build();
  }

  /**
   * A chain of ordered groups.
   *
   * @param groups the groups in the order they approve
   * @return the chain
   * @throws InvalidValueException if a group is missing or two groups share a name
   */
  public static ApprovalChain of(ApprovalGroup... groups) {
    return ofGroups(Arrays.asList(Require.given(groups, "ApprovalChain", "groups")));
  }

  /**
   * A chain of ordered groups.
   *
   * @param groups the groups in the order they approve
   * @return the chain
   * @throws InvalidValueException if a group is missing or two groups share a name
   */
  public static ApprovalChain ofGroups(List<ApprovalGroup> groups) {
    Require.given(groups, "ApprovalChain", "groups");
    groups.forEach(g -> Require.given(g, "ApprovalChain", "groups"));
    return ImmutableApprovalChain.of(groups);
  }

  /**
   * A builder of chains: either groups, or the approvers, k and mode of one group.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the chain needs no approval.
   *
   * @return true if there are no groups
   */
  public boolean isEmpty() {
    return groups().isEmpty();
  }

  /**
   * The group that awaits approvals after the given ones, if the chain is not yet satisfied.
   *
   * @param approvals the approvals given so far, in order
   * @return the current group
   */
  public Optional<ApprovalGroup> currentGroup(List<MemberId> approvals) {
    int consumed = 0;
    for (ApprovalGroup group : groups()) {
      consumed += group.required();
      if (approvals.size() < consumed) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * The approvals that belong to the current group.
   *
   * @param approvals the approvals given so far, in order
   * @return the current group's approvals, empty if the chain is satisfied
   */
  public List<MemberId> currentApprovals(List<MemberId> approvals) {
    int consumed = 0;
    for (ApprovalGroup group : groups()) {
      if (approvals.size() < consumed + group.required()) {
        return List.copyOf(approvals.subList(Math.min(consumed, approvals.size()),
            approvals.size()));
      }
      consumed += group.required();
    }
    return List.of();
  }

  /**
   * Whether the chain awaits this approver's approval after the given approvals: the current
   * group awaits it.
   *
   * @param approver who would approve
   * @param approvals the approvals given so far, in order
   * @return true if the approver may approve now
   */
  public boolean awaits(MemberId approver, List<MemberId> approvals) {
    return currentGroup(approvals)
        .filter(g -> g.awaits(approver, currentApprovals(approvals))).isPresent();
  }

  /**
   * The members the chain awaits now: those of the current group who may approve next (in a
   * sequential group only the next in order), none once the chain is satisfied.
   *
   * <pre>{@code
   * chain.awaited(role.approvals()); // [fin-1, fin-2]: whom to remind
   * }</pre>
   *
   * @param approvals the approvals given so far, in order
   * @return the awaited members, in the group's order
   */
  public List<MemberId> awaited(List<MemberId> approvals) {
    return currentGroup(approvals).map(g -> g.members().stream()
        .filter(m -> g.awaits(m, currentApprovals(approvals))).toList()).orElse(List.of());
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
   * A copy in which another member takes a pending member's place in the current group.
   *
   * @param approvals the approvals given so far
   * @param replaced a member of the current group who has not approved
   * @param replacement who takes their place, not a member of that group
   * @return the copy
   * @throws InvalidValueException if the chain is satisfied, {@code replaced} is not pending in
   *     the current group or {@code replacement} is already in it
   */
  public ApprovalChain replace(List<MemberId> approvals, MemberId replaced,
      MemberId replacement) {
    Require.given(replaced, "ApprovalChain", "replaced");
    Require.given(replacement, "ApprovalChain", "replacement");
    ApprovalGroup current = currentGroup(approvals).orElseThrow(() -> new InvalidValueException(
        "ApprovalChain", "groups", "are all complete; only a pending approver is replaced"));
    Require.that(current.pending(currentApprovals(approvals)).contains(replaced),
        "ApprovalChain", "replaced", replaced + " is not a pending approver of group "
        + current.name() + "; replace one of " + current.pending(currentApprovals(approvals)));
    List<ApprovalGroup> groups = new ArrayList<>(groups());
    groups.set(groups.indexOf(current), current.replace(replaced, replacement));
    return ofGroups(groups);
  }

  /**
   * A copy of a chain of at most one group with other approvers, keeping k and the mode.
   *
   * @param elements the approvers
   * @return the copy
   * @throws InvalidValueException if the chain has several groups, or the result is invalid
   */
  public ApprovalChain withApprovers(Iterable<? extends MemberId> elements) {
    return simple().approvers(elements).build();
  }

  /**
   * A copy of a chain of at most one group with another k.
   *
   * @param value k
   * @return the copy
   * @throws InvalidValueException if the chain has several groups, or the result is invalid
   */
  public ApprovalChain withRequired(int value) {
    return simple().required(value).build();
  }

  /**
   * A copy of a chain of at most one group with another mode.
   *
   * @param value the mode
   * @return the copy
   * @throws InvalidValueException if the chain has several groups
   */
  public ApprovalChain withMode(ApprovalMode value) {
    return simple().mode(value).build();
  }

  /** A builder holding this one-group chain the simple way. */
  private Builder simple() {
    Require.that(groups().size() <= 1, "ApprovalChain", "groups", "number " + groups().size()
        + "; approvers, required and mode are changed on a chain of one group only");
    return builder().approvers(approvers()).required(required()).mode(mode());
  }

  /**
   * Whether the chain is built the simple way: no group, or one group named {@value
   * #DEFAULT_GROUP}.
   *
   * @return true for a simple chain
   */
  public boolean isSimple() {
    return groups().isEmpty()
        || groups().size() == 1 && groups().get(0).name().equals(DEFAULT_GROUP);
  }

  @Value.Check
  void check() {
    Require.distinct("ApprovalChain", "groups", groups(), ApprovalGroup::name);
  }

  /** Builds an {@link ApprovalChain}: either groups, or one group's approvers, k and mode. */
  public static final class Builder {
    private final List<ApprovalGroup> groups = new ArrayList<>();
    private final List<MemberId> approvers = new ArrayList<>();
    private Integer required;
    private ApprovalMode mode;

    Builder() {}

    /**
     * Starts from a chain: its groups, replacing whatever this builder held.
     *
     * @param chain the chain to copy
     * @return this builder
     */
    public Builder from(ApprovalChain chain) {
      Require.given(chain, "ApprovalChain", "chain");
      approvers.clear();
      required = null;
      mode = null;
      return groups(chain.groups());
    }

    /**
     * Adds groups, in order.
     *
     * @param elements the groups
     * @return this builder
     */
    public Builder addGroups(ApprovalGroup... elements) {
      Arrays.asList(Require.given(elements, "ApprovalChain", "groups")).forEach(this::addGroup);
      return this;
    }

    /**
     * Adds a group.
     *
     * @param element the group
     * @return this builder
     */
    public Builder addGroup(ApprovalGroup element) {
      groups.add(Require.given(element, "ApprovalChain", "groups"));
      return this;
    }

    /**
     * Sets the groups.
     *
     * @param elements the groups
     * @return this builder
     */
    public Builder groups(Iterable<? extends ApprovalGroup> elements) {
      groups.clear();
      Require.given(elements, "ApprovalChain", "groups").forEach(this::addGroup);
      return this;
    }

    /**
     * Sets the approvers of a one-group chain.
     *
     * @param elements the approvers
     * @return this builder
     */
    public Builder approvers(Iterable<? extends MemberId> elements) {
      approvers.clear();
      Require.given(elements, "ApprovalChain", "approvers").forEach(this::addApprover);
      return this;
    }

    /**
     * Adds approvers of a one-group chain.
     *
     * @param elements the approvers
     * @return this builder
     */
    public Builder addApprovers(MemberId... elements) {
      Arrays.asList(Require.given(elements, "ApprovalChain", "approvers"))
          .forEach(this::addApprover);
      return this;
    }

    /**
     * Adds an approver of a one-group chain.
     *
     * @param element the approver
     * @return this builder
     */
    public Builder addApprover(MemberId element) {
      approvers.add(Require.given(element, "ApprovalChain", "approvers"));
      return this;
    }

    /**
     * Sets k of a one-group chain; all approvers by default.
     *
     * @param value k
     * @return this builder
     */
    public Builder required(int value) {
      required = value;
      return this;
    }

    /**
     * Sets the mode of a one-group chain; parallel by default.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder mode(ApprovalMode value) {
      mode = Require.given(value, "ApprovalChain", "mode");
      return this;
    }

    /**
     * Builds the chain.
     *
     * @return the chain
     * @throws InvalidValueException if both groups and one group's approvers are given, or a
     *     rule is broken
     */
    public ApprovalChain build() {
      boolean simple = !approvers.isEmpty() || required != null || mode != null;
      if (!groups.isEmpty()) {
        Require.that(!simple, "ApprovalChain", "groups", "are given with approvers, required or"
            + " mode; give either groups or one group's approvers");
        return ofGroups(groups);
      }
      Require.distinct("ApprovalChain", "approvers", approvers, a -> a);
      int k = Objects.requireNonNullElse(required, approvers.size());
      if (approvers.isEmpty()) {
        Require.that(k == 0, "ApprovalChain", "required", k
            + " approvals cannot come from no approvers; list approvers or require 0");
        return none();
      }
      Require.that(k >= 1 && k <= approvers.size(), "ApprovalChain", "required", k
          + " is not between 1 and the " + approvers.size() + " approvers; require 1 to "
          + approvers.size());
      return ofGroups(List.of(ApprovalGroup.builder().name(DEFAULT_GROUP).members(approvers)
          .required(k).mode(Objects.requireNonNullElse(mode, ApprovalMode.PARALLEL)).build()));
    }
  }
}
