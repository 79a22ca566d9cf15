package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Roles over HTTP: a role document posted from outside is replayed with every rule and
 * permission and must be all the caller's own doing; a stored role is loaded, acted on by the
 * caller under {@link Role#DEFAULT_POLICY} and its new events appended at the version read.
 */
@Service
public class Roles {
  private static final Logger LOG = LoggerFactory.getLogger(Roles.class);

  private final StoredEvents store;
  private final JsonMapper json;
  private final Clock clock;

  /**
   * Roles over a store.
   *
   * @param store the event store
   * @param json Spring's mapper, with Hirekit's format
   * @param clock the time of every action
   */
  public Roles(StoredEvents store, JsonMapper json, Clock clock) {
    this.store = store;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Creates a role from its document: replayed with every rule and permission (the default
   * module's replay), and refused unless every event is the caller's own action.
   *
   * @param caller who posts it
   * @param document the role document
   * @return 201 with the role
   */
  public Reply create(Actor caller, String document) {
    Role role = json.readValue(document, Role.class);
    for (RoleEvent event : role.history()) {
      if (!event.by().equals(caller)) {
        throw Refusal.notOwnHistory(event.sequence(), event.type());
      }
    }
    store.append(role, 0);
    log(role, "create");
    return Reply.of(201, role.version(), "/api/roles/" + role.id().value(), view(role, caller));
  }

  /**
   * A role as the caller sees it.
   *
   * @param caller who asks
   * @param id the role's id
   * @return 200 with the role
   */
  public Reply read(Actor caller, String id) {
    Role role = load(id);
    return Reply.of(200, role.version(), null, view(role, caller));
  }

  /**
   * Every role, for a member.
   *
   * @param caller who asks
   * @return the roles
   */
  public String list(Actor caller) {
    List<ObjectNode> roles = all().stream().map(role -> tree(role, caller)).toList();
    return json.writeValueAsString(json.createArrayNode().addAll(roles));
  }

  /**
   * Takes a role action at the version the caller read.
   *
   * @param caller who acts
   * @param id the role's id
   * @param action the action's API name
   * @param ifMatch the version read
   * @param body the arguments
   * @return 200 with the role after the action
   */
  public Reply act(Actor caller, String id, String action, String ifMatch, String body) {
    Role role = load(id);
    if (!AllowedActions.roleActionNames().contains(action)) {
      throw Refusal.unknownAction(action, AllowedActions.roleActionNames());
    }
    long expected = Versions.expect(ifMatch, role.version());
    Arguments args = Arguments.of(body, json);
    Role next;
    try {
      next = RoleSteps.take(role, action, caller, clock.instant(), args);
    } catch (IllegalTransitionException refused) {
      throw new RefusedAction(refused, AllowedActions.of(role, caller));
    }
    store.append(next, expected);
    log(next, action);
    return Reply.of(200, next.version(), null, view(next, caller));
  }

  /**
   * A stored role.
   *
   * @param id the id
   * @return the role
   * @throws Refusal not found
   */
  public Role load(String id) {
    RoleId roleId = Ids.role(id);
    return store.role(roleId).orElseThrow(() -> Refusal.notFound("role", id));
  }

  /**
   * A stored role named in a request's body (where an unknown one is a bad argument, not a 404).
   *
   * @param id the id
   * @return the role, if stored
   */
  public Optional<Role> find(RoleId id) {
    return store.role(id);
  }

  /**
   * Every stored role, in id order, as it stands.
   *
   * @return the roles
   */
  public List<Role> all() {
    return store.roleIds().stream().map(id -> store.role(id).orElseThrow()).toList();
  }

  private String view(Role role, Actor caller) {
    return json.writeValueAsString(tree(role, caller));
  }

  private ObjectNode tree(Role role, Actor caller) {
    ObjectNode view = json.createObjectNode();
    view.put("version", role.version());
    view.set("role", json.valueToTree(role));
    view.set("allowedActions", json.valueToTree(AllowedActions.of(role, caller)));
    return view;
  }

  private static void log(Role role, String action) {
    LOG.atInfo().addKeyValue("role", role.id().value()).addKeyValue("action", action)
        .addKeyValue("status", role.status().name()).addKeyValue("version", role.version())
        .log("role {} {}: {} v{}", role.id(), action, role.status(), role.version());
  }
}
