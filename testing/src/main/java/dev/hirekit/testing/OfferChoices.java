package dev.hirekit.testing;

import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.team.MemberId;
import java.util.List;

/**
 * The arguments the generators give the offer actions that take some: which approver to replace
 * by whom, which contingency to clear or fail. Each picks what the offer allows now.
 */
final class OfferChoices {
  /** A member outside every generated chain, who may stand in for an approver. */
  static final MemberId DEPUTY = MemberId.of("appr-deputy");

  private OfferChoices() {}

  /** The first pending approver of the current group. */
  static MemberId replaced(Offer offer) {
    ApprovalGroup group = offer.approvalChain().currentGroup(offer.approvals()).orElseThrow();
    return group.pending(offer.approvalChain().currentApprovals(offer.approvals())).get(0);
  }

  /** The first of the two generated approvers outside the current group, else the deputy. */
  static MemberId replacement(Offer offer) {
    ApprovalGroup group = offer.approvalChain().currentGroup(offer.approvals()).orElseThrow();
    return List.of(Offers.FINANCE, Offers.CEO, DEPUTY).stream()
        .filter(m -> !group.members().contains(m)).findFirst().orElseThrow();
  }

  /** The pending contingency picked by a choice. */
  static ContingencyKind contingency(Offer offer, int choice) {
    List<ContingencyKind> pending = offer.pendingContingencies();
    return pending.get(Math.floorMod(choice, pending.size()));
  }
}
