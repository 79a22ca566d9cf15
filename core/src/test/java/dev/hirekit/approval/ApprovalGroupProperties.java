package dev.hirekit.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Chains of random groups (members drawn from a small pool, so that members sit in several
 * groups), approved by random members: each approval the chain accepts is checked against a
 * model written out here (the approvals split into the groups' k in order, each slice distinct
 * members of its group, a sequential slice the group's first members), and so is every
 * replacement.
 */
class ApprovalGroupProperties {
  private static final List<MemberId> POOL = List.of(MemberId.of("p-0"), MemberId.of("p-1"),
      MemberId.of("p-2"), MemberId.of("p-3"), MemberId.of("p-4"));

  @Provide
  Arbitrary<ApprovalGroup> groups() {
    return Arbitraries.of(POOL).list().uniqueElements().ofMinSize(1).ofMaxSize(4)
        .flatMap(members -> Combinators.combine(
                Arbitraries.integers().between(1, members.size()),
                Arbitraries.of(ApprovalMode.class))
            .as((k, mode) -> ApprovalGroup.builder().name("g").members(members).required(k)
                .mode(mode).build()));
  }

  @Provide
  Arbitrary<ApprovalChain> chains() {
    return groups().list().ofMaxSize(3).map(groups -> {
      List<ApprovalGroup> named = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        named.add(ApprovalGroup.builder().from(groups.get(i)).name("group-" + i).build());
      }
      return ApprovalChain.ofGroups(named);
    });
  }

  @Property
  void groupsCompleteExactlyWhenKDistinctMembersApprovedInOrder(
      @ForAll("chains") ApprovalChain chain,
      @ForAll("attempts") List<Integer> attempts) {
    List<MemberId> approvals = new ArrayList<>();
    for (int attempt : attempts) {
      MemberId who = POOL.get(attempt);
      Optional<ApprovalGroup> modelGroup = modelCurrent(chain, approvals);
      List<MemberId> slice = modelSlice(chain, approvals);
      boolean expected = modelGroup.isPresent() && modelGroup.get().members().contains(who)
          && !slice.contains(who)
          && (modelGroup.get().mode() == ApprovalMode.PARALLEL
              || modelGroup.get().members().stream().filter(m -> !slice.contains(m))
                  .findFirst().orElseThrow().equals(who));
      assertThat(chain.awaits(who, approvals)).isEqualTo(expected);
      assertThat(chain.currentGroup(approvals)).isEqualTo(modelGroup);
      List<MemberId> pending = modelGroup.map(g -> g.members().stream()
          .filter(m -> !slice.contains(m)).toList()).orElse(List.of());
      assertThat(chain.awaited(approvals)).as("awaited: every pending member in parallel, the"
          + " first in sequence").isEqualTo(modelGroup.isPresent()
              && modelGroup.get().mode() == ApprovalMode.SEQUENTIAL
              ? pending.subList(0, 1) : pending);
      if (expected) {
        approvals.add(who);
      }
      assertThat(chain.isSatisfiedBy(approvals)).isEqualTo(modelCurrent(chain, approvals)
          .isEmpty());
    }
    checkSlices(chain, approvals);
  }

  @Property
  void replacementNeverLetsANonMemberApprove(@ForAll("chains") ApprovalChain chain,
      @ForAll("attempts") List<Integer> attempts, @ForAll("pool") int replaced,
      @ForAll("pool") int replacement) {
    List<MemberId> approvals = new ArrayList<>();
    for (int attempt : attempts) {
      if (chain.awaits(POOL.get(attempt), approvals)) {
        approvals.add(POOL.get(attempt));
      }
    }
    MemberId out = POOL.get(replaced);
    MemberId in = POOL.get(replacement);
    Optional<ApprovalGroup> current = chain.currentGroup(approvals);
    boolean legal = current.isPresent()
        && current.get().pending(chain.currentApprovals(approvals)).contains(out)
        && !current.get().members().contains(in);
    if (!legal) {
      assertThatThrownBy(() -> chain.replace(approvals, out, in))
          .isInstanceOf(InvalidValueException.class);
      return;
    }
    ApprovalChain next = chain.replace(approvals, out, in);
    ApprovalGroup group = next.currentGroup(approvals).orElseThrow();
    assertThat(group.members()).contains(in).doesNotContain(out);
    assertThat(next.groups().size()).isEqualTo(chain.groups().size());
    assertThat(next.required()).isEqualTo(chain.required());
    for (MemberId m : POOL) {
      if (next.awaits(m, approvals)) {
        assertThat(group.members()).contains(m);
      }
    }
    assertThat(next.awaits(out, approvals)).isFalse();
  }

  @Provide
  Arbitrary<List<Integer>> attempts() {
    return pool().list().ofMaxSize(14);
  }

  @Provide
  Arbitrary<Integer> pool() {
    return Arbitraries.integers().between(0, POOL.size() - 1);
  }

  private static Optional<ApprovalGroup> modelCurrent(ApprovalChain chain,
      List<MemberId> approvals) {
    int remaining = approvals.size();
    for (ApprovalGroup g : chain.groups()) {
      if (remaining < g.required()) {
        return Optional.of(g);
      }
      remaining -= g.required();
    }
    return Optional.empty();
  }

  private static List<MemberId> modelSlice(ApprovalChain chain, List<MemberId> approvals) {
    int from = 0;
    for (ApprovalGroup g : chain.groups()) {
      if (approvals.size() < from + g.required()) {
        return approvals.subList(from, approvals.size());
      }
      from += g.required();
    }
    return List.of();
  }

  private static void checkSlices(ApprovalChain chain, List<MemberId> approvals) {
    int from = 0;
    for (ApprovalGroup g : chain.groups()) {
      List<MemberId> slice = approvals.subList(Math.min(from, approvals.size()),
          Math.min(from + g.required(), approvals.size()));
      assertThat(new HashSet<>(slice)).hasSize(slice.size());
      assertThat(g.members()).containsAll(slice);
      if (g.mode() == ApprovalMode.SEQUENTIAL) {
        assertThat(slice).isEqualTo(g.members().subList(0, slice.size()));
      }
      from += g.required();
    }
  }
}
