package dev.hirekit.json.internal;

import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.role.CountryArrangement;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.TimeZoneWindow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The formats of what a role says publicly, and of its openings. */
final class RoleFormats {
  private RoleFormats() {}

  static Object location(Location location) {
    return Obj.of().put("city", location.city()).put("region", location.region(), r -> r)
        .put("country", location.country()).tree();
  }

  static Location location(Node node) {
    return Location.builder().city(node.get("city", Node::text))
        .region(node.find("region", Node::text)).country(node.get("country", Node::text))
        .build();
  }

  static Object timeZoneWindow(TimeZoneWindow window) {
    return Obj.of().put("earliest", window.earliest().getId())
        .put("latest", window.latest().getId()).tree();
  }

  static TimeZoneWindow timeZoneWindow(Node node) {
    return TimeZoneWindow.of(node.get("earliest", Node::offset),
        node.get("latest", Node::offset));
  }

  static Object remotePolicy(RemotePolicy policy) {
    return Obj.of().put("allowedCountries", Scalars.sortedSet(policy.allowedCountries(), c -> c))
        .put("allowedRegions", Optional.of(policy.allowedRegions()).filter(r -> !r.isEmpty()),
            r -> Scalars.sortedSet(r, c -> c))
        .put("arrangements", Optional.of(policy.arrangements()).filter(m -> !m.isEmpty()),
            a -> Scalars.list(a.stream().sorted(Comparator.comparing(CountryArrangement::country))
                .toList(), RoleFormats::arrangement))
        .put("timeZones", policy.timeZones(), RoleFormats::timeZoneWindow).tree();
  }

  static RemotePolicy remotePolicy(Node node) {
    return RemotePolicy.builder().allowedCountries(node.list("allowedCountries", Node::text))
        .allowedRegions(node.find("allowedRegions", n -> n.items(Node::text)).orElse(List.of()))
        .arrangements(node.find("arrangements", n -> n.items(RoleFormats::arrangement))
            .orElse(List.of()))
        .timeZones(node.find("timeZones", RoleFormats::timeZoneWindow)).build();
  }

  static Object arrangement(CountryArrangement arrangement) {
    return Obj.of().put("country", arrangement.country()).put("arrangement",
        EnumNames.EMPLOYMENT_ARRANGEMENT.name(arrangement.arrangement())).tree();
  }

  static CountryArrangement arrangement(Node node) {
    return CountryArrangement.of(node.get("country", Node::text),
        node.get("arrangement", EnumNames.EMPLOYMENT_ARRANGEMENT::read));
  }

  static Object description(RoleDescription description) {
    return Obj.of().put("summary", description.summary())
        .put("responsibilities", Scalars.list(description.responsibilities(), t -> t))
        .put("qualifications", Scalars.list(description.qualifications(), t -> t))
        .put("benefits", Scalars.list(description.benefits(), t -> t))
        .put("travel", description.travel(), t -> t).tree();
  }

  static RoleDescription description(Node node) {
    return RoleDescription.builder().summary(node.get("summary", Node::text))
        .responsibilities(node.list("responsibilities", Node::text))
        .qualifications(node.list("qualifications", Node::text))
        .benefits(node.list("benefits", Node::text))
        .travel(node.find("travel", Node::text)).build();
  }

  static Object posting(Posting posting) {
    return Obj.of().put("title", posting.title()).put("department", posting.department())
        .put("locations", Scalars.list(posting.locations(), RoleFormats::location))
        .put("workplaceType", EnumNames.WORKPLACE_TYPE.name(posting.workplaceType()))
        .put("remotePolicy", posting.remotePolicy(), RoleFormats::remotePolicy)
        .put("employmentType", EnumNames.EMPLOYMENT_TYPE.name(posting.employmentType()))
        .put("visaSponsorship", posting.visaSponsorship(), EnumNames.VISA_SPONSORSHIP::name)
        .put("description", description(posting.description()))
        .put("payRange", posting.payRange(), ValueFormats::payRange)
        .put("equityStatement", posting.equityStatement(), t -> t)
        .put("compensationNote", posting.compensationNote(), t -> t)
        .put("equalOpportunityStatement", posting.equalOpportunityStatement(), t -> t)
        .put("applyUrl", posting.applyUrl(), u -> u.toString())
        .put("closesAt", posting.closesAt(), Scalars::instant).tree();
  }

