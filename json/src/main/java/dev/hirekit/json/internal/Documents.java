package dev.hirekit.json.internal;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleApproval;
import dev.hirekit.role.RoleEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The top-level documents with a history: an application and a role are written as a summary
 * and their events, and read by rebuilding them from the events; a summary field that disagrees
 * with the history is refused, so no document can claim a state its history does not give. And
 * the {@code schemaVersion} every top-level document starts with, a pipeline report's included.
 */
final class Documents {
  /** The version of the format every top-level document carries. */
  static final long SCHEMA_VERSION = 1;

  private Documents() {}

  static void schemaVersion(Node node) {
    long version = node.get("schemaVersion", Node::whole);
    if (version != SCHEMA_VERSION) {
      throw node.field("schemaVersion").problem("is " + version + "; this reader knows"
          + " schemaVersion " + SCHEMA_VERSION + " only"
          + (version > SCHEMA_VERSION ? "; the document was written by a newer Hirekit" : ""));
    }
  }

  /**
   * A top-level document that is a plain value (a pipeline report): the value's own object with
   * {@code schemaVersion} first, the version checked before the rest is read.
   */
  static <T> TypeFormat<T> versioned(TypeFormat<T> body) {
    return TypeFormat.loaded(body.type(), value -> {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("schemaVersion", SCHEMA_VERSION);
      fields.putAll(Node.root(body.write(value)).object());
      return Collections.unmodifiableMap(fields);
    }, (node, loading) -> {
      schemaVersion(node);
      return body.read(node, loading);
    });
  }

  static Object application(Application application) {
    return Obj.of().put("schemaVersion", SCHEMA_VERSION)
        .put("id", application.id().value())
        .put("candidate", application.candidateId().value())
        .put("role", application.roleId().value())
        .put("version", application.version())
        .put("status", EnumNames.APPLICATION_STATUS.name(application.status()))
        .put("stage", application.stage(), StageId::value)
        .put("history", Scalars.list(application.history(), Formats::write)).tree();
  }

  static Application application(Node node, Loading loading) {
    schemaVersion(node);
    List<ApplicationEvent> history =
        node.list("history", n -> Formats.of(ApplicationEvent.class).read(n, loading));
    Application application = node.field("history").as(n -> loading.application(history));
    agrees(node, "id", application.id().value(), Node::text);
    agrees(node, "candidate", application.candidateId().value(), Node::text);
    agrees(node, "role", application.roleId().value(), Node::text);
    agrees(node, "version", application.version(), Node::whole);
    agrees(node, "status", application.status(), EnumNames.APPLICATION_STATUS::read);
    Object stage = node.find("stage", Node::text).orElse(null);
    if (!Objects.equals(stage, application.stage().map(StageId::value).orElse(null))) {
      throw node.problem("says the application is " + (stage == null ? "at no stage"
          : "at another stage") + " than its history gives");
    }
    return application;
  }

  /** The summary and the history; the approval only for a role whose requisition asks for one. */
  static Object role(Role role) {
    return Obj.of().put("schemaVersion", SCHEMA_VERSION).put("id", role.id().value())
        .put("version", role.version())
        .put("status", EnumNames.ROLE_STATUS.name(role.status()))
        .put("approval", Optional.of(role.approval()).filter(a -> a != RoleApproval.NOT_NEEDED),
            EnumNames.ROLE_APPROVAL::name)
        .put("history", Scalars.list(role.history(), Formats::write)).tree();
  }

  static Role role(Node node, Loading loading) {
    schemaVersion(node);
    List<RoleEvent> history =
        node.list("history", n -> Formats.of(RoleEvent.class).read(n, loading));
    Role role = node.field("history").as(n -> loading.role(history));
    agrees(node, "id", role.id().value(), Node::text);
    agrees(node, "version", role.version(), Node::whole);
    agrees(node, "status", role.status(), EnumNames.ROLE_STATUS::read);
    agrees(node, "approval", role.approval(), EnumNames.ROLE_APPROVAL::read);
    return role;
  }

  /** A summary field, when given, must say what the history gives. */
  static <T> void agrees(Node node, String field, T fact, Function<Node, T> read) {
    node.find(field, read).filter(given -> !given.equals(fact)).ifPresent(given -> {
      throw node.field(field).problem("disagrees with the history, which gives another "
          + field);
    });
  }
}
