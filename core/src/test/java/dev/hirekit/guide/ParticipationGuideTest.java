package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Eligibility;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.testing.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section "6. Who may take part", compiled and run. */
class ParticipationGuideTest {

  @Test
  void aShadowInTrainingAttendsTheSystemDesignInterviewButDoesNotScoreIt() {
    Instant t0 = Instant.parse("2026-09-01T09:00:00Z");
    MemberId lead = MemberId.of("staff-engineer");
    MemberId trainee = MemberId.of("new-interviewer");
    Stage onsite = Stage.builder().id(StageId.of("onsite")).name("Onsite loop")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.VIDEO)
        .addInterview(Interview.builder().id(InterviewId.of("system-design"))
            .name("System design").focus(InterviewFocus.TECHNICAL)
            .duration(Duration.ofMinutes(60)).addInterviewer(lead).addShadow(trainee).build())
        .requiredScorecards(1)
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Role role = Role.draft(RoleId.of("backend-engineer"), Roles.seedPosting(), Actor.system(),
            t0)
        .setPlan(Actor.system(), t0, InterviewPlan.of(onsite, offer))
        .addOpening(Actor.system(), t0, OpeningId.of("backend-1"))
        .open(Actor.system(), t0);
    Application app = Application.apply(ApplicationId.of("app-b-1"), CandidateId.of("c-2"),
        role, Actor.candidate(CandidateId.of("c-2")), t0);
    Actor shadow = Actor.member(trainee, HiringRole.INTERVIEWER);

    assertThat(app.allowedActions(shadow)).doesNotContain(ApplicationAction.SUBMIT_SCORECARD);
    Application before = app;
    assertThatThrownBy(() -> before.submitScorecard(shadow, t0.plusSeconds(60),
        Scorecard.builder().interview(InterviewId.of("system-design")).interviewer(trainee)
            .recommendation(Recommendation.YES).build()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("a shadow attends without scoring");

    app = app.submitScorecard(Actor.member(lead, HiringRole.INTERVIEWER), t0.plusSeconds(120),
        Scorecard.builder().interview(InterviewId.of("system-design")).interviewer(lead)
            .recommendation(Recommendation.YES).build());
    // the shadow holds no interview, so they may read the panel's card to learn from it
    assertThat(app.visibleScorecards(trainee, onsite.id())).hasSize(1);
  }

  @Test
  void aFacultySearchLetsOnlyTrainedCommitteeMembersInterview() {
    Instant t0 = Instant.parse("2026-10-05T14:00:00Z");
    // --- docs/modelling.md: begin eligibility
    MemberId chair = MemberId.of("search-chair");
    MemberId trained = MemberId.of("prof-trained");
    MemberId untrained = MemberId.of("prof-untrained");
    Stage talk = Stage.builder().id(StageId.of("job-talk")).name("Job talk")
        .kind(StageKind.INTERVIEW).addFormat(StageFormat.ON_SITE)
        .addInterview(Interview.builder().id(InterviewId.of("talk")).name("Research talk")
            .focus(InterviewFocus.TECHNICAL).duration(Duration.ofMinutes(90))
            .addInterviewer(trained).addInterviewer(untrained).build())
        .build();
    Stage offer = Stage.builder().id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
        .addFormat(StageFormat.ASYNC).build();
    Actor system = Actor.system();
    Role role = Role.draft(RoleId.of("assistant-professor"), Roles.seedPosting(), system, t0)
        .setPlan(system, t0, InterviewPlan.of(talk, offer))
        .setTeam(system, t0, HiringTeam.of(
            TeamMember.of(chair, HiringRole.RECRUITER, HiringRole.HIRING_MANAGER),
            TeamMember.of(trained, HiringRole.INTERVIEWER),
            TeamMember.of(untrained, HiringRole.INTERVIEWER)))
        .addOpening(system, t0, OpeningId.of("ap-1"))
        .open(system, t0);
    // The rule is the university's: it reads the training records it keeps.
    Set<MemberId> trainingRecords = Set.of(chair, trained);
    HiringPolicy policy = HiringPolicy.team(Eligibility.of(HiringRole.INTERVIEWER,
        "completed search-committee training", m -> trainingRecords.contains(m.id())));
    CandidateId candidate = CandidateId.of("c-7");
    Application app = policy.apply(ApplicationId.of("app-f-1"), candidate, role,
        Actor.candidate(candidate), t0);
    Actor untrainedInterviewer = Actor.member(untrained, HiringRole.INTERVIEWER);

    assertThat(app.allowedActions(Actor.member(trained, HiringRole.INTERVIEWER)))
        .contains(ApplicationAction.SUBMIT_SCORECARD);
    assertThat(app.allowedActions(untrainedInterviewer)).isEmpty();
    Application before = app;
    assertThatThrownBy(() -> before.submitScorecard(untrainedInterviewer, t0.plusSeconds(60),
        Scorecard.builder().interview(InterviewId.of("talk")).interviewer(untrained)
            .recommendation(Recommendation.YES).build()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("not eligible as INTERVIEWER (completed search-committee training)");
    // build members' actors from the roles the rules let them act in
    TeamMember member = role.hiringTeam().member(untrained).orElseThrow();
    assertThat(policy.eligibleRoles(member)).isEmpty();
    assertThat(policy.eligibleRoles(role.hiringTeam().member(chair).orElseThrow()))
        .containsExactlyInAnyOrder(HiringRole.RECRUITER, HiringRole.HIRING_MANAGER);
    // --- docs/modelling.md: end eligibility
  }
}
