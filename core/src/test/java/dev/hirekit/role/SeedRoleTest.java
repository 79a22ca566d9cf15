package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageKind;
import dev.hirekit.plan.TimeBox;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeedRoleTest {

  @Test
  void theRoleIsAnOnSiteFullTimeEngineeringRoleInSanFrancisco() {
    Posting posting = SeedRole.role().posting();

    assertThat(posting.title()).isEqualTo("Forward-Deployed Engineer");
    assertThat(posting.department()).isEqualTo("Engineering");
    assertThat(posting.locations()).containsExactly(Location.of("San Francisco", "CA", "US"));
    assertThat(posting.workplaceType()).isEqualTo(WorkplaceType.ON_SITE);
    assertThat(posting.remotePolicy()).isEmpty();
    assertThat(posting.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
  }

  @Test
  void payIsDescribedWithoutNumbers() {
    Posting posting = SeedRole.role().posting();

    assertThat(posting.payRange()).isEmpty();
    assertThat(posting.compensationNote()).hasValueSatisfying(note ->
        assertThat(note).containsIgnoringCase("pay").containsIgnoringCase("equity")
            .doesNotContainPattern("[0-9]"));
  }

  @Test
  void theRoleHasOneOpenOpening() {
    Role role = SeedRole.role();

    assertThat(role.openings()).containsExactly(Opening.open(SeedRole.OPENING));
    assertThat(role.openOpenings()).containsExactly(Opening.open(SeedRole.OPENING));
    assertThat(role.plan()).contains(SeedRole.plan());
  }

  @Test
  void thePlanHasSixStagesInOrder() {
    InterviewPlan plan = SeedRole.plan();

    assertThat(plan.stages()).extracting(Stage::id).containsExactly(SeedRole.APPLICATION,
        SeedRole.SCREEN, SeedRole.TAKE_HOME, SeedRole.INTERVIEWS, SeedRole.REFERENCES,
        SeedRole.OFFER);
    assertThat(plan.stages()).extracting(Stage::kind).containsExactly(
        StageKind.APPLICATION_REVIEW, StageKind.SCREEN, StageKind.ASSESSMENT,
        StageKind.INTERVIEW, StageKind.REFERENCE_CHECK, StageKind.OFFER);
    assertThat(plan.stagesOfKind(StageKind.CUSTOM)).isEmpty();
    assertThat(plan.stages()).allSatisfy(s -> assertThat(s.customKind()).isEmpty());
    assertThat(plan.stages()).noneMatch(Stage::optional);
  }

  @Test
  void theScreenIsAboutHalfAnHourByPhoneOrVideo() {
    Stage screen = SeedRole.plan().stage(SeedRole.SCREEN).orElseThrow();

    assertThat(screen.formats()).containsExactlyInAnyOrder(StageFormat.PHONE, StageFormat.VIDEO);
    assertThat(screen.timeBox()).contains(TimeBox.about(Duration.ofMinutes(30)));
  }

  @Test
  void theTakeHomeIsAsyncAndAtMostTwoHours() {
    Stage takeHome = SeedRole.plan().stage(SeedRole.TAKE_HOME).orElseThrow();

    assertThat(takeHome.kind()).isEqualTo(StageKind.ASSESSMENT);
    assertThat(takeHome.formats()).containsExactly(StageFormat.ASYNC);
    assertThat(takeHome.timeBox()).hasValueSatisfying(box -> {
      assertThat(box.bound()).isEqualTo(TimeBox.Bound.AT_MOST);
      assertThat(box.duration()).isEqualTo(Duration.ofHours(2));
    });
  }

  @Test
  void theCandidateChoosesOnSiteOrVideoInterviewsOfAFewHours() {
    Stage interviews = SeedRole.plan().stage(SeedRole.INTERVIEWS).orElseThrow();

    assertThat(interviews.candidateChooses()).isTrue();
    assertThat(interviews.formats())
        .containsExactlyInAnyOrder(StageFormat.ON_SITE, StageFormat.VIDEO);
    assertThat(interviews.timeBox()).contains(TimeBox.about(Duration.ofHours(3)));
    assertThat(interviews.interviews()).extracting(Interview::focus)
        .containsExactlyInAnyOrder(InterviewFocus.TECHNICAL, InterviewFocus.NON_TECHNICAL);
  }

  @Test
  void theRoleIsADraftOfThreeEventsBySystem() {
    Role role = SeedRole.role();

    assertThat(role.status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(role.version()).isEqualTo(3);
    assertThat(role.history()).extracting(RoleEvent::type)
        .containsExactly("role.drafted", "role.plan_set", "role.opening_added");
    assertThat(role.history()).allSatisfy(e -> {
      assertThat(e.by()).isEqualTo(Actor.system());
      assertThat(e.at()).isEqualTo(SeedRole.DRAFTED);
    });
    assertThat(role.posting()).isEqualTo(SeedRole.posting());
    assertThat(SeedRole.unplanned().plan()).isEmpty();
    assertThat(SeedRole.unplanned().openOpenings()).hasSize(1);
    assertThat(SeedRole.role(RoleId.of("other")).id()).isEqualTo(RoleId.of("other"));
    assertThat(SeedRole.role(RoleId.of("other")).plan()).contains(SeedRole.plan());
  }

  @Test
  void theSeedIsStable() {
    assertThat(SeedRole.role()).isEqualTo(SeedRole.role());
    assertThat(SeedRole.role().hashCode()).isEqualTo(SeedRole.role().hashCode());
  }
}
