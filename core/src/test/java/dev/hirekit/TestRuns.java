package dev.hirekit;

/**
 * What kind of test run this is. The mutation profile runs the suites with few property tries
 * ({@code -Djqwik.tries.default}) and sets {@code -Dhirekit.mutation=true}; with so few tries the
 * coverage checks of the property generators (that hires, acceptances and every action are
 * reached often enough) would fail by chance, so they run in full runs only. The properties
 * themselves run in both.
 */
public final class TestRuns {
  private TestRuns() {}

  /**
   * Whether this is a full run (the normal build), not a mutation-testing run.
   *
   * @return true unless {@code hirekit.mutation} is {@code true}
   */
  public static boolean isFull() {
    return !Boolean.getBoolean("hirekit.mutation");
  }
}
