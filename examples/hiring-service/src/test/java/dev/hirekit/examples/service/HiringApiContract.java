package dev.hirekit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.examples.SeedPosting;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP API, over real HTTP against the real service; run against H2 and PostgreSQL by the
 * subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HiringApiContract {
  static final Actor RITA = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
  static final Actor HANK = Actor.member(MemberId.of("eng-manager"), HiringRole.HIRING_MANAGER,
      HiringRole.INTERVIEWER);
  static final Map<String, String> MEMBER_IDS = Map.of("rita", "recruiter-1", "hank",
      "eng-manager", "ines", "engineer-1", "cora", "coordinator-1", "vera", "vp-engineering",
      "finn", "finance-1");
  private static final AtomicInteger IDS = new AtomicInteger();

  final JsonMapper hk = JsonMapper.builder().addModule(new HirekitModule()).build();
  RunningService api;
  private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

  /** The service's properties for this database, or an aborted assumption. */
  abstract Map<String, String> properties();

  @BeforeAll
  void start() {
    api = RunningService.start(properties());
  }

  @AfterAll
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void appliesAndAdvancesThroughThePlanToAHireSavingRoleAndApplicationTogether() {
    String role = newRole(1);
    String app = apply(role, newCandidate());
    for (int i = 0; i < 3; i++) {
      assertThat(act("rita", app, "advance", "{}").status()).isEqualTo(200);
    }
    assertThat(act("ines", app, "submit_scorecard", scorecard("technical", "engineer-1"))
        .status()).isEqualTo(200);
    assertThat(act("hank", app, "submit_scorecard", scorecard("non-technical", "eng-manager"))
        .status()).isEqualTo(200);
    assertThat(act("rita", app, "advance", "{}").status()).isEqualTo(200);
    assertThat(act("rita", app, "record_reference", reference("recruiter-1")).status())
        .isEqualTo(200);
    assertThat(act("rita", app, "advance", "{}").status()).isEqualTo(200);
    assertThat(act("rita", app, "draft_offer", draftOffer("offer-1")).status()).isEqualTo(200);
    assertThat(act("rita", app, "submit_offer_for_approval", "{}").status()).isEqualTo(200);
    // An interviewer can neither approve an offer nor hire.
    RunningService.Response notApprover = act("ines", app, "approve_offer", "{}");
    assertThat(notApprover.status()).isEqualTo(409);
    assertThat(notApprover.contentType()).startsWith("application/problem+json");
    JsonNode board = api.get("rita", "/api/roles/" + role + "/applications").body();
    JsonNode card = board.get("stages").get(5).get("applications").get(0);
    assertThat(card.get("offer").get("status").asString()).isEqualTo("pending_approval");
    assertThat(card.get("offer").get("approvalsNeeded").asInt()).isEqualTo(2);
    assertThat(act("vera", app, "approve_offer", "{}").status()).isEqualTo(200);
    card = api.get("rita", "/api/roles/" + role + "/applications").body().get("stages").get(5)
        .get("applications").get(0);
    assertThat(card.get("offer").get("approvals").toString()).contains("vp-engineering");
    assertThat(act("finn", app, "approve_offer", "{}").status()).isEqualTo(200);
    assertThat(act("rita", app, "extend_offer", "{}").status()).isEqualTo(200);
    assertThat(act("rita", app, "accept_offer", "{}").status()).isEqualTo(200);
    assertThat(act("ines", app, "hire", "{\"opening\":\"o-1\"}").status()).isEqualTo(409);

    long roleVersion = api.get("rita", "/api/roles/" + role).version();
    RunningService.Response hired = act("rita", app, "hire", "{\"opening\":\"o-1\"}");
    assertThat(hired.status()).isEqualTo(200);
    assertThat(hired.body().get("application").get("status").asString()).isEqualTo("hired");
    RunningService.Response after = api.get("rita", "/api/roles/" + role);
    assertThat(after.version()).isEqualTo(roleVersion + 1);
    JsonNode history = after.body().get("role").get("history");
    assertThat(history.get(history.size() - 1).get("type").asString())
        .isEqualTo("role.opening_filled");
    assertThat(after.body().get("role").get("status").asString()).isEqualTo("closed");

    JsonNode report = api.get("hank", "/api/roles/" + role + "/report").body();
    assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(report.toString()).contains("\"hires\"");
    assertThat(api.get("ada", "/api/roles/" + role + "/report").status()).isEqualTo(403);
  }

  @Test
  void writesNeedTheVersionRead() {
    String app = apply(newRole(1), newCandidate());
    String path = "/api/applications/" + app + "/actions/advance";
    RunningService.Response missing = api.post("rita", path, "{}", Map.of());
    assertThat(missing.status()).isEqualTo(428);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(api.post("rita", path, "{}", 1).status()).isEqualTo(200);
    RunningService.Response stale = api.post("rita", path, "{}", 1);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body().get("version").asLong()).isEqualTo(2);
    RunningService.Response fresh = api.post("rita", path, "{}", 2);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.version()).isEqualTo(3);
    assertThat(fresh.header("ETag")).contains("\"3\"");
  }

  @Test
  void anIdempotencyKeyAppliesARequestOnce() {
    String role = newRole(1);
    String candidate = newCandidate();
    String body = "{\"applicationId\":\"app-" + next() + "\",\"candidateId\":\"" + candidate
        + "\"}";
    Map<String, String> key = Map.of("Idempotency-Key", "apply-" + next());
    RunningService.Response first = api.post("rita", "/api/roles/" + role + "/applications",
        body, key);
    RunningService.Response again = api.post("rita", "/api/roles/" + role + "/applications",
        body, key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
    String app = first.body().get("application").get("id").asString();

    Map<String, String> advanceKey = Map.of("Idempotency-Key", "advance-" + next(),
        "If-Match", "\"1\"");
    String path = "/api/applications/" + app + "/actions/advance";
    assertThat(api.post("rita", path, "{}", advanceKey).version()).isEqualTo(2);
    RunningService.Response retried = api.post("rita", path, "{}", advanceKey);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.version()).isEqualTo(2);
    assertThat(api.get("rita", "/api/applications/" + app).version()).isEqualTo(2);

    RunningService.Response other = api.post("rita", "/api/applications/" + app
        + "/actions/withdraw", "{\"reason\":\"x\"}", advanceKey);
    assertThat(other.status()).isEqualTo(422);
    assertThat(api.get("rita", "/api/applications/" + app).version()).isEqualTo(2);
  }

  @Test
  void aRefusedActionIsAConflictWithTheAllowedActions() {
    String app = apply(newRole(1), newCandidate());
    RunningService.Response refused = act("rita", app, "hire", "{\"opening\":\"o-1\"}");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body().get("action").asString()).isEqualTo("HIRE");
    assertThat(refused.body().get("allowedActions").toString()).contains("\"advance\"")
        .contains("\"reject\"");
    assertThat(refused.body().get("detail").asString()).contains(app);
    assertThat(refused.text()).doesNotContain("at dev.hirekit").doesNotContain("Exception");
  }

  @Test
  void aBadValueIsABadRequestNamingTheField() {
    String candidate = newCandidate();
    String app = apply(newRole(1), candidate);
    RunningService.Response side = act("rita", app, "reject",
        "{\"side\":\"sideways\",\"code\":\"fit\"}");
    assertThat(side.status()).isEqualTo(400);
    assertThat(side.body().get("field").asString()).isEqualTo("$.side");
    RunningService.Response reason = act("rita", app, "withdraw", "{}");
    assertThat(reason.status()).isEqualTo(400);
    assertThat(reason.body().get("field").asString()).isEqualTo("reason");
    RunningService.Response blank = act("rita", app, "withdraw", "{\"reason\":\"  \"}");
    assertThat(blank.status()).isEqualTo(400);
    RunningService.Response malformed = act("rita", app, "withdraw", "{\"reason\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    RunningService.Response target = act("rita", app, "move", "{\"target\":\"no such!\"}");
    assertThat(target.status()).isEqualTo(400);
    // No personal data in errors: a candidate document with a bad email is refused without it.
    RunningService.Response person = api.post("rita", "/api/candidates",
        "{\"schemaVersion\":1,\"id\":\"c-" + next() + "\",\"name\":\"Zelda Secretname\","
            + "\"contact\":{\"emails\":[\"not an email zelda@\"]}}", Map.of());
    assertThat(person.status()).isEqualTo(400);
    assertThat(person.text()).doesNotContain("Zelda").doesNotContain("zelda");
  }

  @Test
  void unknownIdsAreNotFoundAndCredentialsAreChecked() {
    assertThat(api.get("rita", "/api/applications/app-none").status()).isEqualTo(404);
    assertThat(api.get("rita", "/api/roles/role-none").status()).isEqualTo(404);
    assertThat(api.get("rita", "/api/candidates/cand-none").status()).isEqualTo(404);
    assertThat(api.post("rita", "/api/applications/app-none/actions/advance", "{}", 1)
        .status()).isEqualTo(404);
    String app = apply(newRole(1), newCandidate());
    assertThat(act("rita", app, "teleport", "{}").status()).isEqualTo(404);
    RunningService.Response wrong = api.get("nobody", "/api/me");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(api.get(null, "/api/roles").status()).isEqualTo(401);
    assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
    JsonNode me = api.get("hank", "/api/me").body();
    assertThat(me.get("kind").asString()).isEqualTo("member");
    assertThat(me.get("roles").toString()).contains("hiring_manager");
    assertThat(api.get("ada", "/api/me").body().get("candidate").asString())
        .isEqualTo("cand-ada");
    assertThat(api.get("rita", "/api/roles").status()).isEqualTo(200);
    assertThat(api.get("ada", "/api/roles").status()).isEqualTo(403);
  }

  @Test
  void aCandidateSeesAndActsOnTheirOwnApplicationsOnly() {
    String role = newRole(1);
    String adas = api.post("ada", "/api/roles/" + role + "/applications",
        "{\"candidateId\":\"cand-ada\"}", Map.of()).body().get("application").get("id")
        .asString();
    String bens = api.post("ben", "/api/roles/" + role + "/applications",
        "{\"candidateId\":\"cand-ben\"}", Map.of()).body().get("application").get("id")
        .asString();
    assertThat(api.post("ada", "/api/roles/" + role + "/applications",
        "{\"candidateId\":\"cand-ben\"}", Map.of()).status()).isEqualTo(400);
    assertThat(api.get("ada", "/api/applications/" + adas).status()).isEqualTo(200);
    assertThat(api.get("ada", "/api/applications/" + bens).status()).isEqualTo(404);
    assertThat(api.post("ada", "/api/applications/" + bens + "/actions/withdraw",
        "{\"reason\":\"x\"}", 1).status()).isEqualTo(404);
    assertThat(api.get("ada", "/api/candidates/cand-ben").status()).isEqualTo(404);
    assertThat(api.get("ada", "/api/candidates/cand-ada").status()).isEqualTo(200);
    String board = api.get("ada", "/api/roles/" + role + "/applications").text();
    assertThat(board).contains(adas).doesNotContain(bens);
    assertThat(api.get("rita", "/api/roles/" + role + "/applications").text()).contains(adas)
        .contains(bens);
    assertThat(act("ada", adas, "withdraw", "{\"reason\":\"found another job\"}").status())
        .isEqualTo(200);
    // The seeded applications of ada and ben are theirs alone too.
    assertThat(api.get("ben", "/api/applications/app-cand-ada").status()).isEqualTo(404);
    assertThat(api.get("ada", "/api/applications/app-cand-ada").status()).isEqualTo(200);
  }

  @Test
  void aRoleFromOutsideIsReplayedAndMustBeTheCallersOwnHistory() {
    Instant now = api.clock.instant();
    // Drafted by the hiring manager, posted by the recruiter: not the caller's history.
    Role hanks = Role.draft(RoleId.of("r-" + next()), SeedPosting.posting(), HANK, now);
    RunningService.Response foreign = api.post("rita", "/api/roles",
        hk.writeValueAsString(hanks), Map.of());
    assertThat(foreign.status()).isEqualTo(422);
    assertThat(foreign.body().get("rule").asString()).isEqualTo("own-history");
    // An impossible history: opened with no plan and no opening.
    ObjectNode forged = (ObjectNode) hk.readTree(hk.writeValueAsString(
        Role.draft(RoleId.of("r-" + next()), SeedPosting.posting(), RITA, now)));
    ObjectNode opened = hk.createObjectNode();
    opened.put("type", "role.opened");
    opened.put("role", forged.get("id").asString());
    opened.put("sequence", 2);
    opened.put("at", now.toString());
    opened.set("by", hk.valueToTree(RITA));
    forged.withArray("history").add(opened);
    forged.put("version", 2);
    forged.put("status", "open");
    RunningService.Response impossible = api.post("rita", "/api/roles", forged.toString(),
        Map.of());
    assertThat(impossible.status()).isEqualTo(400);
    assertThat(impossible.body().get("detail").asString()).contains("OPEN");
    // A candidate posts no roles; a role posted twice exists already.
    assertThat(api.post("ada", "/api/roles", hk.writeValueAsString(hanks), Map.of()).status())
        .isEqualTo(403);
    String role = newRole(1);
    RunningService.Response twice = api.post("rita", "/api/roles", hk.writeValueAsString(
        roleDocument(role, 1, now)), Map.of());
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void roleActionsFollowTheirAllowedActions() {
    String role = newRole(2);
    RunningService.Response read = api.get("rita", "/api/roles/" + role);
    List<String> listed = actions(read.body().get("allowedActions"));
    assertThat(listed).contains("hold", "close", "add_opening", "close_opening")
        .doesNotContain("open", "resume", "fill_opening", "draft");
    assertThat(api.post("rita", "/api/roles/" + role + "/actions/resume", "{}", read.version())
        .status()).isEqualTo(409);
    RunningService.Response held = api.post("rita", "/api/roles/" + role + "/actions/hold",
        "{}", read.version());
    assertThat(held.status()).isEqualTo(200);
    assertThat(actions(held.body().get("allowedActions"))).contains("resume")
        .doesNotContain("hold");
    assertThat(api.get("ines", "/api/roles/" + role).body().get("allowedActions").size())
        .isZero();
    assertThat(api.post("ines", "/api/roles/" + role + "/actions/resume", "{}", held.version())
        .status()).isEqualTo(409);
    RunningService.Response resumed = api.post("rita", "/api/roles/" + role
        + "/actions/resume", "{}", held.version());
    RunningService.Response added = api.post("rita", "/api/roles/" + role
        + "/actions/add_opening", "{\"opening\":\"o-9\"}", resumed.version());
    assertThat(added.status()).isEqualTo(200);
    RunningService.Response closedOne = api.post("rita", "/api/roles/" + role
        + "/actions/close_opening", "{\"opening\":\"o-9\"}", added.version());
    assertThat(closedOne.status()).isEqualTo(200);
    RunningService.Response closed = api.post("rita", "/api/roles/" + role + "/actions/close",
        "{\"reason\":\"cancelled\"}", closedOne.version());
    assertThat(closed.status()).isEqualTo(200);
    assertThat(closed.body().get("role").get("status").asString()).isEqualTo("closed");
  }

  @Test
  void anApplicationTransfersToAnotherOpenRoleAndLeavesTheOldBoardButNotItsReport() {
    String from = newRole(1);
    String to = newRole(1);
    String app = apply(from, newCandidate());
    assertThat(act("rita", app, "advance", "{}").status()).isEqualTo(200); // at the call
    // A closed role, and an open one whose team has the hiring manager but not the recruiter.
    String closed = newRole(1);
    RunningService.Response read = api.get("rita", "/api/roles/" + closed);
    assertThat(api.post("rita", "/api/roles/" + closed + "/actions/close",
        "{\"reason\":\"cancelled\"}", read.version()).status()).isEqualTo(200);
    String hanks = "r-" + next();
    assertThat(api.post("rita", "/api/roles", hk.writeValueAsString(roleDocument(hanks, 1,
        api.clock.instant(), HiringTeam.of(
            TeamMember.of(MemberId.of("eng-manager"), HiringRole.HIRING_MANAGER,
                HiringRole.INTERVIEWER),
            TeamMember.of(MemberId.of("engineer-1"), HiringRole.INTERVIEWER)))), Map.of())
        .status()).isEqualTo(201);

    // Listed with the open roles the caller may take it to: on both teams, not its own role.
    List<String> ritas = targets(api.get("rita", "/api/applications/" + app).body(), "transfer");
    assertThat(ritas).contains(to, "fde-sf").doesNotContain(from, closed, hanks);
    assertThat(targets(api.get("hank", "/api/applications/" + app).body(), "transfer"))
        .contains(to, hanks).doesNotContain(from, closed);
    assertThat(actions(api.get("ines", "/api/applications/" + app).body()
        .get("allowedActions"))).doesNotContain("transfer");

    // Refused, each with a problem, and nothing changes.
    RunningService.Response unknown = act("rita", app, "transfer", transfer("r-none", null));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.body().get("field").asString()).isEqualTo("role");
    assertThat(act("rita", app, "transfer", transfer("no such!", null)).body().get("field")
        .asString()).isEqualTo("role");
    assertThat(act("rita", app, "transfer", "{\"role\":\"" + to + "\"}").body().get("field")
        .asString()).isEqualTo("reason");
    RunningService.Response toClosed = act("rita", app, "transfer", transfer(closed, null));
    assertThat(toClosed.status()).isEqualTo(409);
    assertThat(toClosed.contentType()).startsWith("application/problem+json");
    assertThat(toClosed.body().get("action").asString()).isEqualTo("TRANSFER");
    assertThat(toClosed.body().get("reason").asString()).contains("CLOSED");
    assertThat(targets(toClosed.body(), "transfer")).isEqualTo(ritas);
    RunningService.Response offTeam = act("rita", app, "transfer", transfer(hanks, null));
    assertThat(offTeam.status()).isEqualTo(409);
    assertThat(offTeam.body().get("reason").asString()).contains(hanks);
    assertThat(act("ines", app, "transfer", transfer(to, null)).status()).isEqualTo(409);
    assertThat(act("rita", app, "transfer", transfer(to, "nowhere")).status()).isEqualTo(409);
    assertThat(act("rita", app, "transfer", transfer(from, null)).status()).isEqualTo(409);
    RunningService.Response unchanged = api.get("rita", "/api/applications/" + app);
    assertThat(unchanged.version()).isEqualTo(2);
    assertThat(unchanged.body().at("/application/role").asString()).isEqualTo(from);
    assertThat(board("rita", from)).contains(app);
    for (String other : List.of(to, closed, hanks)) {
      assertThat(board("rita", other)).doesNotContain(app);
    }

    // Transferred: at the first stage of the new role's plan, on its board only.
    RunningService.Response moved = act("rita", app, "transfer", transfer(to, null));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.version()).isEqualTo(3);
    JsonNode application = moved.body().get("application");
    assertThat(application.get("role").asString()).isEqualTo(to);
    assertThat(application.get("stage").asString()).isEqualTo("review");
    JsonNode history = application.get("history");
    JsonNode event = history.get(history.size() - 1);
    assertThat(event.get("type").asString()).isEqualTo("application.transferred");
    assertThat(event.get("from").asString()).isEqualTo(from);
    assertThat(targets(moved.body(), "transfer")).contains(from).doesNotContain(to);
    assertThat(board("rita", from)).doesNotContain(app);
    JsonNode card = api.get("rita", "/api/roles/" + to + "/applications").body().get("stages")
        .get(0).get("applications").get(0);
    assertThat(card.get("id").asString()).isEqualTo(app);
    assertThat(card.get("version").asLong()).isEqualTo(3);
    // The old role's report counts it as transferred from the call; the new one has it.
    JsonNode report = api.get("hank", "/api/roles/" + from + "/report").body();
    assertThat(figure(report, from, "call", "transferred")).isEqualTo(1);
    assertThat(figure(report, from, "call", "stillThere")).isZero();
    assertThat(figure(api.get("hank", "/api/roles/" + to + "/report").body(), to, "review",
        "stillThere")).isEqualTo(1);

    // On the new role, its team acts on it; back to the old one, at a stage of its choosing.
    assertThat(act("hank", app, "advance", "{}").status()).isEqualTo(200);
    RunningService.Response back = act("hank", app, "transfer", transfer(from, "take-home"));
    assertThat(back.status()).as(back.text()).isEqualTo(200);
    assertThat(back.body().at("/application/stage").asString()).isEqualTo("take-home");
    assertThat(board("rita", from)).contains(app);
    assertThat(board("rita", to)).doesNotContain(app);
    assertThat(figure(api.get("hank", "/api/roles/" + to + "/report").body(), to, "call",
        "transferred")).isEqualTo(1);
    assertThat(figure(api.get("hank", "/api/roles/" + from + "/report").body(), from,
        "take-home", "stillThere")).isEqualTo(1);
  }

  @Test
  void everyListedApplicationActionSucceedsAndEveryOtherIsRefused() {
    String role = newRole(12);
    List<Step> toInterviews = List.of(step("rita", "advance"), step("rita", "advance"),
        step("rita", "advance"));
    List<Step> toOffer = new ArrayList<>(toInterviews);
    toOffer.add(new Step("ines", "submit_scorecard", "technical"));
    toOffer.add(new Step("hank", "submit_scorecard", "non-technical"));
    toOffer.add(step("rita", "advance"));
    toOffer.add(step("rita", "advance"));
    toOffer.add(step("rita", "draft_offer"));
    toOffer.add(step("rita", "submit_offer_for_approval"));
    List<Step> accepted = new ArrayList<>(toOffer);
    accepted.add(step("vera", "approve_offer"));
    accepted.add(step("finn", "approve_offer"));
    accepted.add(step("rita", "extend_offer"));
    accepted.add(step("rita", "accept_offer"));
    List<Step> hired = new ArrayList<>(accepted);
    hired.add(step("rita", "hire"));
    List<List<Step>> states = List.of(List.of(), toInterviews, List.of(step("rita", "reject")),
        toOffer, accepted, hired);
    // The recruiter, an interviewer, the coordinator, an approver and a candidate (on her own
    // applications; the hiring manager's rights are the recruiter's here, plus scoring).
    List<String> users = List.of("rita", "ines", "cora", "vera", "ada");
    int walked = 0;
    for (List<Step> state : states) {
      String teams = reach(role, state);
      String adas = reach(role, state, "cand-ada");
      for (String user : users) {
        String candidate = user.equals("ada") ? "cand-ada" : null;
        String app = candidate == null ? teams : adas;
        RunningService.Response read = api.get(user, "/api/applications/" + app);
        Set<String> listed = new HashSet<>();
        for (JsonNode entry : read.body().get("allowedActions")) {
          String action = entry.get("action").asString();
          listed.add(action);
          List<String> targets = new ArrayList<>();
          if (entry.has("targets")) {
            entry.get("targets").forEach(t -> targets.add(t.asString()));
            assertThat(targets).as(action).isNotEmpty();
          } else {
            targets.add(null);
          }
          for (String target : new java.util.LinkedHashSet<>(java.util.Arrays.asList(targets.get(0),
              targets.get(targets.size() - 1)))) {
            String copy = reach(role, state, candidate);
            RunningService.Response done = api.post(user, "/api/applications/" + copy
                + "/actions/" + action, body(user, action, target), read.version());
            assertThat(done.status()).as(user + " " + action + " " + target + " after "
                + state + ": " + done.text()).isEqualTo(200);
            walked++;
          }
        }
        for (String action : AllowedActions.applicationActionNames()) {
          if (!listed.contains(action)) {
            RunningService.Response refused = api.post(user, "/api/applications/" + app
                + "/actions/" + action, body(user, action, "interviews"), read.version());
            assertThat(refused.status()).as(user + " " + action + " after " + state + ": "
                + refused.text()).isIn(400, 409);
          }
        }
      }
    }
    assertThat(walked).isGreaterThan(20);
  }

  // ------------------------------------------------------------------ helpers

  record Step(String user, String action, String target) {}

  static Step step(String user, String action) {
    return new Step(user, action, null);
  }

  /** A new application of the role, taken through the steps. */
  String reach(String role, List<Step> steps) {
    return reach(role, steps, null);
  }

  /** A new application of the role for a candidate (a new one if null), through the steps. */
  String reach(String role, List<Step> steps, String candidate) {
    String app = apply(role, candidate == null ? newCandidate() : candidate);
    long version = 1;
    for (Step step : steps) {
      String target = step.target();
      if (step.action().equals("hire") && target == null) {
        // Into the first opening the API lists for this hire.
        JsonNode allowed = api.get(step.user(), "/api/applications/" + app).body()
            .get("allowedActions");
        for (JsonNode entry : allowed) {
          if (entry.get("action").asString().equals("hire")) {
            target = entry.get("targets").get(0).asString();
          }
        }
      }
      RunningService.Response done = api.post(step.user(), "/api/applications/" + app
          + "/actions/" + step.action(), body(step.user(), step.action(), target), version);
      assertThat(done.status()).as(step + ": " + done.text()).isEqualTo(200);
      version = done.version();
    }
    return app;
  }

  /** Valid arguments for an action by a user, with a target where it takes one. */
  String body(String user, String action, String target) {
    ObjectNode body = hk.createObjectNode();
    String member = MEMBER_IDS.getOrDefault(user, "recruiter-1");
    switch (action) {
      case "skip", "withdraw", "decline_offer_approval", "decline_offer", "rescind_offer" ->
          body.put("reason", "a reason");
      case "skip_to", "move" -> {
        body.put("target", target == null ? "review" : target);
        body.put("reason", "a reason");
      }
      case "reopen" -> {
        body.put("reason", "a reason");
        if (target != null) {
          body.put("target", target);
        }
      }
      case "reject" -> {
        body.put("side", "we_rejected");
        body.put("code", "fit");
      }
      case "submit_scorecard" -> {
        return scorecard(target == null || target.equals("interviews") ? "technical" : target,
            user.equals("cora") ? "engineer-1" : member);
      }
      case "record_reference" -> {
        return reference(member);
      }
      case "draft_offer" -> {
        return draftOffer("offer-" + next());
      }
      case "revise_offer" -> {
        body.set("compensation", hk.valueToTree(compensation()));
        body.put("expiresAt", api.clock.instant().plus(Duration.ofDays(7)).toString());
      }
      case "hire" -> body.put("opening", target == null || target.equals("interviews")
          ? nextOpening() : target);
      case "unhire" -> {
        body.put("reason", "candidate_reneged");
        body.put("note", "a note");
      }
      case "migrate" -> body.putObject("stageMapping").put("review", "review");
      case "transfer" -> {
        // Unlisted, to the seed role, open and with every member on its team.
        body.put("role", target == null || target.equals("interviews") ? "fde-sf" : target);
        body.put("reason", "a reason");
      }
      default -> { }
    }
    return body.toString();
  }

  private final AtomicInteger openings = new AtomicInteger();

  /** Each hire of the walk into another opening of its role (o-1 ... o-12). */
  String nextOpening() {
    return "o-" + (1 + openings.getAndIncrement() % 12);
  }

  /** The targets an application's or a problem's {@code allowedActions} lists for an action. */
  List<String> targets(JsonNode view, String action) {
    List<String> targets = new ArrayList<>();
    for (JsonNode entry : view.get("allowedActions")) {
      if (entry.get("action").asString().equals(action)) {
        entry.get("targets").forEach(t -> targets.add(t.asString()));
      }
    }
    return targets;
  }

  /** A transfer's body, with an entry stage if not null. */
  String transfer(String role, String entry) {
    ObjectNode body = hk.createObjectNode();
    body.put("role", role);
    if (entry != null) {
      body.put("entry", entry);
    }
    body.put("reason", "prefers the other team");
    return body.toString();
  }

  /** A role's board as the user sees it, as text. */
  String board(String user, String role) {
    RunningService.Response board = api.get(user, "/api/roles/" + role + "/applications");
    assertThat(board.status()).as(board.text()).isEqualTo(200);
    return board.text();
  }

  /** A figure of a stage in a report's funnel of a role. */
  long figure(JsonNode report, String role, String stage, String figure) {
    for (JsonNode funnel : report.get("funnels")) {
      if (funnel.get("role").asString().equals(role)) {
        for (JsonNode figures : funnel.get("stages")) {
          if (figures.get("stage").asString().equals(stage)) {
            return figures.get(figure).asLong();
          }
        }
      }
    }
    throw new AssertionError("no stage " + stage + " of role " + role + " in " + report);
  }

  List<String> actions(JsonNode allowed) {
    List<String> names = new ArrayList<>();
    allowed.forEach(entry -> names.add(entry.get("action").asString()));
    return names;
  }

  /** Takes an action at the version the caller reads first. */
  RunningService.Response act(String user, String app, String action, String body) {
    RunningService.Response read = api.get(user, "/api/applications/" + app);
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    return api.post(user, "/api/applications/" + app + "/actions/" + action, body,
        read.version());
  }

  String next() {
    return run + "-" + IDS.incrementAndGet();
  }

  /** A new open role like the seed role, with this many openings o-1, o-2, ... */
  String newRole(int openings) {
    String id = "r-" + next();
    RunningService.Response created = api.post("rita", "/api/roles", hk.writeValueAsString(
        roleDocument(id, openings, api.clock.instant())), Map.of());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/roles/" + id);
    return id;
  }

  Role roleDocument(String id, int openings, Instant now) {
    return roleDocument(id, openings, now, HiringTeam.of(
        TeamMember.of(MemberId.of("recruiter-1"), HiringRole.RECRUITER),
        TeamMember.of(MemberId.of("eng-manager"), HiringRole.HIRING_MANAGER,
            HiringRole.INTERVIEWER),
        TeamMember.of(MemberId.of("engineer-1"), HiringRole.INTERVIEWER),
        TeamMember.of(MemberId.of("coordinator-1"), HiringRole.COORDINATOR),
        TeamMember.of(MemberId.of("vp-engineering"), HiringRole.APPROVER),
        TeamMember.of(MemberId.of("finance-1"), HiringRole.APPROVER)));
  }

  /** A new open role with this hiring team, drafted and opened by the recruiter. */
  Role roleDocument(String id, int openings, Instant now, HiringTeam team) {
    Role role = Role.draft(RoleId.of(id), SeedPosting.posting(), RITA, now)
        .setPlan(RITA, now, SeedPosting.plan()).setTeam(RITA, now, team);
    for (int i = 1; i <= openings; i++) {
      role = role.addOpening(RITA, now, OpeningId.of("o-" + i));
    }
    return role.open(RITA, now);
  }

  String newCandidate() {
    String id = "cand-" + next();
    RunningService.Response created = api.post("rita", "/api/candidates",
        hk.writeValueAsString(Candidate.of(CandidateId.of(id), "Test Person")), Map.of());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return id;
  }

  String apply(String role, String candidate) {
    RunningService.Response applied = api.post("rita", "/api/roles/" + role + "/applications",
        "{\"candidateId\":\"" + candidate + "\"}", Map.of());
    assertThat(applied.status()).as(applied.text()).isEqualTo(201);
    assertThat(applied.version()).isEqualTo(1);
    return applied.body().get("application").get("id").asString();
  }

  String scorecard(String interview, String interviewer) {
    return "{\"interview\":\"" + interview + "\",\"interviewer\":\"" + interviewer
        + "\",\"recommendation\":\"yes\",\"ratings\":[]}";
  }

  String reference(String checkedBy) {
    return hk.writeValueAsString(Reference.builder().referee("A former manager")
        .relationship(RefereeRelationship.MANAGER).outcome(ReferenceOutcome.POSITIVE)
        .checkedBy(MemberId.of(checkedBy)).build());
  }

  Compensation compensation() {
    return Compensation.builder()
        .base(PayRate.of(Money.of("180000", "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2027, 4, 20)).employmentType(EmploymentType.FULL_TIME).build();
  }

  String draftOffer(String offer) {
    ObjectNode body = hk.createObjectNode();
    body.put("offer", offer);
    body.set("compensation", hk.valueToTree(compensation()));
    body.put("expiresAt", api.clock.instant().plus(Duration.ofDays(7)).toString());
    body.set("approvalChain", hk.valueToTree(ApprovalChain.of(ApprovalMode.PARALLEL, 2,
        MemberId.of("vp-engineering"), MemberId.of("finance-1"))));
    return body.toString();
  }
}
