package dev.hirekit.actor;

import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs an action: a member of the hiring team with their hiring roles, the candidate, or
 * the system (an automation, a scheduled job).
 *
 * <p>An actor carries ids and roles only, never names: it is safe to log and to show in {@code
 * toString()}.
 *
 * <pre>{@code
 * Actor recruiter = Actor.member(MemberId.of("member-7"), HiringRole.RECRUITER);
 * Actor candidate = Actor.candidate(CandidateId.of("cand-42"));
 * Actor system = Actor.system();
 * }</pre>
 */
public final class Actor {
  /** What kind of party an actor is. */
  public enum Kind {
    /** A member of the hiring team, acting in one or more hiring roles. */
    MEMBER,
    /** The candidate of the application. */
    CANDIDATE,
    /** The system itself: automations and scheduled jobs. */
    SYSTEM
  }

  private static final Actor SYSTEM = new Actor(Kind.SYSTEM, null, null, Set.of());

  private final Kind kind;
  private final MemberId member;
  private final CandidateId candidate;
  private final Set<HiringRole> roles;

  private Actor(Kind kind, MemberId member, CandidateId candidate, Set<HiringRole> roles) {
    this.kind = kind;
    this.member = member;
    this.candidate = candidate;
    this.roles = roles;
  }

  /**
   * A team member acting in the given hiring roles.
   *
   * @param id the member
   * @param first a hiring role
   * @param more further hiring roles
   * @return the actor
   * @throws dev.hirekit.InvalidValueException if the id or a role is missing
   */
  public static Actor member(MemberId id, HiringRole first, HiringRole... more) {
    Require.given(id, "Actor", "id");
    Require.given(first, "Actor", "roles");
    Require.given(more, "Actor", "roles");
    for (HiringRole role : more) {
      Require.given(role, "Actor", "roles");
    }
    return new Actor(Kind.MEMBER, id, null,
        Collections.unmodifiableSet(EnumSet.of(first, more)));
  }

  /**
   * A team member acting in the given set of hiring roles (at least one).
   *
   * @param id the member
   * @param roles the hiring roles
   * @return the actor
   * @throws dev.hirekit.InvalidValueException if the id or a role is missing, or no role is given
   */
  public static Actor member(MemberId id, Set<HiringRole> roles) {
    Require.given(id, "Actor", "id");
    Require.given(roles, "Actor", "roles");
    for (HiringRole role : roles) {
      Require.given(role, "Actor", "roles");
    }
    if (roles.isEmpty()) {
      throw new dev.hirekit.InvalidValueException("Actor", "roles",
          "must hold at least one hiring role for a member; name the role they act in");
    }
    return new Actor(Kind.MEMBER, id, null, Collections.unmodifiableSet(EnumSet.copyOf(roles)));
  }

  /**
   * The candidate acting on their own application (e.g. to withdraw or accept).
   *
   * @param id the candidate
   * @return the actor
   * @throws dev.hirekit.InvalidValueException if the id is missing
   */
  public static Actor candidate(CandidateId id) {
    return new Actor(Kind.CANDIDATE, null, Require.given(id, "Actor", "id"), Set.of());
  }

  /**
   * The system: automations such as expiring an offer when its time has passed.
   *
   * @return the system actor
   */
  public static Actor system() {
    return SYSTEM;
  }

  /**
   * The kind of actor.
   *
   * @return member, candidate or system
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The member id, for a member.
   *
   * @return the member id, or empty for the candidate and the system
   */
  public Optional<MemberId> memberId() {
    return Optional.ofNullable(member);
  }

  /**
   * The candidate id, for the candidate.
   *
   * @return the candidate id, or empty for a member and the system
   */
  public Optional<CandidateId> candidateId() {
    return Optional.ofNullable(candidate);
  }

  /**
   * The hiring roles a member acts in; empty for the candidate and the system.
   *
   * @return the roles
   */
  public Set<HiringRole> roles() {
    return roles;
  }

  /**
   * Whether this actor is a member acting in a hiring role.
   *
   * @param role the hiring role
   * @return true if a member with that role
   */
  public boolean actsAs(HiringRole role) {
    return roles.contains(role);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor
        && kind == ((Actor) other).kind
        && Objects.equals(member, ((Actor) other).member)
        && Objects.equals(candidate, ((Actor) other).candidate)
        && roles.equals(((Actor) other).roles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, member, candidate, roles);
  }

  /** For example {@code member member-7 [RECRUITER]}, {@code candidate cand-42}, {@code system}. */
  @Override
  public String toString() {
    switch (kind) {
      case MEMBER:
        return "member " + member + " " + roles;
      case CANDIDATE:
        return "candidate " + candidate;
      default:
        return "system";
    }
  }
}
