package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.OFFER;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Requirement;
import dev.hirekit.plan.RequirementKind;
import dev.hirekit.plan.Stage;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.testing.Applications;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Requirements of a plan (right to work, citizenship, clearance) are checked per application; a
 * stage that requires one is left forward, and the offer stage hires, only once it is met.
 */
class RequirementTest {
  static final Requirement WORK = Requirement.builder().name("us-work-authorisation")
      .kind(RequirementKind.RIGHT_TO_WORK)
      .description("Authorised to work in the US without sponsorship").build();
  static final Requirement CLEARANCE = Requirement.of("secret", RequirementKind.SECURITY_CLEARANCE);

  /** The seed plan: the screen requires the right to work, the offer the clearance too. */
  static InterviewPlan plan() {
    InterviewPlan seed = SeedRole.plan();
    return InterviewPlan.builder().from(seed).requirements(List.of(WORK, CLEARANCE))
        .stages(seed.stages().stream().map(s -> s.id().equals(SeedRole.SCREEN)
                ? Stage.builder().from(s).addRequires(WORK.name()).build()
                : s.id().equals(SeedRole.OFFER)
                    ? Stage.builder().from(s).addRequires(WORK.name(), CLEARANCE.name()).build()
                    : s)
            .collect(Collectors.toList()))
        .build();
  }

  static Role role() {
    return Applications.role(plan());
  }

  static Application atScreen() {
    return Application.apply(Fixtures.APP, CANDIDATE_ID, role(), CANDIDATE, t(0))
        .advance(RECRUITER, t(1));
  }

