package dev.hirekit.examples.service;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses before or instead of Hirekit: unknown ids, versions that do not
 * match, a reused idempotency key, a bad argument. Its message and properties hold ids, names of
 * fields and actions only, never personal data; {@link ServiceProblems} turns it into a problem
 * detail.
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final transient Map<String, Object> properties;

  private Refusal(HttpStatus status, String title, String detail, Map<String, Object> properties) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public HttpStatus status() {
    return status;
  }

  /**
   * The problem's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Extra members of the problem detail.
   *
   * @return the properties
   */
  public Map<String, Object> properties() {
    return properties;
  }

  /**
   * 404: no such thing, or one the caller may not know of.
   *
   * @param what the kind of thing, such as "application"
   * @param id its id
   * @return the refusal
   */
  public static Refusal notFound(String what, String id) {
    String shown = id != null && id.matches("[A-Za-z0-9._:-]{1,128}") ? id : "(with this id)";
    return new Refusal(HttpStatus.NOT_FOUND, "Not found", "no " + what + " " + shown, Map.of());
  }

  /**
   * 404: no such action.
   *
   * @param action the action asked for
   * @param known the actions there are
   * @return the refusal
   */
  public static Refusal unknownAction(String action, List<String> known) {
    return new Refusal(HttpStatus.NOT_FOUND, "No such action", "no action " + action
        + "; the actions are " + known, Map.of("actions", known));
  }

  /**
   * 428: a write to an existing aggregate without {@code If-Match}.
   *
   * @param version the version the caller should have sent
   * @return the refusal
   */
  public static Refusal versionMissing(long version) {
    return new Refusal(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
        "send If-Match with the version you read (the ETag); it is \"" + version + "\" now",
        Map.of("version", version));
  }

  /**
   * 412: the version sent is not the current one (someone else wrote first).
   *
   * @param sent what If-Match said
   * @param current the current version, if known
   * @return the refusal
   */
  public static Refusal stale(String sent, long current) {
    return new Refusal(HttpStatus.PRECONDITION_FAILED, "Stale version",
        "If-Match " + sent + " is not the current version; read it again and retry",
        current < 0 ? Map.of() : Map.of("version", current));
  }

  /**
   * 422: an idempotency key used before for another request.
   *
   * @return the refusal
   */
  public static Refusal keyReused() {
    return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
        "this Idempotency-Key was used for another request; use a new key", Map.of());
  }

  /**
   * 409: another request with the same idempotency key committed first; retrying gets its
   * response.
   *
   * @return the refusal
   */
  public static Refusal keyInUse() {
    return new Refusal(HttpStatus.CONFLICT, "Idempotency key in use",
        "a request with this Idempotency-Key was applied meanwhile; retry to get its response",
        Map.of());
  }

  /**
   * 400: a bad or missing argument.
   *
   * @param field the field of the request body
   * @param problem what is wrong, without the value
   * @return the refusal
   */
  public static Refusal badArgument(String field, String problem) {
    return new Refusal(HttpStatus.BAD_REQUEST, "Invalid value", field + ": " + problem,
        Map.of("field", field));
  }

  /**
   * 422: a role document whose history is not all the caller's own actions.
   *
   * @param sequence the first event that is not
   * @param type its type
   * @return the refusal
   */
  public static Refusal notOwnHistory(long sequence, String type) {
    return new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, "Not your history",
        "event " + sequence + " (" + type + ") was not recorded by the caller; every event of"
            + " a posted history must be the caller's own action",
        Map.of("rule", "own-history", "sequence", sequence));
  }

  /**
   * 409: the id is taken.
   *
   * @param what the kind of thing
   * @param id the id
   * @return the refusal
   */
  public static Refusal exists(String what, String id) {
    return new Refusal(HttpStatus.CONFLICT, "Already exists", what + " " + id
        + " already exists", Map.of());
  }

  /**
   * 403: the caller may not use this endpoint at all (a candidate on a members' endpoint).
   *
   * @return the refusal
   */
  public static Refusal membersOnly() {
    return new Refusal(HttpStatus.FORBIDDEN, "Forbidden", "members of the hiring team only",
        Map.of());
  }
}
