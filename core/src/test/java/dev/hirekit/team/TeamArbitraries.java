package dev.hirekit.team;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid values of the team package, for property suites. */
public final class TeamArbitraries {
  private TeamArbitraries() {}

  /**
   * Member ids such as {@code m-17}.
   *
   * @return member ids
   */
  public static Arbitrary<MemberId> memberIds() {
    return Arbitraries.integers().between(0, 999).map(i -> MemberId.of("m-" + i));
  }

  /**
   * Non-empty sets of hiring roles.
   *
   * @return role sets
   */
  public static Arbitrary<java.util.Set<HiringRole>> roleSets() {
    return Arbitraries.subsetOf(HiringRole.values()).ofMinSize(1);
  }

  /**
   * Valid team members.
   *
   * @return members
   */
  public static Arbitrary<TeamMember> members() {
    return Combinators.combine(memberIds(), roleSets())
        .as((id, roles) -> TeamMember.builder().id(id).roles(roles).build());
  }

  /**
   * Valid teams of 0 to 6 members with distinct ids.
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
