package dev.hirekit.team;

import dev.hirekit.money.CycleFixtureInMoney;

/** Test-only half of a package cycle team → money → team; see {@code ArchitectureTest}. */
public final class CycleFixtureInTeam {
  private CycleFixtureInTeam() {}

  /** Reaches into money. */
  public static CycleFixtureInMoney other() {
    return null;
  }
}
