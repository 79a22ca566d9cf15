package dev.hirekit.actor;

import dev.hirekit.lifecycle.Guard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import org.junit.jupiter.api.Test;

class TeamPolicyTest {
  private enum Act { READ, WRITE }

  private static final MemberId ANN = MemberId.of("ann");
  private static final HiringTeam TEAM = HiringTeam.of(
      TeamMember.of(ANN, HiringRole.RECRUITER, HiringRole.INTERVIEWER));
  private static final RolePolicy<Act, Object> BASE = RolePolicy.builder(Act.class)
      .allow(Act.READ, HiringRole.RECRUITER, HiringRole.INTERVIEWER)
      .allow(Act.WRITE, HiringRole.RECRUITER)
      .allowCandidate(Act.READ)
      .build();

  @Test
  void anUnboundTeamPolicyRefusesEveryMember() {
    TeamPolicy<Act, Object> unbound = TeamPolicy.of(BASE);
    Actor ann = Actor.member(ANN, HiringRole.RECRUITER);

    assertThat(unbound.allows(ann, Act.READ, null)).isFalse();
    assertThat(unbound.reason(ann, Act.READ, null))
        .isEqualTo("member ann [RECRUITER] may not READ: ann is not on the hiring team");
    assertThat(unbound.team()).isEmpty();
    assertThat(unbound).hasToString("TeamPolicy[unbound]");
  }

  @Test
  void aBoundTeamPolicyAsksTheBaseForMembersInTheirTeamRoles() {
    Policy<Act, Object> bound = TeamPolicy.of(BASE).within(TEAM);

    assertThat(bound.allows(Actor.member(ANN, HiringRole.RECRUITER), Act.WRITE, null)).isTrue();
    assertThat(bound.allows(Actor.member(ANN, HiringRole.INTERVIEWER), Act.WRITE, null)).isFalse();
    assertThat(bound.reason(Actor.member(ANN, HiringRole.INTERVIEWER), Act.WRITE, null))
        .isEqualTo("member ann [INTERVIEWER] may not WRITE");
    assertThat(bound.allows(Actor.member(ANN, HiringRole.APPROVER), Act.READ, null)).isFalse();
    assertThat(bound.reason(Actor.member(ANN, HiringRole.APPROVER), Act.READ, null))
        .isEqualTo("member ann [APPROVER] may not READ: the hiring team gives ann only"
            + " [RECRUITER, INTERVIEWER]");
    assertThat(bound).hasToString("TeamPolicy[bound to 1 members]");
  }

  @Test
  void theCandidateAndTheSystemAreLeftToTheBase() {
    Policy<Act, Object> bound = TeamPolicy.of(BASE).within(HiringTeam.empty());
    Actor candidate = Actor.candidate(CandidateId.of("c-1"));

    assertThat(bound.allows(candidate, Act.READ, null)).isTrue();
    assertThat(bound.allows(candidate, Act.WRITE, null)).isFalse();
    assertThat(bound.allows(Actor.system(), Act.WRITE, null)).isTrue();
  }

  @Test
  void teamPoliciesAreEqualByBaseAndTeam() {
    assertThat(TeamPolicy.of(BASE)).isEqualTo(TeamPolicy.of(BASE))
        .hasSameHashCodeAs(TeamPolicy.of(BASE));
    assertThat(TeamPolicy.of(BASE).within(TEAM)).isEqualTo(TeamPolicy.of(BASE).within(TEAM))
        .isNotEqualTo(TeamPolicy.of(BASE)).isNotEqualTo(BASE);
    assertThat(((TeamPolicy<Act, Object>) TeamPolicy.of(BASE).within(TEAM)).base()).isSameAs(BASE);
    assertThat(((TeamPolicy<Act, Object>) TeamPolicy.of(BASE).within(TEAM)).team()).contains(TEAM);
    assertThat(TeamPolicy.of(BASE).within(TEAM).hashCode())
        .isEqualTo(java.util.Objects.hash(BASE, TEAM, java.util.List.of()));
    assertThat(BASE.within(TEAM)).isSameAs(BASE);
  }

  @Test
  void aMemberActingInARoleWhoseRuleTheyFailIsRefusedEveryAction() {
    Eligibility trained = Eligibility.of(HiringRole.INTERVIEWER,
        "trained in structured interviewing", member -> !member.id().equals(ANN));
    Eligibility recruiting = Eligibility.of(HiringRole.RECRUITER, "certified recruiter",
        member -> false);
    TeamPolicy<Act, Object> unbound = TeamPolicy.of(BASE).requiring(trained);
    Policy<Act, Object> bound = unbound.within(TEAM);
    Actor both = Actor.member(ANN, HiringRole.RECRUITER, HiringRole.INTERVIEWER);

    assertThat(bound.allows(both, Act.READ, null)).isFalse();
    assertThat(bound.reason(both, Act.READ, null)).isEqualTo("member ann [RECRUITER,"
        + " INTERVIEWER] may not READ: not eligible as INTERVIEWER (trained in structured"
        + " interviewing); act in the roles they are eligible for: [RECRUITER]");
    TeamMember ann = TEAM.member(ANN).orElseThrow();
    assertThat(unbound.eligibleRoles(ann)).containsExactly(HiringRole.RECRUITER);
    Actor recruiter = Actor.member(ANN, unbound.eligibleRoles(ann));
    assertThat(bound.allows(recruiter, Act.WRITE, null)).isTrue();
    assertThat(bound.allows(recruiter, Act.READ, null)).isTrue();

    TeamPolicy<Act, Object> strict = unbound.requiring(recruiting);
    assertThat(strict.eligibleRoles(ann)).isEmpty();
    assertThat(strict.within(TEAM).reason(both, Act.READ, null)).isEqualTo("member ann"
        + " [RECRUITER, INTERVIEWER] may not READ: not eligible as INTERVIEWER (trained in"
        + " structured interviewing) nor as RECRUITER (certified recruiter)");
    assertThat(strict.within(TEAM).allows(Actor.system(), Act.WRITE, null)).isTrue();
    assertThat(unbound.eligibility()).containsExactly(trained);
    assertThat(unbound).hasToString("TeamPolicy[unbound, 1 eligibility rule]")
        .isNotEqualTo(TeamPolicy.of(BASE));
    assertThat(strict.within(TEAM))
        .hasToString("TeamPolicy[bound to 1 members, 2 eligibility rules]");
    assertThat(trained).hasToString(
        "Eligibility[INTERVIEWER: trained in structured interviewing]");
  }

  @Test
  void aGuardMayReadTheActor() {
    Guard<Integer, Actor> bigEnoughForTheSystem = Guard.whenActor("the system and a positive number",
        (n, actor) -> n > 0 && actor.kind() == Actor.Kind.SYSTEM);

    assertThat(bigEnoughForTheSystem.refusal(1, Actor.system())).isEmpty();
    assertThat(bigEnoughForTheSystem.refusal(1, Actor.member(ANN, HiringRole.RECRUITER)))
        .contains("requires the system and a positive number");
    assertThat(bigEnoughForTheSystem.refusal(0, Actor.system())).isPresent();
  }
}
