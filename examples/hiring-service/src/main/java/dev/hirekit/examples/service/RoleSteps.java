package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.team.HiringTeam;
import java.time.Instant;

/**
 * Each role action of the API as the Hirekit call it makes, with its arguments from the body:
 * {@code close {reason}}, {@code add_opening}, {@code close_opening {opening}}, {@code
 * revise_posting {posting}}, {@code set_plan {plan}}, {@code set_team {team}}; {@code open},
 * {@code hold}, {@code resume} and {@code reopen} take none.
 */
public final class RoleSteps {
  private RoleSteps() {}

  /**
   * Takes an action.
   *
   * @param role the role
   * @param action the action's API name
   * @param by who acts
   * @param at when
   * @param args the body
   * @return the role after the action
   * @throws Refusal unknown action or bad argument
   * @throws dev.hirekit.lifecycle.IllegalTransitionException if Hirekit refuses it
   */
  public static Role take(Role role, String action, Actor by, Instant at, Arguments args) {
    return switch (action) {
      case "open" -> role.open(by, at);
      case "hold" -> role.hold(by, at);
      case "resume" -> role.resume(by, at);
      case "close" -> role.close(by, at, args.value("reason", RoleCloseReason.class));
      case "reopen" -> role.reopen(by, at);
      case "add_opening" -> role.addOpening(by, at, args.value("opening", OpeningId.class));
      case "close_opening" -> role.closeOpening(by, at, args.value("opening", OpeningId.class));
      case "revise_posting" -> role.revisePosting(by, at, args.value("posting", Posting.class));
      case "set_plan" -> role.setPlan(by, at, args.value("plan", InterviewPlan.class));
      case "set_team" -> role.setTeam(by, at, args.value("team", HiringTeam.class));
      default -> throw Refusal.unknownAction(action, AllowedActions.roleActionNames());
    };
  }
}
