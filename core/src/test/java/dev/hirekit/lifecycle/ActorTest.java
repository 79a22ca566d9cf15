package dev.hirekit.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void actorsAreEqualByKindIdAndRoles() {
    Actor recruiter = Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER);
    assertThat(recruiter).isEqualTo(Actor.member(MemberId.of("m-1"),
        EnumSet.of(HiringRole.RECRUITER))).hasSameHashCodeAs(
        Actor.member(MemberId.of("m-1"), Set.of(HiringRole.RECRUITER)));
    assertThat(recruiter)
        .isNotEqualTo(Actor.member(MemberId.of("m-2"), HiringRole.RECRUITER))
        .isNotEqualTo(Actor.member(MemberId.of("m-1"), HiringRole.APPROVER))
        .isNotEqualTo(Actor.candidate(CandidateId.of("m-1")))
        .isNotEqualTo(Actor.system())
        .isNotEqualTo("member m-1 [RECRUITER]");
    assertThat(Actor.candidate(CandidateId.of("c-1")))
        .isEqualTo(Actor.candidate(CandidateId.of("c-1")))
        .isNotEqualTo(Actor.candidate(CandidateId.of("c-2")));
    assertThat(Actor.system()).isEqualTo(Actor.system()).isSameAs(Actor.system());
    assertThat(Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER).hashCode())
        .isNotEqualTo(Actor.member(MemberId.of("m-2"), HiringRole.RECRUITER).hashCode());
  }

  @Test
  void theRolePolicyAnswersPerActionAndPerParty() {
    RolePolicy<TransitionTableTest.Push> policy = RolePolicy.builder(TransitionTableTest.Push.class)
        .allow(TransitionTableTest.Push.OPEN, HiringRole.COORDINATOR)
        .allowCandidate(TransitionTableTest.Push.CLOSE)
        .build();
    assertThat(policy.actions()).isEqualTo(TransitionTableTest.Push.class);
    assertThat(policy.allowsCandidate(TransitionTableTest.Push.CLOSE)).isTrue();
    assertThat(policy.allowsCandidate(TransitionTableTest.Push.OPEN)).isFalse();
    assertThat(policy.rolesFor(TransitionTableTest.Push.OPEN))
        .containsExactly(HiringRole.COORDINATOR);
    assertThat(policy.rolesFor(TransitionTableTest.Push.LOCK)).isEmpty();
  }

  @Test
  void aGuardShowsItsDescription() {
    assertThat(Guard.when("a key", x -> true)).hasToString("a key");
  }
}
