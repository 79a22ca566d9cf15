package dev.hirekit.application;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationEvent.ConsideredFor;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which opening of its role an application is considered for: the checks of {@link
 * Application#considerFor} against the role as it stands, the targets it offers, and the link
 * read back from the history. The role is not part of the application, so, as for a hire, a
 * replayed {@code ConsideredFor} event is trusted to have named an open opening when it was
 * recorded (only {@link Application#considerFor} records one).
 */
final class Considering {
  private Considering() {}

  /** The effect of the event: the link is read from the history, so nothing more to set. */
  static void considered(Application before, ImmutableApplication.Builder next,
      ConsideredFor event) {
    if (before.consideredFor().filter(event.opening()::equals).isPresent()) {
      throw before.refused(ApplicationAction.CONSIDER_FOR, event.by(), "application "
          + before.id() + " is already considered for opening " + event.opening()
          + "; name another opening");
    }
  }

  /** The opening of the latest ConsideredFor event, if any. */
  static Optional<OpeningId> link(Application application) {
    List<ApplicationEvent> history = Transfers.onRole(application.history());
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof ConsideredFor considered) {
        return Optional.of(considered.opening());
      }
    }
    return Optional.empty();
  }

  /** Why the role does not let the application be considered for the opening, if it does not. */
  static Optional<String> refusal(Application application, Role role, OpeningId opening) {
    if (role.opening(opening).filter(Opening::isOpen).isEmpty()) {
      return Optional.of("opening " + opening + " is not an open opening of role " + role.id()
          + "; open openings: " + ids(role));
    }
    return Optional.empty();
  }

  /** The open openings of the role other than the current link, if the actor may link now. */
  static List<OpeningId> targets(Application application, Role role, Actor actor) {
    if (!role.id().equals(application.roleId())
        || !application.allowedActions(actor).contains(ApplicationAction.CONSIDER_FOR)) {
      return List.of();
    }
    Optional<OpeningId> current = application.consideredFor();
    return role.openOpenings().stream().map(Opening::id)
        .filter(id -> !current.equals(Optional.of(id))).collect(Collectors.toList());
  }

  private static List<String> ids(Role role) {
    return role.openOpenings().stream().map(o -> o.id().value()).collect(Collectors.toList());
  }
}
