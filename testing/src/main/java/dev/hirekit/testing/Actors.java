package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random actors: team members with any roles, candidates and the system.
 *
 * <pre>{@code
 * Arbitrary<Actor> members = Actors.members();
 * }</pre>
 */
public final class Actors {
  private Actors() {}

  /**
   * Every kind of actor.
   *
   * <pre>{@code
   * Arbitrary<Actor.Kind> kinds = Actors.kinds();
   * }</pre>
   *
   * @return kinds
   */
  public static Arbitrary<Actor.Kind> kinds() {
    return Arbitraries.of(Actor.Kind.class);
  }

  /**
   * Team members ({@code m-0} to {@code m-999}) acting in a non-empty set of hiring roles.
   *
   * <pre>{@code
   * Arbitrary<Actor> members = Actors.members();
   * }</pre>
   *
   * @return member actors
   */
  public static Arbitrary<Actor> members() {
    return Combinators.combine(Teams.memberIds(), Teams.roleSets())
        .as(Actor::member);
  }

  /**
   * Candidates acting for themselves.
   *
   * <pre>{@code
   * Arbitrary<Actor> candidates = Actors.candidates();
   * }</pre>
   *
   * @return candidate actors
   */
  public static Arbitrary<Actor> candidates() {
    return Candidates.candidateIds().map(Actor::candidate);
  }

  /**
   * Actors of every kind: mostly members, some candidates, and the system.
   *
   * <pre>{@code
   * Arbitrary<Actor> anyone = Actors.actors();
   * }</pre>
   *
   * @return actors
   */
  public static Arbitrary<Actor> actors() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, members()),
        Tuple.of(3, candidates()),
        Tuple.of(1, Arbitraries.just(Actor.system())));
  }
}
