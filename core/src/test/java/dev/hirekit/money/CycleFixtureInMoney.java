package dev.hirekit.money;

import dev.hirekit.team.CycleFixtureInTeam;

/** Test-only half of a package cycle money → team → money; see {@code ArchitectureTest}. */
public final class CycleFixtureInMoney {
  private CycleFixtureInMoney() {}

  /** Reaches into team. */
  public static CycleFixtureInTeam other() {
    return null;
  }
}
