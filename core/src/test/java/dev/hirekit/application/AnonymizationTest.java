package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.ALICE;
import static dev.hirekit.application.Fixtures.APP;
import static dev.hirekit.application.Fixtures.APPROVER_CEO;
import static dev.hirekit.application.Fixtures.APPROVER_FINANCE;
import static dev.hirekit.application.Fixtures.BOB;
import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.INTERVIEWER_BOB;
import static dev.hirekit.application.Fixtures.OFFER;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.applied;
import static dev.hirekit.application.Fixtures.openRole;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.terms;
import static dev.hirekit.application.Fixtures.twoOfTwo;
import static dev.hirekit.role.SeedRole.INTERVIEWS;
import static dev.hirekit.role.SeedRole.NON_TECHNICAL_INTERVIEW;
import static dev.hirekit.role.SeedRole.OPENING;
import static dev.hirekit.role.SeedRole.ROLE;
import static dev.hirekit.role.SeedRole.SCREEN;
import static dev.hirekit.role.SeedRole.TAKE_HOME;
import static dev.hirekit.role.SeedRole.TECHNICAL_INTERVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Policy;
import dev.hirekit.actor.RolePolicy;
import dev.hirekit.application.ApplicationEvent.Applied;
import dev.hirekit.application.ApplicationEvent.Converted;
import dev.hirekit.application.ApplicationEvent.OfferApprovalDeclined;
import dev.hirekit.application.ApplicationEvent.OfferDeclined;
import dev.hirekit.application.ApplicationEvent.OfferRescinded;
import dev.hirekit.application.ApplicationEvent.Rejected;
import dev.hirekit.application.ApplicationEvent.Reopened;
import dev.hirekit.application.ApplicationEvent.Skipped;
import dev.hirekit.application.ApplicationEvent.Unhired;
import dev.hirekit.application.ApplicationEvent.Withdrawn;
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
import dev.hirekit.offer.Offer;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AnonymizationTest {

  // ---------------------------------------------------------------- candidates

  private static final Candidate ADA = Candidate.builder()
      .id(CandidateId.of("cand-42"))
      .name("Ada Lovelace")
      .contact(Contact.builder().addEmail("ada@example.com").addPhone("+44 20 7946 0958")
          .addLink(URI.create("https://example.com/ada")).build())
      .source(Source.agency("Acme Talent"))
      .addTag("java")
      .addTag("remote")
      .consent(Consent.of(Instant.parse("2026-01-05T10:00:00Z")))
      .build();

  @Test
  void anAnonymizedCandidateIsNamedByTheHashOfTheIdAndHasNoContact() {
    Candidate anon = ADA.anonymize();

    assertThat(anon.name()).isEqualTo("Candidate 007da05458");
    assertThat(anon.contact()).isEqualTo(Contact.empty());
    assertThat(anon.id()).isEqualTo(ADA.id());
    assertThat(anon.source()).isEqualTo(Source.builder().kind(SourceKind.AGENCY).build());
    assertThat(anon.tags()).isEmpty();
    assertThat(anon.consent()).contains(Consent.of(Instant.parse("2026-01-05T10:00:00Z")));
    assertThat(anon.isAnonymized()).isTrue();
    assertThat(ADA.isAnonymized()).isFalse();
    assertThat(ADA.name()).isEqualTo("Ada Lovelace");
  }

  @Test
  void thePseudonymDependsOnTheIdOnly() {
    assertThat(Candidate.pseudonymOf(CandidateId.of("cand-42"))).isEqualTo("Candidate 007da05458");
    assertThat(Candidate.of(CandidateId.of("cand-42"), "Someone Else").anonymize().name())
        .isEqualTo("Candidate 007da05458");
    assertThat(Candidate.pseudonymOf(CandidateId.of("cand-43"))).isEqualTo("Candidate 7c06cac316");
  }

  @Test
  void anonymizingACandidateTwiceChangesNothing() {
    Candidate anon = ADA.anonymize();
    assertThat(anon.anonymize()).isEqualTo(anon);
  }

  @Test
  void aCandidateWithOnlyTheNameReplacedIsNotAnonymized() {
    assertThat(ADA.withName("Candidate 007da05458").isAnonymized()).isFalse();
    assertThat(ADA.withContact(Contact.empty()).isAnonymized()).isFalse();
  }

  // ---------------------------------------------------------------- applications

  /** The seed plan with an optional take-home. */
  private static Role role() {
    InterviewPlan plan = SeedRole.plan();
    return SeedRole.role(plan.withStages(plan.stages().stream()
        .map(s -> s.id().equals(TAKE_HOME) ? s.withOptional(true) : s)
        .collect(Collectors.toList()))).open(dev.hirekit.actor.Actor.system(), t(-24));
  }

  private static Reference reference(String referee, String notes) {
    Reference reference = Reference.builder().referee(referee)
        .relationship(RefereeRelationship.MANAGER).outcome(ReferenceOutcome.POSITIVE)
        .checkedBy(MemberId.of("rec-1")).build();
    return notes == null ? reference : reference.withNotes(notes);
  }

  /** Every kind of free text, most of them naming people, from apply to unhire. */
  private static Application storied() {
    return Application.apply(APP, CANDIDATE_ID, role(), RECRUITER, t(0), SCREEN,
            "referred by Grace Hopper")
        .skip(RECRUITER, t(1), "Ada did the take-home for Grace's team last year")
        .submitScorecard(INTERVIEWER_ALICE, t(2), Scorecard.builder()
            .interview(TECHNICAL_INTERVIEW).interviewer(ALICE)
            .recommendation(Recommendation.STRONG_YES).notes("Ada debugged it in minutes")
            .addRating(AttributeRating.of("as good as Grace", 4))
            .addRating(AttributeRating.of("debugging", 3))
            .build())
        .submitScorecard(INTERVIEWER_BOB, t(3), Scorecard.builder()
            .interview(NON_TECHNICAL_INTERVIEW).interviewer(BOB)
            .recommendation(Recommendation.YES).build())
        .reject(RECRUITER, t(4), RejectionReason.of(RejectionSide.WE_REJECTED, "below-bar")
            .withNote("Grace disagrees"))
        .reopen(RECRUITER, t(5), "Grace Hopper vouched for Ada")
        .advance(RECRUITER, t(6))
        .recordReference(RECRUITER, t(7), reference("Grace Hopper", "call her on +1 555 0100"))
        .recordReference(RECRUITER, t(8), reference("Alan Turing", null))
        .recordReference(RECRUITER, t(9), reference("Grace Hopper", "called back"))
        .advance(RECRUITER, t(10))
        .draftOffer(RECRUITER, t(11), OFFER, terms("185000"), t(500), twoOfTwo())
        .submitOfferForApproval(RECRUITER, t(12))
        .approveOffer(APPROVER_FINANCE, t(13))
        .declineOfferApproval(APPROVER_CEO, t(14), "Ada asked for more than Grace earns")
        .submitOfferForApproval(RECRUITER, t(15))
        .approveOffer(APPROVER_FINANCE, t(16))
        .approveOffer(APPROVER_CEO, t(17))
        .extendOffer(RECRUITER, t(18))
        .rescindOffer(RECRUITER, t(19), "Grace objected")
        .reviseOffer(RECRUITER, t(20), terms("190000"), t(500))
        .submitOfferForApproval(RECRUITER, t(21))
        .approveOffer(APPROVER_FINANCE, t(22))
        .approveOffer(APPROVER_CEO, t(23))
        .extendOffer(RECRUITER, t(24))
        .declineOffer(CANDIDATE, t(25), "Ada wants more")
        .reviseOffer(RECRUITER, t(26), terms("200000"), t(500))
        .submitOfferForApproval(RECRUITER, t(27))
        .approveOffer(APPROVER_FINANCE, t(28))
        .approveOffer(APPROVER_CEO, t(29))
        .extendOffer(RECRUITER, t(30))
        .acceptOffer(CANDIDATE, t(31))
        .hire(role(), RECRUITER, t(32), OPENING)
        .unhire(RECRUITER, t(33), UnhireReason.HIRE_REVERSED, "Ada's background check failed");
  }

  @Test
  void anonymizingAnApplicationErasesEveryFreeTextOfItsHistory() {
    Application app = storied();
    Application anon = app.anonymize();

    assertThat(anon.history().get(0)).isEqualTo(new Applied(APP, 1, CANDIDATE_ID, ROLE,
        role().plan().orElseThrow(), role().hiringTeam(), SCREEN, Optional.of("(erased)"), t(0), RECRUITER));
    assertThat(anon.history().get(1)).isEqualTo(new Skipped(APP, 2, SCREEN, INTERVIEWS,
        List.of(TAKE_HOME), "(erased)", t(1), RECRUITER));
    assertThat(anon.history().get(4)).isEqualTo(new Rejected(APP, 5,
        RejectionReason.of(RejectionSide.WE_REJECTED, "(erased)"), t(4), RECRUITER));
    assertThat(anon.history().get(5)).isEqualTo(new Reopened(APP, 6, Optional.of(INTERVIEWS),
        "(erased)", t(5), RECRUITER));
    assertThat(anon.history().get(14)).isEqualTo(new OfferApprovalDeclined(APP, 15, OFFER, 1, "(erased)", t(14),
        APPROVER_CEO));
    assertThat(anon.history().get(19)).isEqualTo(new OfferRescinded(APP, 20, OFFER, 1, "(erased)", t(19),
        RECRUITER));
    assertThat(anon.history().get(25)).isEqualTo(new OfferDeclined(APP, 26, OFFER, 2, "(erased)", t(25),
        CANDIDATE));
    assertThat(anon.history().get(33)).isEqualTo(new Unhired(APP, 34, OPENING,
        UnhireReason.HIRE_REVERSED, "(erased)", t(33), RECRUITER));

    assertThat(anon.scorecards()).extracting(Scorecard::notes)
        .containsExactly(Optional.empty(), Optional.empty());
    assertThat(anon.scorecards()).extracting(Scorecard::recommendation)
        .containsExactly(Recommendation.STRONG_YES, Recommendation.YES);
    assertThat(anon.scorecards().get(0).ratings())
        .containsExactly(AttributeRating.of("attribute 1", 4), AttributeRating.of("attribute 2", 3));
    assertThat(anon.references()).extracting(Reference::referee)
        .containsExactly("Referee 1", "Referee 2", "Referee 1");
    assertThat(anon.references()).extracting(Reference::notes)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(anon.references()).extracting(Reference::relationship, Reference::outcome)
        .isEqualTo(app.references().stream()
            .map(r -> org.assertj.core.groups.Tuple.tuple(r.relationship(), r.outcome()))
            .collect(Collectors.toList()));
    assertThat(anon.offers()).extracting(o -> o.version() + " " + o.status() + " "
            + o.reason().orElse("-"))
        .containsExactly("1 SUPERSEDED (erased)", "2 SUPERSEDED (erased)",
            "3 RESCINDED hire reversed");
    assertThat(app.offers()).extracting(o -> o.version() + " " + o.status() + " "
            + o.reason().orElse("-"))
        .containsExactly("1 SUPERSEDED Grace objected", "2 SUPERSEDED Ada wants more",
            "3 RESCINDED hire reversed");
    assertThat(anon.rejection()).contains(
        RejectionReason.of(RejectionSide.WE_REJECTED, "hire-reversed"));
  }

  @Test
  void anonymizingAnApplicationKeepsItsStateAndEveryEventsTypeTimeAndActor() {
    Application app = storied();
    Application anon = app.anonymize();

    assertThat(anon.status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(anon.stage()).isEqualTo(app.stage());
    assertThat(anon.stageVisits()).isEqualTo(app.stageVisits());
    assertThat(anon.offers()).extracting(Offer::id, Offer::version, Offer::status,
            Offer::compensation, Offer::expiresAt, Offer::approvals)
        .isEqualTo(app.offers().stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.id(),
            o.version(), o.status(), o.compensation(), o.expiresAt(), o.approvals()))
            .collect(Collectors.toList()));
    assertThat(anon.history()).extracting(e -> e.getClass().getSimpleName() + " " + e.at()
            + " " + e.by())
        .isEqualTo(app.history().stream().map(e -> e.getClass().getSimpleName() + " " + e.at()
            + " " + e.by()).collect(Collectors.toList()));
    assertThat(anon).hasToString(app.toString()).hasToString("Application{app-7 REJECTED at"
        + " offer}");
    assertThat(Application.replay(anon.history())).isEqualTo(anon);
    assertThat(anon.anonymize()).isSameAs(anon);
  }

  @Test
  void anonymizingAWithdrawnProspectErasesTheEntryAndWithdrawalReasons() {
    Application app = Application.prospect(APP, CANDIDATE_ID, role(), RECRUITER, t(0))
        .convert(role(), RECRUITER, t(1), INTERVIEWS, "Grace referred Ada")
        .withdraw(CANDIDATE, t(2), "Ada moved to Lisbon");
    Application anon = app.anonymize();

    assertThat(anon.history().subList(1, 3)).containsExactly(
        new Converted(APP, 2, INTERVIEWS, Optional.of("(erased)"), t(1), RECRUITER),
        new Withdrawn(APP, 3, "(erased)", t(2), CANDIDATE));
    assertThat(anon.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(anon.stage()).contains(INTERVIEWS);
  }

  @Test
  void anApplicationWithoutFreeTextIsItsOwnAnonymization() {
    Application app = applied().advance(RECRUITER, t(1));
    assertThat(app.anonymize()).isSameAs(app);
  }

  @Test
  void anonymizingReplaysUnderTheApplicationsOwnPolicies() {
    Policy<ApplicationAction, Application> coordinatorsReject = RolePolicy.builder(ApplicationAction.class)
        .allow(ApplicationAction.REJECT, HiringRole.COORDINATOR)
        .allowCandidate(ApplicationAction.APPLY)
        .build();
    Application app = applied().withPolicy(coordinatorsReject)
        .reject(COORDINATOR, t(1), RejectionReason.of(RejectionSide.WE_REJECTED, "below-bar")
            .withNote("Grace says no"));
    Application anon = app.anonymize();

    assertThat(anon.policy()).isSameAs(coordinatorsReject);
    assertThat(anon.offerPolicy()).isSameAs(app.offerPolicy());
    assertThat(anon.rejection()).contains(
        RejectionReason.of(RejectionSide.WE_REJECTED, "(erased)"));
  }

  @Test
  void anonymizingErasesRejectionCodesAndRatingAttributes() {
    Application app = storied();
    Application anon = app.anonymize();

    assertThat(((Rejected) app.history().get(4)).reason().code()).isEqualTo("below-bar");
    assertThat(((Rejected) anon.history().get(4)).reason().code()).isEqualTo(Application.ERASED);
    assertThat(app.scorecards().get(0).ratings()).extracting(AttributeRating::attribute)
        .containsExactly("as good as Grace", "debugging");
    assertThat(anon.scorecards().get(0).ratings()).extracting(AttributeRating::attribute)
        .containsExactly("attribute 1", "attribute 2");
    assertThat(anon.anonymize()).isEqualTo(anon);
  }

  @Test
  void anonymizingACandidateErasesTagsAndTheAgencyOrEventName() {
    Candidate met = ADA.withSource(Source.event("Grace's meetup")).withTags(List.of("grace's pick"));
    Candidate anon = met.anonymize();

    assertThat(anon.tags()).isEmpty();
    assertThat(anon.source().kind()).isEqualTo(SourceKind.EVENT);
    assertThat(anon.source().event()).isEmpty();
    assertThat(anon.isAnonymized()).isTrue();
    assertThat(met.withName(anon.name()).withContact(Contact.empty()).isAnonymized()).isFalse();
    assertThat(anon.withTags(List.of("x")).isAnonymized()).isFalse();
    assertThat(anon.anonymize()).isSameAs(anon);
  }
}
