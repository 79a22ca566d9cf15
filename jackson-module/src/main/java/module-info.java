/**
 * Hirekit's JSON format for Jackson 2: register {@link dev.hirekit.jackson.HirekitModule} (or let
 * {@code findAndRegisterModules()} find it) and every Hirekit type reads and writes.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new HirekitModule()).build();
 * Application application = mapper.readValue(json, Application.class);
 * }</pre>
 */
module dev.hirekit.jackson {
  requires transitive dev.hirekit.json;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.hirekit.jackson;

  provides com.fasterxml.jackson.databind.Module with dev.hirekit.jackson.HirekitModule;
}
