package dev.hirekit.examples.service;

import dev.hirekit.InvalidValueException;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}): Hirekit's
 * refusals (409, with the caller's allowed actions), bad values (400, naming the field), the
 * service's own refusals (404, 412, 428, 422, 409, 403). A problem never carries a stack trace,
 * a value read from the request or any personal data: Hirekit's messages name ids, states,
 * actions, fields and JSON paths only, and so do the service's.
 */
@RestControllerAdvice
public class ServiceProblems extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceProblems.class);

  /**
   * Hirekit refused an action: 409 with its reason and what the caller may do instead.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(RefusedAction.class)
  public ResponseEntity<ProblemDetail> refused(RefusedAction e) {
    IllegalTransitionException refusal = e.refusal();
    // Hirekit's message ends with the actions it allows in its own terms; the problem lists
    // what the API allows this caller instead (allowedActions), so the detail stops before.
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Action refused", refusal.entity()
        + " " + refusal.entityId() + " is " + refusal.state() + ": cannot " + refusal.action()
        + " (" + refusal.reason() + ")");
    problem.setProperty("entity", refusal.entity());
    problem.setProperty("id", refusal.entityId());
    problem.setProperty("state", refusal.state());
    problem.setProperty("action", refusal.action());
    problem.setProperty("reason", refusal.reason());
    problem.setProperty("allowedActions", e.allowedActions());
    LOG.atInfo().addKeyValue("entity", refusal.entity()).addKeyValue("id", refusal.entityId())
        .addKeyValue("action", refusal.action()).addKeyValue("status", 409)
        .log("refused {} {} {}", refusal.entity(), refusal.entityId(), refusal.action());
    return entity(problem);
  }

  /**
   * Hirekit refused something outside an action (a replayed history): 409.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(IllegalTransitionException.class)
  public ResponseEntity<ProblemDetail> refused(IllegalTransitionException e) {
    return refused(new RefusedAction(e, java.util.List.of()));
  }

  /**
   * A value Hirekit refuses: 400 naming the type and field.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(InvalidValueException.class)
  public ResponseEntity<ProblemDetail> invalid(InvalidValueException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid value", e.getMessage());
    problem.setProperty("field", e.type() + "." + e.field());
    return entity(problem);
  }

  /**
   * JSON that is not well formed, or a document Hirekit's format refuses (its message names the
   * JSON path and the rule, never the value): 400.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(JacksonException.class)
  public ResponseEntity<ProblemDetail> unreadable(JacksonException e) {
    ProblemDetail problem;
    if (e instanceof StreamReadException) {
      TokenStreamLocation at = e.getLocation();
      problem = problem(HttpStatus.BAD_REQUEST, "Unreadable JSON", "the body is not well-formed"
          + " JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ")"));
      problem.setProperty("field", "$");
    } else {
      String message = e.getOriginalMessage() == null ? "is not valid" : e.getOriginalMessage();
      problem = problem(HttpStatus.BAD_REQUEST, "Invalid document", message);
      int colon = message.indexOf(": ");
      problem.setProperty("field", message.startsWith("$") && colon > 0
          ? message.substring(0, colon) : "$");
    }
    return entity(problem);
  }

  /**
   * The service's own refusals.
   *
   * @param e the refusal
   * @return the problem
   */
  @ExceptionHandler(Refusal.class)
  public ResponseEntity<ProblemDetail> refusal(Refusal e) {
    ProblemDetail problem = problem(e.status(), e.title(), e.getMessage());
    for (Map.Entry<String, Object> property : e.properties().entrySet()) {
      problem.setProperty(property.getKey(), property.getValue());
    }
    LOG.atInfo().addKeyValue("status", e.status().value())
        .log("refused: {}", e.title());
    return entity(problem);
  }

  /**
   * Anything else: 500, logged by class name, answered without details.
   *
   * @param e the error
   * @return the problem
   */
  @ExceptionHandler(RuntimeException.class)
  public ResponseEntity<ProblemDetail> failed(RuntimeException e) {
    LOG.atError().addKeyValue("exception", e.getClass().getName())
        .log("request failed: {}", e.getClass().getName());
    return entity(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "the request failed; nothing was changed"));
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
