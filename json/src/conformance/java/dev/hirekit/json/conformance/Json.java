package dev.hirekit.json.conformance;

import dev.hirekit.actor.Policy;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import java.util.List;

/**
 * One Jackson module under test, as the shared conformance suite sees it: each JSON module's
 * tests provide {@code ThisJson}, an implementation with that module's mapper. The suite then
 * proves both modules write and read the one format.
 */
public interface Json {

  /** The mapper settings the output must not depend on. */
  enum Setting {
    DEFAULT, INDENTED, DATES_AS_TIMESTAMPS, DATES_AS_TEXT, SNAKE_CASE, FAIL_ON_UNKNOWN,
    IGNORE_UNKNOWN
  }

  /**
   * The same module on a mapper with one setting changed.
   *
   * @param setting the setting
   * @return the view
   */
  Json with(Setting setting);

  /**
   * The same module on a mapper whose parser accepts strings of at most this length.
   *
   * @param maxStringLength the limit, in characters
   * @return the view
   */
  Json withMaxStringLength(int maxStringLength);

  /**
   * A mapper that found the module itself ({@code findAndRegisterModules()} or its Jackson 3
   * equivalent).
   *
   * @return the view
   */
  Json discovered();

  /**
   * A mapper whose module loads applications and roles the trusted way.
   *
   * @param hiring the application and offer policies
   * @param roles the role policy
   * @return the view
   */
  Json trusted(HiringPolicy hiring, Policy<RoleAction, Role> roles);

  /**
   * Writes a value.
   *
   * @param value the value
   * @return its JSON
   */
  String write(Object value);

  /**
   * Reads a value.
   *
   * @param json the JSON
   * @param type the type
   * @param <T> the type
   * @return the value
   * @throws Exception the mapper's exception, unwrapped
   */
  <T> T read(String json, Class<T> type) throws Exception;

  /**
   * Reads a JSON array of values.
   *
   * @param json the JSON
   * @param element the element type
   * @param <T> the element type
   * @return the values
   * @throws Exception the mapper's exception, unwrapped
   */
  <T> List<T> readList(String json, Class<T> element) throws Exception;

  /**
   * Parses JSON into plain maps and lists, with no Hirekit type involved.
   *
   * @param json the JSON
   * @return the tree
   */
  Object parse(String json);

  /**
   * The documented exception type: {@code JsonProcessingException} on Jackson 2, {@code
   * JacksonException} on Jackson 3.
   *
   * @return the type
   */
  Class<? extends Exception> documentedException();

  /**
   * The Jackson version on the class or module path, such as {@code 2.21.4}.
   *
   * @return the version
   */
  String jacksonVersion();
}
