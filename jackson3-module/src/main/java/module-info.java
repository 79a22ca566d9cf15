/**
 * Hirekit's JSON format for Jackson 3: register {@link dev.hirekit.jackson3.HirekitModule} (or let
 * {@code findAndRegisterModules()} find it) and every Hirekit type reads and writes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HirekitModule()).build();
 * Application application = mapper.readValue(json, Application.class);
 * }</pre>
 */
module dev.hirekit.jackson3 {
  requires transitive dev.hirekit.json;
  requires transitive tools.jackson.databind;

  exports dev.hirekit.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.hirekit.jackson3.HirekitModule;
}
