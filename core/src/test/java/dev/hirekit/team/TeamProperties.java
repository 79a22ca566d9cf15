package dev.hirekit.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TeamProperties {

  @Provide
  Arbitrary<TeamMember> members() {
    return Teams.members();
  }

  @Provide
  Arbitrary<HiringTeam> teams() {
    return Teams.teams();
  }

  @Provide
  Arbitrary<Set<HiringRole>> roleSets() {
    return Teams.roleSets();
  }

  @Property
  void equalInputsGiveEqualMembers(@ForAll("members") TeamMember member) {
    TeamMember again = TeamMember.builder().id(MemberId.of(member.id().value()))
        .roles(Set.copyOf(member.roles())).build();

    assertThat(again).isEqualTo(member);
    assertThat(again.hashCode()).isEqualTo(member.hashCode());
  }

  @Property
  void hasAgreesWithRoles(@ForAll("members") TeamMember member, @ForAll HiringRole role) {
    assertThat(member.has(role)).isEqualTo(member.roles().contains(role));
  }

  @Property
  void memberWithRolesNeverMutates(
      @ForAll("members") TeamMember member, @ForAll("roleSets") Set<HiringRole> roles) {
    TeamMember before = TeamMember.builder().from(member).build();

    TeamMember copy = member.withRoles(roles);

    assertThat(member).isEqualTo(before);
    assertThat(copy.roles()).isEqualTo(roles);
    assertThat(copy.id()).isEqualTo(member.id());
  }

  @Property
  void equalInputsGiveEqualTeams(@ForAll("teams") HiringTeam team) {
    HiringTeam again = HiringTeam.builder().members(new ArrayList<>(team.members())).build();

    assertThat(again).isEqualTo(team);
    assertThat(again.hashCode()).isEqualTo(team.hashCode());
  }

  @Property
  void membersWithHoldsExactlyTheMembersOfARole(
      @ForAll("teams") HiringTeam team, @ForAll HiringRole role) {
    List<TeamMember> found = team.membersWith(role);

    assertThat(found).allMatch(m -> m.has(role));
    assertThat(team.members().stream().filter(m -> !found.contains(m)))
        .noneMatch(m -> m.has(role));
  }

  @Property
  void everyMemberIsFoundById(@ForAll("teams") HiringTeam team) {
    for (TeamMember member : team.members()) {
      assertThat(team.member(member.id())).contains(member);
    }
  }

  @Property
  void addingARepeatedIdIsRejected(
      @ForAll("teams") HiringTeam team, @ForAll("roleSets") Set<HiringRole> roles) {
    if (team.members().isEmpty()) {
      return;
    }
    TeamMember first = team.members().get(0);
    List<TeamMember> members = new ArrayList<>(team.members());
    members.add(TeamMember.builder().id(first.id()).roles(roles).build());

    assertThatThrownBy(() -> team.withMembers(members))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("HiringTeam.members: repeats " + first.id() + "; each must be unique");
  }

  @Property
  void teamWithMembersNeverMutates(
      @ForAll("teams") HiringTeam team, @ForAll("members") TeamMember extra) {
    HiringTeam before = HiringTeam.builder().from(team).build();
    TeamMember fresh = extra.withId(MemberId.of("extra-" + extra.id().value()));

    HiringTeam copy = team.withMembers(List.of(fresh));

    assertThat(team).isEqualTo(before);
    assertThat(copy.members()).containsExactly(fresh);
  }
}
