package dev.hirekit.lifecycle;

import dev.hirekit.team.MemberId;

/**
 * Test-only: a class of the engine's package that knows a hiring entity, which {@code
 * ArchitectureTest.THE_ENGINE_KNOWS_NO_ENTITY_NOR_WHO_ACTS} must refuse.
 */
public final class EntityFixtureInLifecycle {
  private EntityFixtureInLifecycle() {}

  /**
   * Names a team member.
   *
   * @return a member id
   */
  public static MemberId member() {
    return MemberId.of("m-1");
  }
}
