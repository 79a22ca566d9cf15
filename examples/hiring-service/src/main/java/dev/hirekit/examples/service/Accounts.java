package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The configured users and the Hirekit {@link Actor} each signs in as: the service authenticates
 * (HTTP Basic against {@code hirekit.users}), Hirekit authorises.
 */
@Component
public class Accounts implements UserDetailsService {
  private final Map<String, ServiceSettings.User> users = new LinkedHashMap<>();
  private final Map<String, Actor> actors = new LinkedHashMap<>();

  /**
   * Reads the users from the settings.
   *
   * @param settings the settings
   * @throws IllegalStateException if a user is neither a member nor a candidate, or both
   */
  public Accounts(ServiceSettings settings) {
    for (ServiceSettings.User user : settings.users()) {
      boolean member = user.member() != null;
      if (member == (user.candidate() != null) || (member && user.roles().isEmpty())) {
        throw new IllegalStateException("hirekit.users: " + user.username()
            + " needs either a member id with hiring roles or a candidate id");
      }
      users.put(user.username(), user);
      actors.put(user.username(), member
          ? Actor.member(MemberId.of(user.member()), user.roles())
          : Actor.candidate(CandidateId.of(user.candidate())));
    }
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    ServiceSettings.User user = users.get(username);
    if (user == null) {
      throw new UsernameNotFoundException("unknown user");
    }
    return User.withUsername(username).password(user.password())
        .roles(user.member() != null ? "MEMBER" : "CANDIDATE").build();
  }

  /**
   * The actor a signed-in caller acts as.
   *
   * @param principal the authenticated caller
   * @return the actor
   */
  public Actor actorOf(Principal principal) {
    Actor actor = actors.get(principal.getName());
    if (actor == null) {
      throw new IllegalStateException("no actor for the signed-in user");
    }
    return actor;
  }

  /**
   * The configured users' actors, in configuration order.
   *
   * @return the actors
   */
  public List<Actor> actors() {
    return List.copyOf(actors.values());
  }

  /**
   * The hiring team of every configured member, each in their configured roles.
   *
   * @return the team
   */
  public HiringTeam team() {
    return HiringTeam.of(actors.values().stream()
        .filter(a -> a.kind() == Actor.Kind.MEMBER)
        .map(a -> TeamMember.builder().id(a.memberId().orElseThrow()).roles(a.roles()).build())
        .toArray(TeamMember[]::new));
  }
}
