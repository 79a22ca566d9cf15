package dev.hirekit.actor;

import dev.hirekit.lifecycle.Guard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {
  enum Push { OPEN, CLOSE, LOCK }


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
    RolePolicy<Push, Object> policy = RolePolicy.builder(Push.class)
        .allow(Push.OPEN, HiringRole.COORDINATOR)
        .allowCandidate(Push.CLOSE)
        .build();
    assertThat(policy.actions()).isEqualTo(Push.class);
    assertThat(policy.allowsCandidate(Push.CLOSE)).isTrue();
    assertThat(policy.allowsCandidate(Push.OPEN)).isFalse();
    assertThat(policy.rolesFor(Push.OPEN))
        .containsExactly(HiringRole.COORDINATOR);
    assertThat(policy.rolesFor(Push.LOCK)).isEmpty();
  }

  @Test
  void aGuardShowsItsDescription() {
    assertThat(Guard.when("a key", x -> true)).hasToString("a key");
  }
}
