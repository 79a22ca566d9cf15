package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/applications}: read an application, take an application or offer action. */
@RestController
public class ApplicationEndpoints {
  private final Accounts accounts;
  private final Pipeline pipeline;
  private final IdempotentRequests writes;

  /**
   * The endpoints.
   *
   * @param accounts who signs in as whom
   * @param pipeline the applications
   * @param writes the transactions of writes, idempotent by key
   */
  public ApplicationEndpoints(Accounts accounts, Pipeline pipeline, IdempotentRequests writes) {
    this.accounts = accounts;
    this.pipeline = pipeline;
    this.writes = writes;
  }

  /**
   * An application.
   *
   * @param principal the caller
   * @param id the application's id
   * @return the application, its version and the caller's allowed actions
   */
  @GetMapping("/api/applications/{id}")
  public ResponseEntity<String> read(Principal principal, @PathVariable String id) {
    return pipeline.read(accounts.actorOf(principal), id).entity();
  }

  /**
   * An application or offer action.
   *
   * @param principal the caller
   * @param id the application's id
   * @param action the action
   * @param ifMatch the version read
   * @param key the Idempotency-Key, if any
   * @param request the request
   * @param body the arguments
   * @return the application after the action
   */
  @PostMapping("/api/applications/{id}/actions/{action}")
  public ResponseEntity<String> act(Principal principal, @PathVariable String id,
      @PathVariable String action,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request, @RequestBody(required = false) String body) {
    Actor caller = accounts.actorOf(principal);
    return writes.run(principal.getName(), key, request.getRequestURI(), body,
        () -> pipeline.act(caller, id, action, ifMatch, body)).entity();
  }
}
