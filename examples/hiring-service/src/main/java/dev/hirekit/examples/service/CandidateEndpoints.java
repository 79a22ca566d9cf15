package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.Candidate;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/candidates} and {@code /api/me}: candidates (personal data: members, or the
 * candidate themself) and who the caller is.
 */
@RestController
public class CandidateEndpoints {
  private final Accounts accounts;
  private final CandidateFiles candidates;
  private final IdempotentRequests writes;
  private final JsonMapper json;

  /**
   * The endpoints.
   *
   * @param accounts who signs in as whom
   * @param candidates the candidates
   * @param writes the transactions of writes, idempotent by key
   * @param json Spring's mapper, with Hirekit's format
   */
  public CandidateEndpoints(Accounts accounts, CandidateFiles candidates,
      IdempotentRequests writes, JsonMapper json) {
    this.accounts = accounts;
    this.candidates = candidates;
    this.writes = writes;
    this.json = json;
  }

  /**
   * The caller's actor: {@code {"kind": "member", "member": ..., "roles": [...]}} or {@code
   * {"kind": "candidate", "candidate": ...}}, in Hirekit's format.
   *
   * @param principal the caller
   * @return the actor
   */
  @GetMapping("/api/me")
  public ResponseEntity<String> me(Principal principal) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsString(accounts.actorOf(principal)));
  }

  /**
   * Creates a candidate from a Hirekit candidate document (members only).
   *
   * @param principal the caller
   * @param key the Idempotency-Key, if any
   * @param request the request
   * @param body the candidate document
   * @return 201 with the candidate
   */
  @PostMapping("/api/candidates")
  public ResponseEntity<String> create(Principal principal,
      @RequestHeader(value = "Idempotency-Key", required = false) String key,
      HttpServletRequest request, @RequestBody(required = false) String body) {
    if (accounts.actorOf(principal).kind() != Actor.Kind.MEMBER) {
      throw Refusal.membersOnly();
    }
    Candidate candidate = Arguments.of(body, json).whole(Candidate.class);
    return writes.run(principal.getName(), key, request.getRequestURI(), body, () -> {
      candidates.add(candidate);
      return new Reply(201, null, "/api/candidates/" + candidate.id().value(),
          json.writeValueAsString(candidate), false);
    }).entity();
  }

  /**
   * A candidate, for members or the candidate themself.
   *
   * @param principal the caller
   * @param id the candidate's id
   * @return the candidate document
   */
  @GetMapping("/api/candidates/{id}")
  public ResponseEntity<String> read(Principal principal, @PathVariable String id) {
    Actor caller = accounts.actorOf(principal);
    if (caller.kind() == Actor.Kind.CANDIDATE
        && !caller.candidateId().orElseThrow().value().equals(id)) {
      throw Refusal.notFound("candidate", id);
    }
    Candidate candidate = candidates.find(Ids.candidate(id))
        .orElseThrow(() -> Refusal.notFound("candidate", id));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsString(candidate));
  }
}
