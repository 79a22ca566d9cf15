package dev.hirekit.team;

import dev.hirekit.internal.Require;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people who hire for a role, each known by id only, with the roles they play.
 *
 * <p>Rules: each member id appears once. Hirekit keeps no names or other personal data of the
 * team: users keep those in their own systems under the same {@link MemberId}.
 *
 * <pre>{@code
 * HiringTeam team = HiringTeam.of(
 *     TeamMember.of(MemberId.of("m-1"), HiringRole.HIRING_MANAGER),
 *     TeamMember.of(MemberId.of("m-2"), HiringRole.INTERVIEWER));
 * team.member(MemberId.of("m-2")).isPresent(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class HiringTeam {

  HiringTeam() {}

  /**
   * The members, in the order given, each id once.
   *
   * @return the members
   */
  public abstract List<TeamMember> members();

  /**
   * A team without members.
   *
   * @return the empty team
   */
  public static HiringTeam empty() {
    return builder().build();
  }

  /**
   * A team of the given members.
   *
   * @param members the members, each id once
   * @return the team
   * @throws dev.hirekit.InvalidValueException if a member is missing or a member id repeats
   */
  public static HiringTeam of(TeamMember... members) {
    return builder().members(Arrays.asList(Require.given(members, "HiringTeam", "members")))
        .build();
  }

  /**
   * A builder of teams.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The members who play a role, in team order.
   *
   * @param role the role
   * @return the members with that role, possibly none
   */
  public List<TeamMember> membersWith(HiringRole role) {
    return members().stream().filter(m -> m.has(role)).toList();
  }

  /**
   * The member of an id.
   *
   * @param id the member id
   * @return the member, or empty if the id is not on the team
   */
  public Optional<TeamMember> member(MemberId id) {
    return members().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * A copy with other members.
   *
   * @param elements the members, each id once
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if a member id repeats
   */
  public abstract HiringTeam withMembers(Iterable<? extends TeamMember> elements);

  @Value.Check
  void check() {
    Require.distinct("HiringTeam", "members", members(), TeamMember::id);
  }

  /** Builds a {@link HiringTeam}; see {@link HiringTeam#builder()}. */
  public static final class Builder extends ImmutableHiringTeam.Builder {
    Builder() {}
  }
}
