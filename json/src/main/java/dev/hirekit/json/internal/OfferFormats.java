package dev.hirekit.json.internal;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The formats of compensation, approval chains and offers. */
final class OfferFormats {
  /** Who the rebuild of a stand-alone offer acts as: every hiring role, so only guards decide. */
  private static final Actor REBUILDER =
      Actor.member(MemberId.of("hirekit.json"), EnumSet.allOf(HiringRole.class));

  private OfferFormats() {}

  static Object equity(Equity equity) {
    return Obj.of().put("kind", EnumNames.EQUITY_KIND.name(equity.kind()))
        .put("amount", Scalars.decimal(equity.amount()))
        .put("vestingMonths", (long) equity.vestingMonths())
        .put("cliffMonths", (long) equity.cliffMonths())
        .put("strikePrice", equity.strikePrice(), ValueFormats::money).tree();
  }

  static Equity equity(Node node) {
    return Equity.builder().kind(node.get("kind", EnumNames.EQUITY_KIND::read))
        .amount(node.get("amount", Node::decimal))
        .vestingMonths(node.get("vestingMonths", Node::integer))
        .cliffMonths(node.get("cliffMonths", Node::integer))
        .strikePrice(node.find("strikePrice", ValueFormats::money)).build();
  }

  static Object compensation(Compensation compensation) {
    return Obj.of().put("base", ValueFormats.payRate(compensation.base()))
        .put("bonus", compensation.bonus(), ValueFormats::money)
        .put("signOn", compensation.signOn(), ValueFormats::money)
        .put("equity", compensation.equity(), OfferFormats::equity)
        .put("startDate", Scalars.date(compensation.startDate()))
        .put("employmentType", EnumNames.EMPLOYMENT_TYPE.name(compensation.employmentType()))
        .tree();
  }

  static Compensation compensation(Node node) {
    return Compensation.builder().base(node.get("base", ValueFormats::payRate))
        .bonus(node.find("bonus", ValueFormats::money))
        .signOn(node.find("signOn", ValueFormats::money))
        .equity(node.find("equity", OfferFormats::equity))
        .startDate(node.get("startDate", Node::date))
        .employmentType(node.get("employmentType", EnumNames.EMPLOYMENT_TYPE::read)).build();
  }

  static Object approvalChain(ApprovalChain chain) {
    if (!chain.isSimple()) {
      return Obj.of().put("groups", chain.groups().stream().map(OfferFormats::approvalGroup)
          .toList()).tree();
    }
    return Obj.of().put("approvers", Scalars.list(chain.approvers(), MemberId::value))
        .put("required", (long) chain.required())
        .put("mode", EnumNames.APPROVAL_MODE.name(chain.mode())).tree();
  }

  /** A chain of groups, or the short form of a chain of one group named "approvers". */
  static ApprovalChain approvalChain(Node node) {
    if (node.find("groups", n -> n).isPresent()) {
      return ApprovalChain.ofGroups(node.list("groups", OfferFormats::approvalGroup));
    }
    return ApprovalChain.builder()
        .approvers(node.list("approvers", n -> MemberId.of(n.text())))
        .required(node.get("required", Node::integer))
        .mode(node.get("mode", EnumNames.APPROVAL_MODE::read)).build();
  }

  static Object approvalGroup(ApprovalGroup group) {
    return Obj.of().put("name", group.name())
        .put("members", Scalars.list(group.members(), MemberId::value))
        .put("required", (long) group.required())
        .put("mode", EnumNames.APPROVAL_MODE.name(group.mode())).tree();
  }

  static ApprovalGroup approvalGroup(Node node) {
    return ApprovalGroup.builder().name(node.get("name", Node::text))
        .members(node.list("members", n -> MemberId.of(n.text())))
        .required(node.get("required", Node::integer))
        .mode(node.get("mode", EnumNames.APPROVAL_MODE::read)).build();
  }

  static Object contingency(Contingency contingency) {
    return Obj.of().put("kind", EnumNames.CONTINGENCY_KIND.name(contingency.kind()))
        .put("description", contingency.description(), t -> t).tree();
  }

  static Contingency contingency(Node node) {
    ContingencyKind kind = node.get("kind", EnumNames.CONTINGENCY_KIND::read);
    return node.find("description", Node::text).map(d -> Contingency.of(kind, d))
        .orElseGet(() -> Contingency.of(kind));
  }

  static Object details(OfferDetails details) {
    return Obj.of().put("justification", details.justification(), t -> t)
        .put("contingencies", details.contingencies().stream().map(OfferFormats::contingency)
            .toList()).tree();
  }

  static OfferDetails details(Node node) {
    return OfferDetails.builder().justification(node.find("justification", Node::text))
        .contingencies(node.list("contingencies", OfferFormats::contingency)).build();
  }

  static Object offer(Offer offer) {
    return Obj.of().put("id", offer.id().value()).put("version", (long) offer.version())
        .put("status", EnumNames.OFFER_STATUS.name(offer.status()))
        .put("compensation", compensation(offer.compensation()))
        .put("expiresAt", Scalars.instant(offer.expiresAt()))
        .put("approvalChain", approvalChain(offer.approvalChain()))
        .put("approvals", Scalars.list(offer.approvals(), MemberId::value))
        .put("reason", offer.reason(), t -> t)
        .put("details", Optional.of(offer.details()).filter(d -> !d.equals(OfferDetails.none())),
            OfferFormats::details)
        .put("clearedContingencies", Optional.of(offer.clearedContingencies())
            .filter(l -> !l.isEmpty()), l -> Scalars.list(l, EnumNames.CONTINGENCY_KIND::name))
        .put("failedContingencies", Optional.of(offer.failedContingencies())
            .filter(l -> !l.isEmpty()), l -> Scalars.list(l, EnumNames.CONTINGENCY_KIND::name))
        .tree();
  }

