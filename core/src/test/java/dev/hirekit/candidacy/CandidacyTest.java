package dev.hirekit.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CandidacyTest {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final CandidateId ADA = CandidateId.of("cand-ada");
  static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  static final RoleId SF = RoleId.of("fde-sf");
  static final RoleId NYC = RoleId.of("fde-nyc");
  static final RoleId SALES = RoleId.of("ae-london");
  static final RoleFamily ENGINEERING = RoleFamily.of("engineering");
  static final Map<RoleId, RoleFamily> FAMILIES = Map.of(SF, ENGINEERING, NYC, ENGINEERING,
      SALES, RoleFamily.of("sales"));

  static Role open(RoleId id) {
    return SeedRole.role(id).open(Actor.system(), T0.minus(Duration.ofDays(30)));
  }

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static Application applied(String id, RoleId role, int day) {
    return Application.apply(ApplicationId.of(id), ADA, open(role), Actor.candidate(ADA),
        day(day));
  }

  /** Applied on a day, through screen and take-home the next days, then rejected by us. */
  static Application rejectedAfterTakeHome(String id, RoleId role, int day) {
    return applied(id, role, day).advance(RECRUITER, day(day + 1))
        .advance(RECRUITER, day(day + 2)).advance(RECRUITER, day(day + 3))
        .reject(RECRUITER, day(day + 4), RejectionReason.of(RejectionSide.WE_REJECTED,
            "not-a-fit"));
  }

  @Test
  void withoutRulesOnlyASecondApplicationToTheSameRoleIsRefused() {
    Application active = applied("a-1", SF, 0);
    CandidacyRules none = CandidacyRules.none();

    assertThat(none.check(List.of(active), FAMILIES, Proposal.apply(NYC, day(1))).allowed())
        .isTrue();
    CandidacyVerdict twice = none.check(List.of(active), FAMILIES, Proposal.apply(SF, day(1)));
    assertThat(twice.refusals()).extracting(CandidacyRefusal::rule)
        .containsExactly(CandidacyRule.ALREADY_IN_PROCESS);
    assertThat(twice.refusals().get(0).message()).contains("a-1", "fde-sf", "ACTIVE",
        "carry on with that one");
    assertThat(twice.allowedFrom()).isEmpty();
  }

  @Test
  void aCooldownInTheFamilyHoldsUntilItRunsOutAndNotElsewhere() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY)).build();
    List<Application> history = List.of(rejectedAfterTakeHome("a-1", SF, 0));
    Instant until = day(4).plus(Duration.ofDays(180));

    CandidacyVerdict early = rules.check(history, FAMILIES, Proposal.apply(NYC, day(30)));
    assertThat(early.refusals()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(CandidacyRule.COOLDOWN);
      assertThat(r.until()).contains(until);
      assertThat(r.message()).contains("a-1", "family engineering", "until " + until);
    });
    assertThat(early.allowedFrom()).contains(until);
    assertThat(rules.check(history, FAMILIES, Proposal.apply(NYC, until.minusSeconds(1)))
        .allowed()).isFalse();
    assertThat(rules.check(history, FAMILIES, Proposal.apply(NYC, until)).allowed()).isTrue();
    assertThat(rules.check(history, FAMILIES, Proposal.apply(SALES, day(30))).allowed())
        .isTrue();
    // A role in no family is outside every family's cooldown, but in its own role's.
    assertThat(rules.check(history, Map.of(SF, ENGINEERING), Proposal.apply(NYC, day(30)))
        .allowed()).isTrue();
    assertThat(rules.check(history, Map.of(), Proposal.apply(SF, day(30))).refusals())
        .extracting(CandidacyRefusal::rule).containsExactly(CandidacyRule.COOLDOWN);
  }

  @Test
  void aCooldownAnywhereHoldsForEveryRoleButNotForReopeningTheRejectedApplication() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(90), CooldownScope.ANYWHERE)).build();
    List<Application> history = List.of(rejectedAfterTakeHome("a-1", SF, 0));

    assertThat(rules.check(history, Map.of(), Proposal.apply(SALES, day(30))).refusals())
        .extracting(CandidacyRefusal::rule).containsExactly(CandidacyRule.COOLDOWN);
    assertThat(rules.check(history, Map.of(), Proposal.reopen(ApplicationId.of("a-1"),
        day(30))).allowed()).isTrue();
  }

  @Test
  void onlyOurRejectionsStartACooldown() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(90), CooldownScope.ANYWHERE)).build();
    Application declined = applied("a-1", SF, 0).reject(RECRUITER, day(1),
        RejectionReason.of(RejectionSide.THEY_WITHDREW, "took-another-offer"));
    Application withdrawn = applied("a-2", SALES, 0).withdraw(Actor.candidate(ADA), day(1),
        "moving abroad");

    assertThat(rules.check(List.of(declined, withdrawn), FAMILIES,
        Proposal.apply(NYC, day(2))).allowed()).isTrue();
  }

  @Test
  void theLimitCountsActiveApplicationsOnly() {
    CandidacyRules rules = CandidacyRules.builder().maxInProcess(2).build();
    Application one = applied("a-1", SF, 0);
    Application two = applied("a-2", SALES, 0);
    Application closed = applied("a-3", NYC, 0).withdraw(Actor.candidate(ADA), day(1), "no");

    CandidacyVerdict full = rules.check(List.of(one, two, closed), FAMILIES,
        Proposal.reopen(ApplicationId.of("a-3"), day(2)));
    assertThat(full.refusals()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(CandidacyRule.IN_PROCESS_LIMIT);
      assertThat(r.message()).contains("2 ACTIVE applications,", "(2)", "REOPEN waits");
    });
    assertThat(rules.check(List.of(one, closed), FAMILIES,
        Proposal.reopen(ApplicationId.of("a-3"), day(2))).allowed()).isTrue();
    assertThat(CandidacyRules.builder().maxInProcess(1).build().check(List.of(one, closed),
        FAMILIES, Proposal.reopen(ApplicationId.of("a-3"), day(2))).refusals()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("1 ACTIVE application,"));
  }

  @Test
  void aPassedTakeHomeLetsANewApplicationInTheFamilyEnterPastItWhileItIsValid() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.APPLICATION_REVIEW, Duration.ofDays(365)))
        .addCredit(StageCredit.of(StageKind.SCREEN, Duration.ofDays(365)))
        .addCredit(StageCredit.of(StageKind.ASSESSMENT, Duration.ofDays(180)))
        .build();
    // Advanced out of application review (day 1), screen (day 2), take-home (day 3).
    List<Application> history = List.of(rejectedAfterTakeHome("a-1", SF, 0));
    Proposal pastTakeHome = Proposal.apply(NYC, SeedRole.plan(), SeedRole.INTERVIEWS,
        day(60));

    assertThat(rules.check(history, FAMILIES, pastTakeHome).allowed()).isTrue();
    CandidacyVerdict late = rules.check(history, FAMILIES, Proposal.apply(NYC,
        SeedRole.plan(), SeedRole.INTERVIEWS, day(3).plus(Duration.ofDays(180))));
    assertThat(late.refusals()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(CandidacyRule.STAGE_NOT_CREDITED);
      assertThat(r.message()).contains("take-home", "ASSESSMENT", "enter at take-home");
    });
    assertThat(rules.check(history, FAMILIES, Proposal.apply(SALES, SeedRole.plan(),
        SeedRole.INTERVIEWS, day(60))).refusals()).hasSize(3)
        .allMatch(r -> r.rule() == CandidacyRule.STAGE_NOT_CREDITED);
    assertThat(rules.check(history, Map.of(), Proposal.apply(NYC, SeedRole.plan(),
        SeedRole.INTERVIEWS, day(60))).refusals()).hasSize(3)
        .allSatisfy(r -> assertThat(r.message()).contains("for role fde-nyc (in no family)"));
    // A role is of its own family: applying to the same role again, family or none.
    assertThat(rules.check(history, Map.of(), Proposal.apply(SF, SeedRole.plan(),
        SeedRole.INTERVIEWS, day(60))).allowed()).isTrue();
  }

  @Test
  void aStageKindWithoutACreditNeverCarriesOver() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.ASSESSMENT, Duration.ofDays(180))).build();
    List<Application> history = List.of(rejectedAfterTakeHome("a-1", SF, 0));

    CandidacyVerdict verdict = rules.check(history, FAMILIES, Proposal.apply(NYC,
        SeedRole.plan(), SeedRole.INTERVIEWS, day(10)));
    assertThat(verdict.refusals()).extracting(r -> r.message().substring(0, 18))
        .containsExactly("stage application ", "stage screen (SCRE");
    assertThat(verdict.refusals().get(0).message()).contains("never carry over");
  }

  @Test
  void aProspectConvertsDespiteItselfAndACooldownAnywhereSaysSo() {
    Application prospect = Application.prospect(ApplicationId.of("p-1"), ADA, open(SF),
        RECRUITER, day(0));
    assertThat(CandidacyRules.none().check(List.of(prospect), FAMILIES,
        Proposal.convert(prospect.id(), day(1))).allowed()).isTrue();
    assertThat(CandidacyRules.none().check(List.of(prospect), FAMILIES,
        Proposal.apply(SF, day(1))).refusals()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("convert that prospect instead"));

    CandidacyRules anywhere = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(90), CooldownScope.ANYWHERE)).build();
    assertThat(anywhere.check(List.of(rejectedAfterTakeHome("a-1", SF, 0)), FAMILIES,
        Proposal.apply(SALES, day(30))).refusals()).singleElement()
        .satisfies(r -> assertThat(r.message()).contains("for every role"));
  }

  @Test
  void aStagePassedAfterTheProposedTimeCountsForNothing() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.APPLICATION_REVIEW, Duration.ofDays(365))).build();
    // Advanced out of application review on day 11.
    List<Application> history = List.of(applied("a-1", SF, 10).advance(RECRUITER, day(11)));

    assertThat(rules.check(history, FAMILIES, Proposal.apply(NYC, SeedRole.plan(),
        SeedRole.SCREEN, day(5))).allowed()).isFalse();
    assertThat(rules.check(history, FAMILIES, Proposal.apply(NYC, SeedRole.plan(),
        SeedRole.SCREEN, day(11))).allowed()).isTrue();
  }

  @Test
  void aCooldownThatWouldEndBeyondTheLastInstantHoldsUntilThen() {
    Instant edge = Instant.MAX.minus(Duration.ofDays(10));
    Application rejected = Application.apply(ApplicationId.of("a-1"), ADA, open(SF),
        Actor.candidate(ADA), edge).reject(RECRUITER, edge, RejectionReason.of(
            RejectionSide.WE_REJECTED, "not-a-fit"));
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(30), CooldownScope.ANYWHERE)).build();

    assertThat(rules.check(List.of(rejected), FAMILIES, Proposal.apply(NYC, edge))
        .allowedFrom()).contains(Instant.MAX);
    assertThat(CandidacyRules.later(T0, Duration.ofDays(1))).isEqualTo(day(1));
  }

  @Test
  void theCheckRefusesInputItCannotWeigh() {
    CandidacyRules rules = CandidacyRules.none();
    Application ada = applied("a-1", SF, 0);
    Application bob = Application.apply(ApplicationId.of("b-1"), CandidateId.of("cand-bob"),
        open(NYC), RECRUITER, day(0));

    assertThatThrownBy(() -> rules.check(List.of(ada, bob), FAMILIES, Proposal.apply(SALES,
        day(1)))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("belong to 2 people");
    // Once the records are one person, the same applications are weighed together.
    CandidateMerges merged = CandidateMerges.none().merge(CandidateId.of("cand-bob"), ADA,
        RECRUITER, day(0), "one person with two emails");
    assertThat(rules.check(List.of(ada, bob), FAMILIES, Proposal.apply(NYC, day(1)), merged)
        .refusals()).extracting(CandidacyRefusal::rule)
        .containsExactly(CandidacyRule.ALREADY_IN_PROCESS);
    assertThatThrownBy(() -> rules.check(List.of(ada), FAMILIES, Proposal.apply(NYC, day(1)),
        null)).isInstanceOf(InvalidValueException.class).hasMessageContaining("merges");
    assertThatThrownBy(() -> rules.check(List.of(ada, ada), FAMILIES, Proposal.apply(SALES,
        day(1)))).isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> rules.check(List.of(ada), FAMILIES,
        Proposal.reopen(ApplicationId.of("a-9"), day(1))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("a-9");
    assertThatThrownBy(() -> Proposal.apply(SF, SeedRole.plan(),
        dev.hirekit.plan.StageId.of("nowhere"), day(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("not in the plan");
    assertThatThrownBy(() -> Cooldown.of(Duration.ZERO, CooldownScope.ANYWHERE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("positive");
    assertThatThrownBy(() -> Cooldown.of(Duration.ofDays(36_526), CooldownScope.ANYWHERE))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 36525 days");
    assertThatThrownBy(() -> StageCredit.of(StageKind.SCREEN, Duration.ofDays(36_526)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 36525 days");
    assertThat(StageCredit.of(StageKind.SCREEN, Duration.ofDays(36_525)).validFor())
        .isEqualTo(Duration.ofDays(36_525));
    assertThatThrownBy(() -> CandidacyRules.builder().maxInProcess(0).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.SCREEN, Duration.ofDays(1)))
        .addCredit(StageCredit.of(StageKind.SCREEN, Duration.ofDays(2))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
    java.util.Map<RoleId, RoleFamily> withNull = new java.util.HashMap<>();
    withNull.put(SF, null);
    assertThatThrownBy(() -> rules.check(List.of(ada), withNull, Proposal.apply(NYC, day(1))))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith(
            "CandidacyRules.families: ");
    assertThatThrownBy(() -> rules.check(java.util.Arrays.asList(ada, null), FAMILIES,
        Proposal.apply(NYC, day(1)))).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("CandidacyRules.applications: ");
    assertThatThrownBy(() -> rules.check(null, FAMILIES, Proposal.apply(NYC, day(1))))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> rules.check(List.of(ada), FAMILIES, null))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Proposal(ProposalKind.REOPEN, Optional.of(SF),
        Optional.of(ApplicationId.of("a-1")), Optional.empty(), Optional.empty(), day(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("the application's own");
    assertThatThrownBy(() -> new Proposal(ProposalKind.APPLY, Optional.of(SF),
        Optional.of(ApplicationId.of("a-1")), Optional.empty(), Optional.empty(), day(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("no id yet");
    assertThatThrownBy(() -> new Proposal(ProposalKind.CONVERT, Optional.empty(),
        Optional.of(ApplicationId.of("a-1")), Optional.of(SeedRole.plan()),
        Optional.of(SeedRole.SCREEN), day(1))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("only a new application or a transfer chooses");
    assertThatThrownBy(() -> new Proposal(ProposalKind.APPLY, Optional.of(SF),
        Optional.empty(), Optional.of(SeedRole.plan()), Optional.empty(), day(1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("the plan that holds");
    assertThatThrownBy(() -> new CandidacyRefusal(CandidacyRule.COOLDOWN, " ",
        Optional.empty())).isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("CandidacyRefusal.message: ");
  }

  @Test
  void messagesSayDurationsInDaysWhenTheyAreWholeDays() {
    assertThat(CandidacyRules.spoken(Duration.ofDays(90))).isEqualTo("90 days");
    assertThat(CandidacyRules.spoken(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(CandidacyRules.spoken(Duration.ofHours(36))).isEqualTo("PT36H");
    CandidacyRules rules = CandidacyRules.builder()
        .addCooldown(Cooldown.of(Duration.ofDays(90), CooldownScope.ANYWHERE)).build();
    Application rejected = applied("a-1", SF, 0).reject(RECRUITER, day(1),
        RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    assertThat(rules.check(List.of(rejected), FAMILIES, Proposal.apply(NYC, day(2)))
        .refusals().get(0).message()).contains("the cooldown of 90 days for every role");
  }

  @Test
  void aTransferStaysInItsFamilyAndMayEnterPastStagesItsOwnPassesCredit() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.SCREEN, Duration.ofDays(90)))
        .addCredit(StageCredit.of(StageKind.APPLICATION_REVIEW, Duration.ofDays(90)))
        .maxInProcess(1).build();
    Application atTakeHome = applied("a-1", SF, 0).advance(RECRUITER, day(1))
        .advance(RECRUITER, day(2));
    ApplicationId id = atTakeHome.id();

    assertThat(rules.check(List.of(atTakeHome), FAMILIES,
        Proposal.transfer(id, NYC, SeedRole.plan(), SeedRole.TAKE_HOME, day(3))).allowed())
        .as("its own passes of review and screen on SF, in the same family").isTrue();
    assertThat(rules.check(List.of(atTakeHome), FAMILIES,
        Proposal.transfer(id, NYC, SeedRole.plan(), SeedRole.INTERVIEWS, day(3))).refusals())
        .extracting(CandidacyRefusal::rule).containsExactly(CandidacyRule.STAGE_NOT_CREDITED);
    CandidacyVerdict sales = rules.check(List.of(atTakeHome), FAMILIES,
        Proposal.transfer(id, SALES, day(3)));
    assertThat(sales.refusals()).singleElement().satisfies(r -> {
      assertThat(r.rule()).isEqualTo(CandidacyRule.OUTSIDE_FAMILY);
      assertThat(r.message()).contains("role ae-london (family sales)", "a-1",
          "fde-sf (family engineering)", "apply to ae-london instead");
    });
    assertThat(rules.check(List.of(atTakeHome), Map.of(), Proposal.transfer(id, NYC, day(3)))
        .refusals()).singleElement().satisfies(r -> assertThat(r.message())
            .contains("(in no family)"));
    assertThat(rules.check(List.of(atTakeHome), FAMILIES, Proposal.transfer(id, SF, day(3)))
        .refusals()).singleElement().satisfies(r -> {
          assertThat(r.rule()).isEqualTo(CandidacyRule.ALREADY_IN_PROCESS);
          assertThat(r.message()).contains("already on role fde-sf");
        });
    Application inNyc = applied("a-2", NYC, 0);
    assertThat(CandidacyRules.none().check(List.of(atTakeHome, inNyc), FAMILIES,
        Proposal.transfer(id, NYC, day(3))).refusals()).extracting(CandidacyRefusal::rule)
        .containsExactly(CandidacyRule.ALREADY_IN_PROCESS);
  }

  @Test
  void aPassCountsForTheRoleTheApplicationWasOnWhenItPassed() {
    CandidacyRules rules = CandidacyRules.builder()
        .addCredit(StageCredit.of(StageKind.APPLICATION_REVIEW, Duration.ofDays(90))).build();
    // passed review on SF (engineering), then moved to the sales role and closed there
    Application moved = applied("a-1", SF, 0).advance(RECRUITER, day(1))
        .transfer(open(SALES), RECRUITER, day(2), "asked for sales")
        .withdraw(Actor.candidate(ADA), day(3), "no");
    assertThat(rules.check(List.of(moved), FAMILIES,
        Proposal.apply(NYC, SeedRole.plan(), SeedRole.SCREEN, day(4))).allowed()).isTrue();
    assertThat(rules.check(List.of(moved), FAMILIES, Proposal.apply(RoleId.of("ae-paris"),
        SeedRole.plan(), SeedRole.SCREEN, day(4))).allowed()).isFalse();
  }
}
