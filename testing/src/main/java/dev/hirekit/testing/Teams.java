package dev.hirekit.testing;

import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random hiring teams and their members, all valid.
 *
 * <pre>{@code
 * Arbitrary<HiringTeam> teams = Teams.teams();
 * }</pre>
 */
public final class Teams {
  private Teams() {}

  /**
   * Member ids such as {@code m-17}, from a small range so that ids repeat across values.
   *
   * <pre>{@code
   * Arbitrary<MemberId> ids = Teams.memberIds();
   * }</pre>
   *
   * @return member ids
   */
  public static Arbitrary<MemberId> memberIds() {
    return Arbitraries.integers().between(0, 999).map(i -> MemberId.of("m-" + i));
  }

  /**
   * Every hiring role.
   *
   * <pre>{@code
   * Arbitrary<HiringRole> roles = Teams.hiringRoles();
   * }</pre>
   *
   * @return hiring roles
   */
  public static Arbitrary<HiringRole> hiringRoles() {
    return Arbitraries.of(HiringRole.class);
  }

  /**
   * Non-empty sets of hiring roles.
   *
   * <pre>{@code
   * Arbitrary<Set<HiringRole>> sets = Teams.roleSets();
   * }</pre>
   *
   * @return role sets
   */
  public static Arbitrary<Set<HiringRole>> roleSets() {
    return Arbitraries.subsetOf(HiringRole.values()).ofMinSize(1);
  }

  /**
   * Valid team members.
   *
   * <pre>{@code
   * Arbitrary<TeamMember> members = Teams.members();
   * }</pre>
   *
   * @return members
   */
  public static Arbitrary<TeamMember> members() {
    return Combinators.combine(memberIds(), roleSets())
        .as((id, roles) -> TeamMember.builder().id(id).roles(roles).build());
  }

  /**
   * Valid teams of 0 to 6 members with distinct ids {@code m-0}, {@code m-1}, ...
   *
   * <pre>{@code
   * Arbitrary<HiringTeam> teams = Teams.teams();
   * }</pre>
   *
   * @return teams
   */
  public static Arbitrary<HiringTeam> teams() {
    return roleSets().list().ofMaxSize(6).map(roleSets -> {
      List<TeamMember> members = new ArrayList<>();
      for (int i = 0; i < roleSets.size(); i++) {
        members.add(TeamMember.builder().id(MemberId.of("m-" + i)).roles(roleSets.get(i)).build());
      }
      return HiringTeam.builder().members(members).build();
    });
  }
}
