package dev.hirekit.examples.service;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.Role;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each application and offer action of the API (hires and unhires aside, which change the role
 * too, and transfers, which load the role they name: see {@link Pipeline}) as the Hirekit call
 * it makes, with its arguments from the body.
 *
 * <ul>
 *   <li>{@code advance}; {@code skip {reason}}; {@code skip_to {target, reason}}; {@code move
 *       {target}};
 *   <li>{@code reject} with a rejection reason as the body ({@code {side, code, note?}});
 *       {@code withdraw {reason}}; {@code reopen {target?, reason}};
 *   <li>{@code submit_scorecard} with a scorecard as the body; {@code record_reference} with a
 *       reference as the body;
 *   <li>{@code draft_offer {offer, compensation, expiresAt, approvalChain?}}; {@code
 *       revise_offer {compensation, expiresAt}}; {@code submit_offer_for_approval}, {@code
 *       approve_offer}, {@code extend_offer}, {@code accept_offer}, {@code expire_offer};
 *       {@code decline_offer_approval}, {@code decline_offer}, {@code rescind_offer {reason}};
 *   <li>{@code migrate {stageMapping}} onto the role's current plan.
 * </ul>
 */
public final class ApplicationSteps {
  private ApplicationSteps() {}

  /**
   * Takes an action.
   *
   * @param app the application
   * @param role its role as it stands (for a migration)
   * @param action the action's API name
   * @param by who acts
   * @param at when
   * @param args the body
   * @return the application after the action
   * @throws Refusal unknown action or bad argument
   * @throws dev.hirekit.lifecycle.IllegalTransitionException if Hirekit refuses it
   */
  public static Application take(Application app, Role role, String action, Actor by,
      Instant at, Arguments args) {
    return switch (action) {
      case "advance" -> app.advance(by, at);
      case "skip" -> app.skip(by, at, args.text("reason"));
      case "skip_to" -> app.skipTo(by, at, args.value("target", StageId.class),
          args.text("reason"));
      case "move" -> app.moveTo(by, at, args.value("target", StageId.class));
      case "reject" -> app.reject(by, at, args.whole(RejectionReason.class));
      case "withdraw" -> app.withdraw(by, at, args.text("reason"));
      case "reopen" -> {
        String reason = args.text("reason");
        yield args.optionalValue("target", StageId.class)
            .map(target -> app.reopen(by, at, target, reason))
            .orElseGet(() -> app.reopen(by, at, reason));
      }
      case "submit_scorecard" -> app.submitScorecard(by, at, args.whole(Scorecard.class));
      case "record_reference" -> app.recordReference(by, at, args.whole(Reference.class));
      case "draft_offer" -> app.draftOffer(by, at, args.value("offer", OfferId.class),
          args.value("compensation", Compensation.class), args.instant("expiresAt"),
          args.optionalValue("approvalChain", ApprovalChain.class)
              .orElse(ApprovalChain.none()));
      case "revise_offer" -> app.reviseOffer(by, at,
          args.value("compensation", Compensation.class), args.instant("expiresAt"));
      case "submit_offer_for_approval" -> app.submitOfferForApproval(by, at);
      case "approve_offer" -> app.approveOffer(by, at);
      case "decline_offer_approval" -> app.declineOfferApproval(by, at, args.text("reason"));
      case "extend_offer" -> app.extendOffer(by, at);
      case "accept_offer" -> app.acceptOffer(by, at);
      case "decline_offer" -> app.declineOffer(by, at, args.text("reason"));
      case "rescind_offer" -> app.rescindOffer(by, at, args.text("reason"));
      case "expire_offer" -> app.expireOffer(by, at);
      case "migrate" -> app.migrate(by, at, role.plan().orElseThrow(() ->
          Refusal.badArgument("plan", "the role has no plan to migrate to")), mapping(args));
      default -> throw Refusal.unknownAction(action, AllowedActions.applicationActionNames());
    };
  }

  private static Map<StageId, StageId> mapping(Arguments args) {
    Map<StageId, StageId> mapping = new LinkedHashMap<>();
    args.node("stageMapping").ifPresent(node -> node.properties().forEach(e -> {
      if (!e.getValue().isString()) {
        throw Refusal.badArgument("stageMapping", "maps stage ids to stage ids (strings)");
      }
      mapping.put(StageId.of(e.getKey()), StageId.of(e.getValue().asString()));
    }));
    if (mapping.isEmpty()) {
      throw Refusal.badArgument("stageMapping", "is missing; map the old stages to new ones");
    }
    return mapping;
  }
}