  static Posting posting(Node node) {
    return Posting.builder().title(node.get("title", Node::text))
        .department(node.get("department", Node::text))
        .locations(node.list("locations", RoleFormats::location))
        .workplaceType(node.get("workplaceType", EnumNames.WORKPLACE_TYPE::read))
        .remotePolicy(node.find("remotePolicy", RoleFormats::remotePolicy))
        .employmentType(node.get("employmentType", EnumNames.EMPLOYMENT_TYPE::read))
        .visaSponsorship(node.find("visaSponsorship", EnumNames.VISA_SPONSORSHIP::read))
        .description(node.get("description", RoleFormats::description))
        .payRange(node.find("payRange", ValueFormats::payRange))
        .equityStatement(node.find("equityStatement", Node::text))
        .compensationNote(node.find("compensationNote", Node::text))
        .equalOpportunityStatement(node.find("equalOpportunityStatement", Node::text))
        .applyUrl(node.find("applyUrl", Node::uri))
        .closesAt(node.find("closesAt", Node::instant)).build();
  }

  static Object opening(Opening opening) {
    return Obj.of().put("id", opening.id().value())
        .put("status", EnumNames.OPENING_STATUS.name(opening.status()))
        .put("closeReason", opening.closeReason(), EnumNames.OPENING_CLOSE_REASON::name)
        .put("targetStart", opening.targetStart(), Scalars::date)
        .put("reason", opening.reason(), RoleFormats::headcountReason).tree();
  }

  static Opening opening(Node node) {
    return Opening.builder().id(node.get("id", n -> OpeningId.of(n.text())))
        .status(node.get("status", EnumNames.OPENING_STATUS::read))
        .closeReason(node.find("closeReason", EnumNames.OPENING_CLOSE_REASON::read))
        .targetStart(node.find("targetStart", Node::date))
        .reason(node.find("reason", RoleFormats::headcountReason)).build();
  }

  static Object level(Level level) {
    return Obj.of().put("name", level.name()).put("rank", level.rank(), r -> r.longValue()).tree();
  }

  static Level level(Node node) {
    return Level.builder().name(node.get("name", Node::text))
        .rank(node.find("rank", Node::integer)).build();
  }

  static Object headcountReason(HeadcountReason reason) {
    return Obj.of().put("kind", EnumNames.HEADCOUNT_KIND.name(reason.kind()))
        .put("replacing", reason.replacing(), t -> t).tree();
  }

  static HeadcountReason headcountReason(Node node) {
    return HeadcountReason.builder().kind(node.get("kind", EnumNames.HEADCOUNT_KIND::read))
        .replacing(node.find("replacing", Node::text)).build();
  }

  /** The level, the reason and, only when the role needs approval to open, its chain. */
  static Object requisition(Requisition requisition) {
    Obj obj = Obj.of().put("level", level(requisition.level()))
        .put("reason", headcountReason(requisition.reason()));
    if (!requisition.approvalChain().isEmpty()) {
      obj.put("approvalChain", OfferFormats.approvalChain(requisition.approvalChain()));
    }
    return obj.tree();
  }

  static Requisition requisition(Node node) {
    return Requisition.builder().level(node.get("level", RoleFormats::level))
        .reason(node.get("reason", RoleFormats::headcountReason))
        .approvalChain(node.find("approvalChain", OfferFormats::approvalChain)
            .orElse(ApprovalChain.none()))
        .build();
  }
}