  /**
   * Reads a stand-alone offer. An offer keeps no history of its own (its events live in its
   * application's), so the reader rebuilds it through the offer lifecycle's own actions (draft,
   * revisions, the approvals in order, then the way to its status) and refuses a document whose
   * status, approvals and reason no legal path reaches.
   */
  static Offer offer(Node node) {
    OfferId id = node.get("id", n -> OfferId.of(n.text()));
    int version = node.get("version", Node::integer);
    OfferStatus status = node.get("status", EnumNames.OFFER_STATUS::read);
    Compensation compensation = node.get("compensation", OfferFormats::compensation);
    Instant expiresAt = node.get("expiresAt", Node::instant);
    ApprovalChain chain = node.get("approvalChain", OfferFormats::approvalChain);
    List<MemberId> approvals = node.list("approvals", n -> MemberId.of(n.text()));
    Optional<String> reason = node.find("reason", Node::text);
    OfferDetails details = node.find("details", OfferFormats::details)
        .orElse(OfferDetails.none());
    List<ContingencyKind> cleared = node.find("clearedContingencies",
        n -> n.items(i -> EnumNames.CONTINGENCY_KIND.read(i))).orElse(List.of());
    List<ContingencyKind> failed = node.find("failedContingencies",
        n -> n.items(i -> EnumNames.CONTINGENCY_KIND.read(i))).orElse(List.of());
    if (version < 1 || version > Short.MAX_VALUE) {
      throw node.field("version").problem("is out of range; offer versions run from 1 to "
          + Short.MAX_VALUE);
    }
    Offer offer = rebuild(id, version, status, compensation, expiresAt, chain, approvals, reason,
        new Settled(details, cleared, failed));
    if (offer.status() != status || !offer.approvals().equals(approvals)
        || !offer.reason().equals(reason) || !offer.clearedContingencies().equals(cleared)
        || !offer.failedContingencies().equals(failed)) {
      throw node.problem("is not an offer the offer lifecycle can reach: no legal path gives"
          + " status " + EnumNames.OFFER_STATUS.name(status) + " with these approvals"
          + (reason.isPresent() ? " and a reason" : " and no reason"));
    }
    return offer;
  }

  /** The details of an offer and the contingencies it settled. */
  private record Settled(OfferDetails details, List<ContingencyKind> cleared,
      List<ContingencyKind> failed) {
    boolean any() {
      return !cleared.isEmpty() || !failed.isEmpty();
    }

    Offer settle(Offer accepted, Instant at) {
      Offer offer = accepted;
      for (ContingencyKind kind : cleared) {
        offer = offer.clearContingency(REBUILDER, at, kind);
      }
      for (ContingencyKind kind : failed) {
        offer = offer.failContingency(REBUILDER, at, kind);
      }
      return offer;
    }
  }

  private static Offer rebuild(OfferId id, int version, OfferStatus status,
      Compensation compensation, Instant expiresAt, ApprovalChain chain,
      List<MemberId> approvals, Optional<String> reason, Settled settled) {
    Instant before = expiresAt.minusNanos(1);
    Offer offer = Offer.draft(id, compensation, expiresAt, chain, settled.details());
    for (int v = 1; v < version; v++) {
      offer = offer.revise(REBUILDER, before, compensation, expiresAt).next();
    }
    boolean closes = status == OfferStatus.DECLINED || status == OfferStatus.RESCINDED;
    if (reason.isPresent() && !closes && !chain.isEmpty()) {
      offer = offer.submitForApproval(REBUILDER, before);
      MemberId first = chain.approvers().stream().filter(a -> chain.awaits(a, List.of()))
          .findFirst().orElseThrow();
      offer = offer.declineApproval(approver(first), before, reason.get());
    }
    if (!approvals.isEmpty() || status == OfferStatus.PENDING_APPROVAL) {
      offer = offer.submitForApproval(REBUILDER, before);
      for (MemberId approver : approvals) {
        offer = offer.approve(approver(approver), before);
      }
    }
    switch (status) {
      case EXTENDED:
        return offer.extend(REBUILDER, before);
      case ACCEPTED:
        return settled.settle(offer.extend(REBUILDER, before).accept(REBUILDER, before), before);
      case EXPIRED:
        return offer.extend(REBUILDER, before).expire(REBUILDER, expiresAt);
      case DECLINED:
      case RESCINDED:
        if (settled.any()) {
          offer = settled.settle(offer.extend(REBUILDER, before).accept(REBUILDER, before),
              before);
        }
        return offer.closeWithApplication(status, reason.orElse(" "));
      case SUPERSEDED:
        if (settled.any()) {
          // Settled contingencies: accepted, then rescinded or declined, then revised.
          offer = settled.settle(offer.extend(REBUILDER, before).accept(REBUILDER, before),
              before).closeWithApplication(OfferStatus.RESCINDED, reason.orElse(" "));
        } else if (reason.isPresent() && chain.isEmpty()) {
          offer = offer.closeWithApplication(OfferStatus.RESCINDED, reason.get());
        }
        return offer.revise(REBUILDER, before, compensation, expiresAt).superseded();
      default:
        return offer;
    }
  }

  private static Actor approver(MemberId id) {
    return Actor.member(id, HiringRole.APPROVER);
  }
}
