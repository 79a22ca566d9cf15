package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event store: every role and application event as one row (aggregate type and id, sequence
 * number, type name, time, actor, the event in Hirekit's JSON), unique by aggregate and sequence.
 * An append inserts the events after the version the caller loaded; a row already at one of
 * those sequence numbers means someone else wrote first, and the append fails as stale. Loads
 * read the rows in order and use the trusted load ({@link HirekitModule#loadingWith}, as {@code
 * HiringPolicy.load} and {@code Role.load}): every rule checked, not the permissions of the
 * past, which were checked when the events were recorded. What was loaded or committed last
 * is kept ({@link LoadedAggregates}), so a load reads and parses only the events stored since;
 * the trusted load then replays the whole history, the older part from memory.
 */
@Repository
public class StoredEvents {
  private static final String ROLE = "role";
  private static final String APPLICATION = "application";

  /** How many roles, and how many applications, the store keeps loaded. */
  private static final int LOADED = 10_000;

  private final JdbcClient jdbc;
  private final JsonMapper stored = JsonMapper.builder()
      .addModule(HirekitModule.loadingWith(JsonFormat.HIRING, Role.DEFAULT_POLICY)).build();
  private final LoadedAggregates<Role> roles = new LoadedAggregates<>(Role::version, LOADED);
  private final LoadedAggregates<Application> applications =
      new LoadedAggregates<>(Application::version, LOADED);

  /**
   * A store over a database.
   *
   * @param jdbc the database
   */
  public StoredEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether the store holds no role yet.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return jdbc.sql("select count(*) from events").query(Long.class).single() == 0;
  }

  /**
   * A role, by the trusted load.
   *
   * @param id its id
   * @return the role, if stored
   */
  public Optional<Role> role(RoleId id) {
    Optional<Role> loaded = roles.find(id.value());
    List<RoleEvent> fresh = payloads(ROLE, id.value(), loaded.map(Role::version).orElse(0L))
        .stream().map(json -> stored.readValue(json, RoleEvent.class)).toList();
    if (fresh.isEmpty()) {
      return loaded;
    }
    List<RoleEvent> events = new ArrayList<>(loaded.map(Role::history).orElse(List.of()));
    events.addAll(fresh);
    Role role = Role.load(events, Role.DEFAULT_POLICY);
    roles.remember(id.value(), role);
    return Optional.of(role);
  }

  /**
   * Every role id, in id order.
   *
   * @return the ids
   */
  public List<RoleId> roleIds() {
    return jdbc.sql("select aggregate_id from events where aggregate_type = ? and"
            + " sequence_number = 1 order by aggregate_id")
        .param(ROLE).query(String.class).list().stream().map(RoleId::of).toList();
  }

  /**
   * An application, by the trusted load under the team policy.
   *
   * @param id its id
   * @return the application, if stored
   */
  public Optional<Application> application(ApplicationId id) {
    Optional<Application> loaded = applications.find(id.value());
    List<ApplicationEvent> fresh = payloads(APPLICATION, id.value(),
        loaded.map(Application::version).orElse(0L)).stream()
        .map(json -> stored.readValue(json, ApplicationEvent.class)).toList();
    if (fresh.isEmpty()) {
      return loaded;
    }
    List<ApplicationEvent> events =
        new ArrayList<>(loaded.map(Application::history).orElse(List.of()));
    events.addAll(fresh);
    Application application = JsonFormat.HIRING.load(events);
    applications.remember(id.value(), application);
    return Optional.of(application);
  }

  /**
   * The ids of a role's applications, those on it now, in id order.
   *
   * @param role the role
   * @return the ids
   */
  public List<ApplicationId> applicationsOf(RoleId role) {
    return jdbc.sql("select application_id from application_index where role_id = ?"
            + " order by application_id")
        .param(role.value()).query(String.class).list().stream().map(ApplicationId::of).toList();
  }

  /**
   * The ids of the applications that have been on a role, in id order: those on it now and
   * those transferred away from it since.
   *
   * @param role the role
   * @return the ids
   */
  public List<ApplicationId> applicationsEverOn(RoleId role) {
    return jdbc.sql("select application_id from application_roles where role_id = ?"
            + " order by application_id")
        .param(role.value()).query(String.class).list().stream().map(ApplicationId::of).toList();
  }

  /**
   * Appends a role's new events.
   *
   * @param role the role after the actions
   * @param expected the version it was loaded at (0 for a new role)
   * @throws Refusal stale if another writer appended first; exists for a new role whose id is
   *     taken
   */
  public void append(Role role, long expected) {
    for (RoleEvent event : role.eventsAfter(expected)) {
      insert(ROLE, role.id().value(), event.sequence(), event.type(), event.at(), event.by(),
          stored.writeValueAsString(event), expected);
    }
    roles.remember(role.id().value(), role);
  }

  /**
   * Appends an application's new events; a new application also enters the index, and one
   * transferred by them is indexed under its new role, in the caller's transaction, so that a
   * role's applications ({@link #applicationsOf}, {@link #applicationsEverOn}) never disagree
   * with the stored histories.
   *
   * @param application the application after the actions
   * @param expected the version it was loaded at (0 for a new application)
   * @throws Refusal stale if another writer appended first; exists for a new application whose
   *     id is taken
   */
  public void append(Application application, long expected) {
    String id = application.id().value();
    Set<String> onRoles = new LinkedHashSet<>(); // the roles these events put it on
    if (expected == 0) {
      onRoles.add(application.roleId().value());
    }
    for (ApplicationEvent event : application.eventsAfter(expected)) {
      insert(APPLICATION, id, event.sequence(), event.type(), event.at(), event.by(),
          stored.writeValueAsString(event), expected);
      if (event instanceof ApplicationEvent.Transferred transferred) {
        onRoles.add(transferred.from().value());
        onRoles.add(transferred.role().value());
      }
    }
    if (expected == 0) {
      jdbc.sql("insert into application_index (application_id, role_id, candidate_id)"
              + " values (?, ?, ?)")
          .params(id, application.roleId().value(), application.candidateId().value())
          .update();
    } else if (!onRoles.isEmpty()) {
      // Only once the events are in: a concurrent write at the same versions failed as stale,
      // so the index follows the history that commits.
      jdbc.sql("update application_index set role_id = ? where application_id = ?")
          .params(application.roleId().value(), id)
          .update();
    }
    for (String role : onRoles) {
      // A new application has been on no role yet; a transferred one may come back to one.
      if (expected == 0 || !hasBeenOn(id, role)) {
        jdbc.sql("insert into application_roles (role_id, application_id) values (?, ?)")
            .params(role, id).update();
      }
    }
    applications.remember(id, application);
  }

  private boolean hasBeenOn(String application, String role) {
    return jdbc.sql("select count(*) from application_roles where role_id = ? and"
            + " application_id = ?")
        .params(role, application).query(Long.class).single() > 0;
  }

  private void insert(String type, String id, long sequence, String name, Instant at, Actor by,
      String payload, long expected) {
    try {
      jdbc.sql("insert into events (aggregate_type, aggregate_id, sequence_number, type_name,"
              + " occurred_at, actor, payload) values (?, ?, ?, ?, ?, ?, ?)")
          .params(type, id, sequence, name, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
              actor(by), payload)
          .update();
    } catch (DataIntegrityViolationException taken) {
      throw expected == 0 ? Refusal.exists(type, id) : Refusal.stale("\"" + expected + "\"", -1);
    }
  }

  /** Who acted, as ids only: {@code member:recruiter-1}, {@code candidate:cand-ada}. */
  private static String actor(Actor by) {
    return switch (by.kind()) {
      case MEMBER -> "member:" + by.memberId().orElseThrow().value();
      case CANDIDATE -> "candidate:" + by.candidateId().orElseThrow().value();
      case SYSTEM -> "system";
    };
  }

  private List<String> payloads(String type, String id, long after) {
    return jdbc.sql("select payload from events where aggregate_type = ? and aggregate_id = ?"
            + " and sequence_number > ? order by sequence_number")
        .params(type, id, after).query(String.class).list();
  }
}
