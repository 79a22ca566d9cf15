package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/roles}: create, list and read roles, take role actions, apply, the board and the
 * report.
 */
@RestController
public class RoleEndpoints {
  private final Accounts accounts;
  private final Roles roles;
  private final Pipeline pipeline;
  private final IdempotentRequests writes;

  /**
   * The endpoints.
   *
   * @param accounts who signs in as whom
   * @param roles the roles
   * @param pipeline the applications
   * @param writes the transactions of writes, idempotent by key
   */
  public RoleEndpoints(Accounts accounts, Roles roles, Pipeline pipeline,
      IdempotentRequests writes) {
    this.accounts = accounts;
    this.roles = roles;
    this.pipeline = pipeline;
    this.writes = writes;
  }

  /**
   * Creates a role from a Hirekit role document, all of whose events are the caller's.
   *
   * @param principal the caller
   * @param key the Idempotency-Key, if any
   * @param request the request
   * @param body the role document
   * @return 201 with the role
   */
  @PostMapping("/api/roles")
  public ResponseEntity<String> create(Principal principal,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request, @RequestBody(required = false) String body) {
    Actor caller = member(principal);
    if (body == null) {
      throw Refusal.badArgument("$", "is missing; send a role document");
    }
    return writes.run(principal.getName(), key, request.getRequestURI(), body,
        () -> roles.create(caller, body)).entity();
  }

  /**
   * Every role, for members.
   *
   * @param principal the caller
   * @return the roles with their versions and allowed actions
   */
  @GetMapping("/api/roles")
  public ResponseEntity<String> list(Principal principal) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(roles.list(member(principal)));
  }

  /**
   * A role.
   *
   * @param principal the caller
   * @param id the role's id
   * @return the role, its version and the caller's allowed actions
   */
  @GetMapping("/api/roles/{id}")
  public ResponseEntity<String> read(Principal principal, @PathVariable String id) {
    return roles.read(accounts.actorOf(principal), id).entity();
  }

  /**
   * A role action.
   *
   * @param principal the caller
   * @param id the role's id
   * @param action the action
   * @param ifMatch the version read
   * @param key the Idempotency-Key, if any
   * @param request the request
   * @param body the arguments
   * @return the role after the action
   */
  @PostMapping("/api/roles/{id}/actions/{action}")
  public ResponseEntity<String> act(Principal principal, @PathVariable String id,
      @PathVariable String action,
      @RequestHeader(value = "If-Match", required = false) String ifMatch,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request, @RequestBody(required = false) String body) {
    Actor caller = accounts.actorOf(principal);
    return writes.run(principal.getName(), key, request.getRequestURI(), body,
        () -> roles.act(caller, id, action, ifMatch, body)).entity();
  }

  /**
   * Applies to the role.
   *
   * @param principal the caller
   * @param id the role's id
   * @param key the Idempotency-Key, if any
   * @param request the request
   * @param body {@code {"applicationId": optional, "candidateId": "..."}}
   * @return 201 with the application
   */
  @PostMapping("/api/roles/{id}/applications")
  public ResponseEntity<String> apply(Principal principal, @PathVariable String id,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request, @RequestBody(required = false) String body) {
    Actor caller = accounts.actorOf(principal);
    return writes.run(principal.getName(), key, request.getRequestURI(), body,
        () -> pipeline.apply(caller, id, body)).entity();
  }

  /**
   * The role's board.
   *
   * @param principal the caller
   * @param id the role's id
   * @return the applications by stage
   */
  @GetMapping("/api/roles/{id}/applications")
  public ResponseEntity<String> board(Principal principal, @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(pipeline.board(accounts.actorOf(principal), id));
  }

  /**
   * The role's pipeline report, for members.
   *
   * @param principal the caller
   * @param id the role's id
   * @return the report
   */
  @GetMapping("/api/roles/{id}/report")
  public ResponseEntity<String> report(Principal principal, @PathVariable String id) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(pipeline.report(accounts.actorOf(principal), id));
  }

  private Actor member(Principal principal) {
    Actor caller = accounts.actorOf(principal);
    if (caller.kind() != Actor.Kind.MEMBER) {
      throw Refusal.membersOnly();
    }
    return caller;
  }
}
