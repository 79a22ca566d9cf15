package dev.hirekit.json.internal;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The formats of ids, money, teams, actors and rejection reasons. */
final class ValueFormats {
  private ValueFormats() {}

  /** Every id is a plain string. */
  static List<TypeFormat<?>> ids() {
    return List.of(
        id(ApplicationId.class, ApplicationId::of, ApplicationId::value),
        id(CandidateId.class, CandidateId::of, CandidateId::value),
        id(OfferId.class, OfferId::of, OfferId::value),
        id(InterviewId.class, InterviewId::of, InterviewId::value),
        id(StageId.class, StageId::of, StageId::value),
        id(OpeningId.class, OpeningId::of, OpeningId::value),
        id(RoleId.class, RoleId::of, RoleId::value),
        id(MemberId.class, MemberId::of, MemberId::value),
        id(dev.hirekit.slate.SlateId.class, dev.hirekit.slate.SlateId::of,
            dev.hirekit.slate.SlateId::value),
        id(dev.hirekit.pool.PoolId.class, dev.hirekit.pool.PoolId::of,
            dev.hirekit.pool.PoolId::value));
  }

  private static <T> TypeFormat<T> id(Class<T> type, Function<String, T> of,
      Function<T, String> value) {
    return TypeFormat.of(type, v -> value.apply(v), node -> of.apply(node.text()));
  }

  static Object money(Money money) {
    return Obj.of().put("amount", Scalars.decimal(money.amount()))
        .put("currency", money.currency().getCurrencyCode()).tree();
  }

  static Money money(Node node) {
    return Money.of(node.get("amount", Node::decimal), node.get("currency", ValueFormats::currency));
  }

  private static Currency currency(Node node) {
    String code = node.text();
    if (!code.matches("[A-Z]{3}")) {
      throw node.problem("is not an ISO-4217 currency code; expected three capital letters, such"
          + " as \"USD\"");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw node.problem("is not a known ISO-4217 currency code");
    }
  }

  static Object payRange(PayRange range) {
    return Obj.of().put("min", money(range.min())).put("max", money(range.max()))
        .put("period", EnumNames.PAY_PERIOD.name(range.period())).tree();
  }

  static PayRange payRange(Node node) {
    return PayRange.of(node.get("min", ValueFormats::money), node.get("max", ValueFormats::money),
        node.get("period", EnumNames.PAY_PERIOD::read));
  }

  static Object payRate(PayRate rate) {
    return Obj.of().put("amount", money(rate.amount()))
        .put("period", EnumNames.PAY_PERIOD.name(rate.period())).tree();
  }

  static PayRate payRate(Node node) {
    return PayRate.of(node.get("amount", ValueFormats::money),
        node.get("period", EnumNames.PAY_PERIOD::read));
  }

  static Object teamMember(TeamMember member) {
    return Obj.of().put("id", member.id().value())
        .put("roles", Scalars.sortedSet(member.roles(), EnumNames.HIRING_ROLE::name)).tree();
  }

  static TeamMember teamMember(Node node) {
    return TeamMember.builder().id(node.get("id", n -> MemberId.of(n.text())))
        .roles(node.list("roles", EnumNames.HIRING_ROLE::read)).build();
  }

  static Object hiringTeam(HiringTeam team) {
    return Obj.of().put("members", Scalars.list(team.members(), ValueFormats::teamMember)).tree();
  }

  static HiringTeam hiringTeam(Node node) {
    return HiringTeam.builder().members(node.list("members", ValueFormats::teamMember)).build();
  }

  static Object actor(Actor actor) {
    Obj obj = Obj.of().put("kind", EnumNames.ACTOR_KIND.name(actor.kind()));
    actor.memberId().ifPresent(id -> obj.put("member", id.value())
        .put("roles", Scalars.sortedSet(actor.roles(), EnumNames.HIRING_ROLE::name)));
    actor.candidateId().ifPresent(id -> obj.put("candidate", id.value()));
    return obj.tree();
  }

  static Actor actor(Node node) {
    switch (node.get("kind", EnumNames.ACTOR_KIND::read)) {
      case MEMBER:
        Set<HiringRole> roles =
            new LinkedHashSet<>(node.list("roles", EnumNames.HIRING_ROLE::read));
        return Actor.member(node.get("member", n -> MemberId.of(n.text())), roles);
      case CANDIDATE:
        return Actor.candidate(node.get("candidate", n -> CandidateId.of(n.text())));
      default:
        return Actor.system();
    }
  }

  static Object rejectionReason(RejectionReason reason) {
    return Obj.of().put("side", EnumNames.REJECTION_SIDE.name(reason.side()))
        .put("code", reason.code()).put("note", reason.note(), n -> n).tree();
  }

  static RejectionReason rejectionReason(Node node) {
    RejectionReason reason = RejectionReason.of(node.get("side", EnumNames.REJECTION_SIDE::read),
        node.get("code", Node::text));
    return node.find("note", Node::text).map(reason::withNote).orElse(reason);
  }
}