  @Test
  void aStageThatRequiresTheRightToWorkHoldsUntilItIsCheckedAsMet() {
    Application app = atScreen();

    assertThat(app.allowedActions(RECRUITER)).contains(ApplicationAction.CHECK_REQUIREMENT)
        .doesNotContain(ApplicationAction.ADVANCE);
    assertThatThrownBy(() -> app.advance(RECRUITER, t(2)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage screen requires [us-work-authorisation] checked, not"
            + " checked yet");

    Application notMet = app.checkRequirement(RECRUITER, t(2), WORK.name(),
        RequirementOutcome.NOT_MET);
    assertThatThrownBy(() -> notMet.advance(RECRUITER, t(3)))
        .hasMessageContaining("stage screen requires [us-work-authorisation] met, checked as"
            + " not met");
    assertThat(notMet.allowedActions(RECRUITER)).contains(ApplicationAction.REJECT)
        .doesNotContain(ApplicationAction.ADVANCE);

    Application met = notMet.checkRequirement(COORDINATOR, t(4), WORK.name(),
        RequirementOutcome.MET);
    assertThat(met.requirementOutcomes()).containsExactly(
        java.util.Map.entry(WORK.name(), RequirementOutcome.MET));
    assertThat(met.advance(RECRUITER, t(5)).stage()).contains(SeedRole.TAKE_HOME);
  }

  @Test
  void noMoveForwardPassesARequirementNotMet() {
    Application app = atScreen();

    assertThat(app.moveTargets()).containsExactly(SeedRole.APPLICATION);
    assertThatThrownBy(() -> app.moveTo(RECRUITER, t(2), SeedRole.TAKE_HOME))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(app.checkRequirement(RECRUITER, t(2), WORK.name(), RequirementOutcome.MET)
        .moveTargets()).containsExactly(SeedRole.APPLICATION, SeedRole.TAKE_HOME);
  }

  @Test
  void theOfferStageHiresOnlyWithEveryRequirementItNamesMet() {
    Role role = role();
    Application app = Application.apply(Fixtures.APP, CANDIDATE_ID, role, CANDIDATE, t(0))
        .checkRequirement(RECRUITER, t(0), WORK.name(), RequirementOutcome.MET);
    for (int i = 1; i <= 5; i++) {
      app = app.advance(RECRUITER, t(i));
    }
    Application accepted = app.draftOffer(RECRUITER, t(6), OFFER, terms("185000"), t(24 * 14),
        ApprovalChain.none()).extendOffer(RECRUITER, t(7)).acceptOffer(CANDIDATE, t(8));

    assertThat(accepted.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.HIRE);
    assertThatThrownBy(() -> accepted.hire(role, RECRUITER, t(9), role.openOpenings().get(0).id()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage offer requires [secret] checked, not checked yet");

    Application refused = accepted.checkRequirement(RECRUITER, t(9), WORK.name(),
        RequirementOutcome.NOT_MET);
    assertThatThrownBy(() -> refused.hire(role, RECRUITER, t(9), role.openOpenings().get(0).id()))
        .hasMessageContaining("stage offer requires [us-work-authorisation] met, checked as not"
            + " met, and [secret] checked, not checked yet");
    Application cleared = accepted.checkRequirement(RECRUITER, t(9), CLEARANCE.name(),
        RequirementOutcome.MET);
    assertThat(cleared.allowedActions(RECRUITER)).contains(ApplicationAction.HIRE);
    assertThat(cleared.hire(role, RECRUITER, t(10), role.openOpenings().get(0).id()).status())
        .isEqualTo(ApplicationStatus.HIRED);
  }

  @Test
  void onlyARequirementOfThePlanIsChecked() {
    Application app = atScreen();

    assertThat(app.requirementTargets(RECRUITER)).containsExactly(WORK.name(), CLEARANCE.name());
    assertThat(app.requirementTargets(INTERVIEWER_ALICE)).isEmpty();
    assertThatThrownBy(() -> app.checkRequirement(RECRUITER, t(2), "visa",
        RequirementOutcome.MET))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("plan v1 has no requirement 'visa'; its requirements are"
            + " [us-work-authorisation, secret]");
    assertThatThrownBy(() -> app.checkRequirement(CANDIDATE, t(2), WORK.name(),
        RequirementOutcome.MET))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> app.checkRequirement(RECRUITER, t(2), "NMC PIN",
        RequirementOutcome.MET))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("RequirementChecked.requirement: has U+0020 at position 4");
  }

  @Test
  void aPlanWithoutRequirementsOffersNoCheck() {
    Application app = Fixtures.applied();

    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.CHECK_REQUIREMENT);
    assertThat(app.requirementOutcomes()).isEmpty();
    assertThatThrownBy(() -> app.checkRequirement(RECRUITER, t(1), WORK.name(),
        RequirementOutcome.MET))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("requires a requirement of the plan");
  }

  @Test
  void theOutcomeNeverShowsInToStringAndSurvivesAnonymization() {
    Application app = atScreen().checkRequirement(RECRUITER, t(2), WORK.name(),
        RequirementOutcome.NOT_MET);
    ApplicationEvent last = app.history().get(app.history().size() - 1);

    assertThat(last.type()).isEqualTo("application.requirement_checked");
    assertThat(last.toString()).contains("outcome=<redacted>").doesNotContain("NOT_MET");
    assertThat(app.anonymize().requirementOutcomes())
        .containsEntry(WORK.name(), RequirementOutcome.NOT_MET);
    assertThat(Application.replay(app.history())).isEqualTo(app);
  }

  @Test
  void aPlanRefusesAStageRequiringWhatItDoesNotHold() {
    InterviewPlan seed = SeedRole.plan();
    List<Stage> stages = seed.stages().stream().map(s -> s.id().equals(SeedRole.OFFER)
        ? Stage.builder().from(s).requires(Set.of("citizenship")).build() : s).toList();

    assertThatThrownBy(() -> seed.withStages(stages))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterviewPlan.stages: stage offer requires 'citizenship', which is not a"
            + " requirement of the plan; add it to the plan's requirements");
    assertThatThrownBy(() -> InterviewPlan.builder().from(seed)
        .requirements(List.of(WORK, WORK)).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Requirement.builder().name("work").kind(RequirementKind.OTHER)
        .description(" ").build())
        .isInstanceOf(InvalidValueException.class);
  }
}
