package dev.hirekit.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class HiringTeamTest {
  private static final TeamMember LEAD =
      TeamMember.of(MemberId.of("m-1"), HiringRole.HIRING_MANAGER, HiringRole.INTERVIEWER);
  private static final TeamMember RECRUITER = TeamMember.of(MemberId.of("m-2"), HiringRole.RECRUITER);
  private static final TeamMember ENGINEER = TeamMember.of(MemberId.of("m-3"), HiringRole.INTERVIEWER);

  @Test
  void emptyTeamHasNoMembers() {
    assertThat(HiringTeam.empty().members()).isEmpty();
    assertThat(HiringTeam.empty().member(MemberId.of("m-1"))).isEmpty();
    assertThat(HiringTeam.empty().membersWith(HiringRole.RECRUITER)).isEmpty();
  }

  @Test
  void membersKeepTheirOrder() {
    HiringTeam team = HiringTeam.of(ENGINEER, LEAD, RECRUITER);

    assertThat(team.members()).containsExactly(ENGINEER, LEAD, RECRUITER);
  }

  @Test
  void membersWithFindsEveryMemberOfARoleInOrder() {
    HiringTeam team = HiringTeam.of(LEAD, RECRUITER, ENGINEER);

    assertThat(team.membersWith(HiringRole.INTERVIEWER)).containsExactly(LEAD, ENGINEER);
    assertThat(team.membersWith(HiringRole.RECRUITER)).containsExactly(RECRUITER);
    assertThat(team.membersWith(HiringRole.APPROVER)).isEmpty();
  }

  @Test
  void memberFindsById() {
    HiringTeam team = HiringTeam.of(LEAD, RECRUITER);

    assertThat(team.member(MemberId.of("m-2"))).contains(RECRUITER);
    assertThat(team.member(MemberId.of("m-9"))).isEmpty();
  }

  @Test
  void memberIdsMustBeUnique() {
    TeamMember sameIdOtherRole = TeamMember.of(MemberId.of("m-1"), HiringRole.APPROVER);

    assertThatThrownBy(() -> HiringTeam.of(LEAD, RECRUITER, sameIdOtherRole))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("HiringTeam.members: repeats m-1; each must be unique");
  }

  @Test
  void withMembersChecksUniquenessAndLeavesTheOriginal() {
    HiringTeam team = HiringTeam.of(LEAD);

    HiringTeam bigger = team.withMembers(java.util.List.of(LEAD, RECRUITER));

    assertThat(team.members()).containsExactly(LEAD);
    assertThat(bigger.members()).containsExactly(LEAD, RECRUITER);
    assertThatThrownBy(() -> team.withMembers(java.util.List.of(LEAD, LEAD)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("HiringTeam.members: repeats m-1; each must be unique");
  }
}
