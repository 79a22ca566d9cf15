package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a caller may do now, as the API lists it: {@code {"action": "move", "targets": [...]}},
 * straight from Hirekit's introspection ({@code allowedActions}, {@code allowedOfferActions} and
 * the target queries), so that an action listed succeeds with a listed target and one not listed
 * is refused. The action names are the lower snake case of Hirekit's constants; offer actions
 * end in {@code _offer} ({@code extend_offer}, {@code decline_offer_approval}).
 */
public final class AllowedActions {
  /**
   * Role actions the API does not take under their own name: drafting is {@code POST
   * /api/roles}, and an opening is filled and reopened only by a hire and an unhire, which save
   * the application with the role.
   */
  static final Set<RoleAction> NOT_ROLE_ENDPOINTS = Set.of(RoleAction.DRAFT,
      RoleAction.FILL_OPENING, RoleAction.REOPEN_OPENING,
      // Requisitions, opening schedules and approvals to open (issue 13) have no endpoint yet.
      RoleAction.SET_REQUISITION, RoleAction.SCHEDULE_OPENING, RoleAction.REQUEST_APPROVAL,
      RoleAction.APPROVE, RoleAction.DECLINE_APPROVAL, RoleAction.REPLACE_APPROVER);

  /** Application actions that create an application or a prospect's conversion. */
  static final Set<ApplicationAction> NOT_APPLICATION_ENDPOINTS = Set.of(ApplicationAction.APPLY,
      ApplicationAction.PROSPECT, ApplicationAction.CONVERT);

  /**
   * Application actions the API does not take yet: the candidate's choices, opt-ins and
   * accommodation requests, the link to an opening, debriefs and decision overrides, artifacts,
   * scorecard amendments, interview schedules, window bookings and requirement checks (issue
   * 13), which Hirekit records but the service has no endpoint for. The service's plans hold no
   * requirements, so no stage is held by one.
   */
  static final Set<ApplicationAction> NOT_YET_ENDPOINTS = Set.of(ApplicationAction.CHOOSE,
      ApplicationAction.OPT_IN, ApplicationAction.OPT_OUT,
      ApplicationAction.REQUEST_ACCOMMODATION, ApplicationAction.ARRANGE_ACCOMMODATION,
      ApplicationAction.CONSIDER_FOR, ApplicationAction.DEBRIEF,
      ApplicationAction.OVERRIDE_DECISION, ApplicationAction.SUBMIT_ARTIFACT,
      ApplicationAction.AMEND_SCORECARD, ApplicationAction.SCHEDULE_INTERVIEW,
      ApplicationAction.BOOK_WINDOW, ApplicationAction.CHECK_REQUIREMENT);

  /**
   * Offer actions the API does not take yet: replacing an approver and clearing or failing a
   * contingency (issue 13), which Hirekit records but the service has no endpoint for. Offers are
   * drafted without contingencies here, so a hire is never held by one.
   */
  static final Set<OfferAction> NOT_YET_OFFER_ENDPOINTS = Set.of(OfferAction.REPLACE_APPROVER,
      OfferAction.CLEAR_CONTINGENCY, OfferAction.FAIL_CONTINGENCY);

  private AllowedActions() {}

