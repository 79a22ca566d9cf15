/**
 * Hirekit testing: jqwik generators of every Hirekit core type, for property tests.
 *
 * <pre>{@code
 * @Property
 * void anApplicationReplaysToItself(@ForAll("applications") Application app) {
 *   assertThat(Application.replay(app.history())).isEqualTo(app);
 * }
 *
 * @Provide
 * Arbitrary<Application> applications() {
 *   return Applications.applications();
 * }
 * }</pre>
 */
module dev.hirekit.testing {
  requires transitive dev.hirekit;
  requires transitive net.jqwik.api;

  exports dev.hirekit.testing;
}
