package dev.hirekit.json.conformance;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.StageVisit;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalChain;
import dev.hirekit.offer.ApprovalMode;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningCloseReason;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.OpeningStatus;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.TimeZoneWindow;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.testing.Actors;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Candidates;
import dev.hirekit.testing.Feedback;
import dev.hirekit.testing.Moneys;
import dev.hirekit.testing.Offers;
import dev.hirekit.testing.Plans;
import dev.hirekit.testing.Roles;
import dev.hirekit.testing.Teams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * A generator for every type the format knows, from {@code hirekit-testing}: what the
 * round-trip properties draw from, and what the coverage test holds against the list of core's
 * public types.
 */
final class EveryType {
  static final Map<Class<?>, Arbitrary<?>> ARBITRARIES = table();

  private EveryType() {}

  private static Map<Class<?>, Arbitrary<?>> table() {
    Map<Class<?>, Arbitrary<?>> t = new LinkedHashMap<>();
    t.put(ApplicationId.class, Applications.applicationIds());
    t.put(CandidateId.class, Candidates.candidateIds());
    t.put(OfferId.class, Offers.offerIds());
    t.put(InterviewId.class, Plans.interviewIds());
    t.put(StageId.class, Plans.stageIds());
    t.put(OpeningId.class, Roles.openingIds());
    t.put(RoleId.class, Roles.roleIds());
    t.put(MemberId.class, Teams.memberIds());
    for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(
        Actor.Kind.class, ApplicationAction.class, ApplicationStatus.class, RejectionSide.class,
        UnhireReason.class, SourceKind.class, RefereeRelationship.class, ReferenceOutcome.class,
        PayPeriod.class, ApprovalMode.class, EquityKind.class, OfferAction.class,
        OfferStatus.class, InterviewFocus.class, Recommendation.class, StageFormat.class,
        StageKind.class, TimeBox.Bound.class, EmploymentType.class, OpeningCloseReason.class,
        OpeningStatus.class, RoleAction.class, RoleCloseReason.class, RoleStatus.class,
        WorkplaceType.class, HiringRole.class)) {
      t.put(type, Arbitraries.of(type.getEnumConstants()));
    }
    t.put(Money.class, Moneys.money());
    t.put(PayRange.class, Moneys.payRanges());
    t.put(PayRate.class, Moneys.payRates());
    t.put(TeamMember.class, Teams.members());
    t.put(HiringTeam.class, Teams.teams());
    t.put(Actor.class, Actors.actors());
    t.put(RejectionReason.class, Applications.rejectionReasons());
    t.put(TimeBox.class, Plans.timeBoxes());
    t.put(Interview.class, Plans.interviews());
    t.put(Stage.class, Plans.stages());
    t.put(InterviewPlan.class, Plans.plans());
    t.put(Location.class, Roles.locations());
    t.put(TimeZoneWindow.class, Roles.timeZoneWindows());
    t.put(RemotePolicy.class, Roles.remotePolicies());
    t.put(RoleDescription.class, Roles.descriptions());
    t.put(Posting.class, Roles.postings());
    t.put(Opening.class, Roles.openings());
    t.put(Contact.class, Candidates.contacts());
    t.put(Consent.class, Candidates.consents());
    t.put(Source.class, Candidates.sources());
    t.put(Candidate.class, Candidates.candidates());
    t.put(Equity.class, Offers.equities());
    t.put(Compensation.class, Offers.compensations());
    t.put(ApprovalChain.class, Offers.approvalChains());
    t.put(Offer.class, Offers.offers());
    t.put(AttributeRating.class, Feedback.attributeRatings());
    t.put(Scorecard.class, Feedback.scorecards());
    t.put(Reference.class, Feedback.references());
    Arbitrary<Application> applications = Applications.applications();
    t.put(StageVisit.class, applications.filter(a -> !a.stageVisits().isEmpty())
        .flatMap(a -> Arbitraries.of(a.stageVisits())));
    t.put(ApplicationEvent.class, applications.flatMap(a -> Arbitraries.of(a.history())));
    t.put(RoleEvent.class, Roles.roles().flatMap(r -> Arbitraries.of(r.history())));
    t.put(Application.class, applications);
    t.put(Role.class, Roles.roles());
    return Collections.unmodifiableMap(t);
  }
}