  /**
   * The API name of an action.
   *
   * @param action a Hirekit action constant
   * @return its lower snake case name
   */
  public static String name(Enum<?> action) {
    return action.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The API name of an offer action.
   *
   * @param action the offer action
   * @return its name, such as {@code extend_offer}
   */
  public static String name(OfferAction action) {
    return switch (action) {
      case SUBMIT_FOR_APPROVAL -> "submit_offer_for_approval";
      case APPROVE -> "approve_offer";
      case DECLINE_APPROVAL -> "decline_offer_approval";
      default -> action.name().toLowerCase(Locale.ROOT) + "_offer";
    };
  }

  /**
   * Every role action the API takes.
   *
   * @return the names
   */
  public static List<String> roleActionNames() {
    return Arrays.stream(RoleAction.values()).filter(a -> !NOT_ROLE_ENDPOINTS.contains(a))
        .map(AllowedActions::name).toList();
  }

  /**
   * Every application and offer action the API takes.
   *
   * @return the names
   */
  public static List<String> applicationActionNames() {
    List<String> names = new ArrayList<>();
    for (ApplicationAction action : ApplicationAction.values()) {
      if (!NOT_APPLICATION_ENDPOINTS.contains(action) && !NOT_YET_ENDPOINTS.contains(action)) {
        names.add(name(action));
      }
      if (action == ApplicationAction.SKIP) {
        names.add("skip_to");
      }
    }
    Arrays.stream(OfferAction.values()).filter(a -> !NOT_YET_OFFER_ENDPOINTS.contains(a))
        .map(AllowedActions::name).forEach(names::add);
    return names;
  }

  /**
   * What an actor may do to a role now.
   *
   * @param role the role
   * @param actor who would act
   * @return the actions, with targets where an action takes one of a few
   */
  public static List<Map<String, Object>> of(Role role, Actor actor) {
    List<Map<String, Object>> allowed = new ArrayList<>();
    for (RoleAction action : role.allowedActions(actor)) {
      if (NOT_ROLE_ENDPOINTS.contains(action)) {
        continue;
      }
      switch (action) {
        case CLOSE -> allowed.add(entry(name(action), Arrays.stream(RoleCloseReason.values())
            .map(AllowedActions::name).toList()));
        case CLOSE_OPENING -> {
          List<String> open = role.openOpenings().stream().map(o -> o.id().value()).toList();
          // A draft keeps one open opening: close the draft instead.
          if (open.size() > (role.status() == RoleStatus.DRAFT ? 1 : 0)) {
            allowed.add(entry(name(action), open));
          }
        }
        default -> allowed.add(entry(name(action), null));
      }
    }
    return allowed;
  }

  /**
   * What an actor may do to an application now.
   *
   * @param application the application
   * @param role its role as it stands (for hires and migrations)
   * @param roles every stored role as it stands (for transfers), asked for only when the actor
   *     may transfer the application at all
   * @param actor who would act
   * @param at now
   * @return the actions, with their valid targets
   */
  public static List<Map<String, Object>> of(Application application, Role role,
      Supplier<? extends Collection<Role>> roles, Actor actor, Instant at) {
    List<Map<String, Object>> allowed = new ArrayList<>();
    for (ApplicationAction action : application.allowedActions(actor)) {
      if (NOT_YET_ENDPOINTS.contains(action)) {
        continue;
      }
      String name = name(action);
      switch (action) {
        case APPLY, PROSPECT, CONVERT -> { }
        case SKIP -> {
          List<String> targets = ids(application.skipTargets(actor));
          if (!targets.isEmpty()) {
            allowed.add(entry(name, targets));
            allowed.add(entry("skip_to", targets));
          }
        }
        case MOVE -> addIfAny(allowed, name, ids(application.moveTargets(actor)));
        case REOPEN -> allowed.add(entry(name, ids(application.reopenTargets(actor))));
        case SUBMIT_SCORECARD -> addIfAny(allowed, name,
            ids(application.scorableInterviews(actor)));
        case HIRE -> {
          if (role.refusal(RoleAction.FILL_OPENING, actor).isEmpty()) {
            addIfAny(allowed, name, ids(application.hireTargets(role, actor)));
          }
        }
        case UNHIRE -> {
          if (role.refusal(RoleAction.REOPEN_OPENING, actor).isEmpty()) {
            allowed.add(entry(name, null));
          }
        }
        case TRANSFER -> addIfAny(allowed, name,
            ids(application.transferTargets(roles.get(), actor)));
        case MIGRATE -> {
          if (role.plan().filter(p -> p.version() > application.plan().version()).isPresent()) {
            allowed.add(entry(name, null));
          }
        }
        default -> allowed.add(entry(name, null));
      }
    }
    for (OfferAction action : application.allowedOfferActions(actor, at)) {
      if (!NOT_YET_OFFER_ENDPOINTS.contains(action)) {
        allowed.add(entry(name(action), null));
      }
    }
    return allowed;
  }

  private static void addIfAny(List<Map<String, Object>> allowed, String name,
      List<String> targets) {
    if (!targets.isEmpty()) {
      allowed.add(entry(name, targets));
    }
  }

  private static List<String> ids(List<?> ids) {
    return ids.stream().map(String::valueOf).toList(); // Hirekit's ids print as their value
  }

  private static Map<String, Object> entry(String action, List<String> targets) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("action", action);
    if (targets != null) {
      entry.put("targets", targets);
    }
    return entry;
  }
}
