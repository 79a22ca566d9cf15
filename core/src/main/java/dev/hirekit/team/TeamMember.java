package dev.hirekit.team;

import dev.hirekit.internal.Require;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One person of a hiring team, known by id only, with the hiring roles they play.
 *
 * <p>Rules: at least one role. No name or other personal data is held; keep those in your own
 * systems under the same {@link MemberId}.
 *
 * <pre>{@code
 * TeamMember lead = TeamMember.of(MemberId.of("m-1"), HiringRole.HIRING_MANAGER,
 *     HiringRole.INTERVIEWER);
 * lead.has(HiringRole.INTERVIEWER); // true
 * }</pre>
 */
@Value.Immutable
public abstract class TeamMember {

  TeamMember() {}

  /**
   * The member's id.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * The hiring roles the member plays, never empty.
   *
   * @return the roles
   */
  public abstract Set<HiringRole> roles();

  /**
   * A member with one or more roles.
   *
   * @param id the member's id
   * @param first a role
   * @param more further roles
   * @return the member
   * @throws dev.hirekit.InvalidValueException if the id or a role is missing
   */
  public static TeamMember of(MemberId id, HiringRole first, HiringRole... more) {
    return builder().id(id).addRole(first).addRoles(Require.given(more, "TeamMember", "roles"))
        .build();
  }

  /**
   * A builder of members.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the member plays a role.
   *
   * @param role the role
   * @return true if {@code roles()} holds it
   */
  public boolean has(HiringRole role) {
    return roles().contains(role);
  }

  /**
   * A copy with another id.
   *
   * @param value the id
   * @return the copy
   */
  public abstract TeamMember withId(MemberId value);

  /**
   * A copy with other roles.
   *
   * @param elements the roles, at least one
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if no role is given
   */
  public abstract TeamMember withRoles(Iterable<HiringRole> elements);

  @Value.Check
  void check() {
    Require.nonEmpty("TeamMember", "roles", roles(), "give at least one hiring role");
  }

  /** Builds a {@link TeamMember}; see {@link TeamMember#builder()}. */
  public static final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
