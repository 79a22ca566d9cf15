package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.StageVisit;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applications over HTTP, under {@link dev.hirekit.application.HiringPolicy#team()}: applying,
 * reading, every application and offer action (a hire and an unhire save the application and
 * its role in one transaction, through {@link Staffing}; a transfer moves the application to
 * another stored role, which the policy checks on both roles' teams), a role's board and its
 * pipeline report. A candidate sees and acts on their own applications only; anyone else's is
 * "not found".
 */
@Service
public class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final StoredEvents store;
  private final CandidateFiles candidates;
  private final Roles roles;
  private final JsonMapper json;
  private final Clock clock;

  /**
   * The pipeline over a store.
   *
   * @param store the event store
   * @param candidates the candidates
   * @param roles the roles
   * @param json Spring's mapper, with Hirekit's format
   * @param clock the time of every action
   */
  public Pipeline(StoredEvents store, CandidateFiles candidates, Roles roles, JsonMapper json,
      Clock clock) {
    this.store = store;
    this.candidates = candidates;
    this.roles = roles;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Applies to a role: {@code {"applicationId": optional, "candidateId": "..."}}.
   *
   * @param caller the candidate themself, or a team member
   * @param roleId the role
   * @param body the request body
   * @return 201 with the application
   */
  public Reply apply(Actor caller, String roleId, String body) {
    Role role = roles.load(roleId);
    Arguments args = Arguments.of(body, json);
    CandidateId candidate = args.value("candidateId", CandidateId.class);
    if (caller.kind() == Actor.Kind.CANDIDATE
        && !caller.candidateId().orElseThrow().equals(candidate)) {
      throw Refusal.badArgument("candidateId", "a candidate applies only as themself");
    }
    if (candidates.find(candidate).isEmpty()) {
      throw Refusal.badArgument("candidateId", "names no stored candidate");
    }
    ApplicationId id = args.optionalValue("applicationId", ApplicationId.class)
        .orElseGet(() -> ApplicationId.of("app-" + UUID.randomUUID()));
    Instant at = clock.instant();
    Application application;
    try {
      application = JsonFormat.HIRING.apply(id, candidate, role, caller, at);
    } catch (IllegalTransitionException refused) {
      throw new RefusedAction(refused, List.of());
    }
    store.append(application, 0);
    log(application, "apply");
    return Reply.of(201, application.version(), "/api/applications/" + id.value(),
        view(application, role, everyRole(), caller, at));
  }

  /**
   * An application as the caller sees it.
   *
   * @param caller who asks
   * @param id the application's id
   * @return 200 with it
   */
  public Reply read(Actor caller, String id) {
    Application application = loadVisible(caller, id);
    Role role = roles.load(application.roleId().value());
    return Reply.of(200, application.version(), null,
        view(application, role, everyRole(), caller, clock.instant()));
  }

  /**
   * Takes an application or offer action at the version the caller read; a hire or an unhire
   * saves the role with it, a transfer {@code {"role", "entry"?, "reason"}} moves the
   * application to the stored role it names (at the entry stage, the first by default).
   *
   * @param caller who acts
   * @param id the application's id
   * @param action the action's API name
   * @param ifMatch the version read
   * @param body the arguments
   * @return 200 with the application after the action
   */
  public Reply act(Actor caller, String id, String action, String ifMatch, String body) {
    Application application = loadVisible(caller, id);
    if (!AllowedActions.applicationActionNames().contains(action)) {
      throw Refusal.unknownAction(action, AllowedActions.applicationActionNames());
    }
    long expected = Versions.expect(ifMatch, application.version());
    Arguments args = Arguments.of(body, json);
    Role role = roles.load(application.roleId().value());
    Instant at = clock.instant();
    Supplier<List<Role>> everyRole = everyRole();
    Application next;
    Role staffedRole = null; // the role a hire or an unhire changed, saved with the application
    Role nextRole = role; // the application's role after the action: another after a transfer
    try {
      switch (action) {
        case "hire" -> {
          Staffing.Staffed staffed = Staffing.hire(role, application, caller, at,
              args.value("opening", OpeningId.class));
          next = staffed.application();
          staffedRole = staffed.role();
          nextRole = staffedRole;
        }
        case "unhire" -> {
          Staffing.Staffed staffed = Staffing.unhire(role, application, caller, at,
              args.value("reason", UnhireReason.class), args.text("note"));
          next = staffed.application();
          staffedRole = staffed.role();
          nextRole = staffedRole;
        }
        case "transfer" -> {
          nextRole = transferTarget(args);
          next = transfer(application, nextRole, caller, at, args);
        }
        default -> next = ApplicationSteps.take(application, role, action, caller, at, args);
      }
    } catch (IllegalTransitionException refused) {
      throw new RefusedAction(refused, AllowedActions.of(application, role, everyRole, caller,
          at));
    }
    if (staffedRole != null) {
      store.append(staffedRole, role.version());
    }
    store.append(next, expected); // after a transfer, also points the index at the new role
    log(next, action);
    return Reply.of(200, next.version(), null, view(next, nextRole, everyRole, caller, at));
  }

  /**
   * The stored role a transfer names in {@code role}: an id that names no stored role is a bad
   * argument, as an unknown candidate is when applying (the URL's application exists).
   */
  private Role transferTarget(Arguments args) {
    RoleId id = args.value("role", RoleId.class);
    return roles.find(id).orElseThrow(() -> Refusal.badArgument("role", "names no stored role"));
  }

  /** A transfer to a role, at {@code entry} if given, else at its plan's first stage. */
  private static Application transfer(Application application, Role to, Actor by, Instant at,
      Arguments args) {
    Optional<StageId> entry = args.optionalValue("entry", StageId.class);
    String reason = args.text("reason");
    return entry.isPresent() ? application.transfer(to, by, at, entry.get(), reason)
        : application.transfer(to, by, at, reason);
  }

  /**
   * A role's board: its applications by stage in plan order, then those at no stage or no
   * longer active; a candidate sees their own only.
   *
   * @param caller who asks
   * @param roleId the role
   * @return the board
   */
  public String board(Actor caller, String roleId) {
    Role role = roles.load(roleId);
    Instant now = clock.instant();
    Supplier<List<Role>> everyRole = everyRole(); // loaded once for all the cards, if needed
    List<Application> applications = visibleApplications(caller, role);
    ObjectNode board = json.createObjectNode();
    board.put("role", role.id().value());
    board.put("version", role.version());
    ArrayNode stages = board.putArray("stages");
    for (Stage stage : role.plan().map(p -> p.stages()).orElse(List.of())) {
      ObjectNode column = stages.addObject();
      column.put("stage", stage.id().value());
      column.put("name", stage.name());
      ArrayNode cards = column.putArray("applications");
      applications.stream()
          .filter(a -> a.status() == ApplicationStatus.ACTIVE
              && a.stage().filter(stage.id()::equals).isPresent())
          .forEach(a -> cards.add(card(a, role, everyRole, caller, now)));
    }
    ArrayNode elsewhere = board.putArray("elsewhere");
    applications.stream()
        .filter(a -> a.status() != ApplicationStatus.ACTIVE || a.stage().isEmpty()
            || role.plan().flatMap(p -> p.stage(a.stage().get())).isEmpty())
        .forEach(a -> elsewhere.add(card(a, role, everyRole, caller, now)));
    return json.writeValueAsString(board);
  }

  /**
   * The role's pipeline report, over every application that has been on it (those transferred
   * away too), with the candidates' sources.
   *
   * @param caller who asks, a member
   * @param roleId the role
   * @return the report document
   */
  public String report(Actor caller, String roleId) {
    if (caller.kind() != Actor.Kind.MEMBER) {
      throw Refusal.membersOnly();
    }
    Role role = roles.load(roleId);
    // Every application that has been on the role: one transferred away counts on its funnel
    // until the transfer (and brings the funnel of the role it went to along).
    List<Application> applications = store.applicationsEverOn(role.id()).stream()
        .map(id -> store.application(id).orElseThrow()).toList();
    PipelineReport report = ReportQuery.builder()
        .sources(candidates.findAll(applications.stream().map(Application::candidateId)
            .toList()))
        .build().over(applications);
    return json.writeValueAsString(report);
  }

  private List<Application> visibleApplications(Actor caller, Role role) {
    return store.applicationsOf(role.id()).stream()
        .map(id -> store.application(id).orElseThrow())
        .filter(a -> visible(caller, a)).toList();
  }

  private ObjectNode card(Application application, Role role, Supplier<List<Role>> everyRole,
      Actor caller, Instant now) {
    ObjectNode card = json.createObjectNode();
    card.put("id", application.id().value());
    card.put("candidateId", application.candidateId().value());
    card.put("status", AllowedActions.name(application.status()));
    application.stage().ifPresent(s -> card.put("stage", s.value()));
    card.put("since", since(application).toString());
    card.put("version", application.version());
    card.set("allowedActions", json.valueToTree(AllowedActions.of(application, role, everyRole,
        caller, now)));
    application.currentOffer()
        .filter(o -> o.status().isLive() || o.status() == OfferStatus.ACCEPTED)
        .ifPresent(offer -> card.set("offer", offer(offer)));
    return card;
  }

  private ObjectNode offer(Offer offer) {
    ObjectNode node = json.createObjectNode();
    node.put("id", offer.id().value());
    node.put("version", offer.version());
    node.put("status", AllowedActions.name(offer.status()));
    node.set("approvals", json.valueToTree(offer.approvals().stream()
        .map(m -> m.value()).toList()));
    node.put("approvalsNeeded", offer.approvalChain().required());
    node.set("approvers", json.valueToTree(offer.approvalChain().approvers().stream()
        .map(m -> m.value()).toList()));
    return node;
  }

  /** Since when the application is at its stage, or in its status when at none or closed. */
  private static Instant since(Application application) {
    if (application.status() == ApplicationStatus.ACTIVE) {
      List<StageVisit> visits = application.stageVisits();
      if (!visits.isEmpty()) {
        return visits.get(visits.size() - 1).enteredAt();
      }
    }
    return application.history().get(application.history().size() - 1).at();
  }

  private Application loadVisible(Actor caller, String id) {
    Optional<Application> application = store.application(Ids.application(id))
        .filter(a -> visible(caller, a));
    return application.orElseThrow(() -> Refusal.notFound("application", id));
  }

  private static boolean visible(Actor caller, Application application) {
    return caller.kind() != Actor.Kind.CANDIDATE
        || caller.candidateId().orElseThrow().equals(application.candidateId());
  }

  private String view(Application application, Role role, Supplier<List<Role>> everyRole,
      Actor caller, Instant at) {
    ObjectNode view = json.createObjectNode();
    view.put("version", application.version());
    view.set("application", json.valueToTree(application));
    view.set("allowedActions", json.valueToTree(AllowedActions.of(application, role, everyRole,
        caller, at)));
    return json.writeValueAsString(view);
  }

  /**
   * Every stored role, for the transfer targets of {@link AllowedActions}: loaded on the first
   * call only, and only called when the caller may transfer at all, so a request pays for the
   * roles once (a board: for all its cards) or not at all.
   */
  private Supplier<List<Role>> everyRole() {
    return new Supplier<>() {
      private List<Role> loaded;

      @Override
      public List<Role> get() {
        if (loaded == null) {
          loaded = roles.all();
        }
        return loaded;
      }
    };
  }

  private static void log(Application application, String action) {
    LOG.atInfo().addKeyValue("application", application.id().value())
        .addKeyValue("role", application.roleId().value()).addKeyValue("action", action)
        .addKeyValue("status", application.status().name())
        .addKeyValue("stage", application.stage().map(s -> s.value()).orElse(""))
        .addKeyValue("version", application.version())
        .log("application {} {}: {} v{}", application.id(), action, application.status(),
            application.version());
  }
}
