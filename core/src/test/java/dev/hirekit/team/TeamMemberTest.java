package dev.hirekit.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamMemberTest {
  private static final MemberId ID = MemberId.of("m-1");

  @Test
  void ofCollectsEveryRole() {
    TeamMember member = TeamMember.of(ID, HiringRole.HIRING_MANAGER, HiringRole.INTERVIEWER);

    assertThat(member.id()).isEqualTo(ID);
    assertThat(member.roles())
        .containsExactlyInAnyOrder(HiringRole.HIRING_MANAGER, HiringRole.INTERVIEWER);
    assertThat(member.has(HiringRole.INTERVIEWER)).isTrue();
    assertThat(member.has(HiringRole.RECRUITER)).isFalse();
  }

  @Test
  void rolesMustNotBeEmpty() {
    assertThatThrownBy(() -> TeamMember.builder().id(ID).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TeamMember.roles: must not be empty; give at least one hiring role");
  }

  @Test
  void withRolesRejectsNoRoles() {
    TeamMember member = TeamMember.of(ID, HiringRole.RECRUITER);

    assertThatThrownBy(() -> member.withRoles(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TeamMember.roles: must not be empty; give at least one hiring role");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    TeamMember member = TeamMember.of(ID, HiringRole.RECRUITER);

    TeamMember copy = member.withRoles(Set.of(HiringRole.APPROVER)).withId(MemberId.of("m-2"));

    assertThat(member.roles()).containsExactly(HiringRole.RECRUITER);
    assertThat(member.id()).isEqualTo(ID);
    assertThat(copy.roles()).containsExactly(HiringRole.APPROVER);
    assertThat(copy.id()).isEqualTo(MemberId.of("m-2"));
  }

  @Test
  void rolesCannotBeChangedThroughTheAccessor() {
    TeamMember member = TeamMember.of(ID, HiringRole.RECRUITER);

    assertThatThrownBy(() -> member.roles().add(HiringRole.APPROVER))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
