package dev.hirekit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.Artifact;
import dev.hirekit.application.Checksum;
import dev.hirekit.application.ChecksumAlgorithm;
import dev.hirekit.application.SubmittedArtifact;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageFormat;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Applications;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The example of docs/modelling.md, section 5, "Artifacts". */
class ArtifactGuideTest {
  @Test
  void aCivilServiceCompetitionAsksForMaterial() {
    // --- docs/modelling.md: begin
    StageId sift = StageId.of("sift");
    StageId exercise = StageId.of("written-exercise");
    StageId panel = StageId.of("panel");
    StageId offer = StageId.of("offer");
    InterviewPlan plan = InterviewPlan.of(
        Stage.builder().id(sift).name("Sift against the criteria")
            .kind(StageKind.APPLICATION_REVIEW).addFormat(StageFormat.ASYNC)
            .addAsks(ArtifactAsk.of("cv", ArtifactKind.CV),
                ArtifactAsk.of("statement", ArtifactKind.WRITTEN_ANSWERS),
                ArtifactAsk.optional("portfolio", ArtifactKind.PORTFOLIO))
            .build(),
        Stage.builder().id(exercise).name("Written policy exercise")
            .kind(StageKind.ASSESSMENT).addFormat(StageFormat.ASYNC)
            .addAsks(ArtifactAsk.of("submission", ArtifactKind.TAKE_HOME)).build(),
        Stage.builder().id(panel).name("Panel interview").kind(StageKind.INTERVIEW)
            .addFormat(StageFormat.VIDEO)
            .addInterview(Interview.builder().id(InterviewId.of("panel-1"))
                .name("Behaviours and strengths")
                .focus(InterviewFocus.NON_TECHNICAL).duration(Duration.ofMinutes(60)).build())
            .build(),
        Stage.builder().id(offer).name("Provisional offer").kind(StageKind.OFFER)
            .addFormat(StageFormat.ASYNC).build());
    Role role = Applications.role(plan);      // hirekit-testing: an open role with this plan

    CandidateId sam = CandidateId.of("cand-sam");
    Actor candidate = Actor.candidate(sam);
    Actor recruiter = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
    Instant t0 = Instant.parse("2026-10-05T09:00:00Z");
    Checksum sum = Checksum.of(ChecksumAlgorithm.SHA_256,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    Artifact cv = Artifact.builder()
        .uri(URI.create("https://uploads.example.gov/cand-sam/sam-okafor-cv.pdf"))
        .mediaType("application/pdf").checksum(sum).size(81_204L).build();
    Artifact statement = Artifact.of(URI.create("https://uploads.example.gov/cand-sam/st.txt"),
        "text/plain", sum);

    Application app = Application.apply(ApplicationId.of("app-cs-9"), sam, role, candidate, t0)
        .submitArtifact(candidate, t0.plusSeconds(60), sift, "cv", cv);

    // The statement is required: the sift is not left without it.
    assertThat(app.allowedActions(recruiter)).doesNotContain(ApplicationAction.ADVANCE);
    Application early = app;
    assertThatThrownBy(() -> early.advance(recruiter, t0.plusSeconds(120)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("needs the candidate's [statement] submitted");

    app = app.submitArtifact(candidate, t0.plusSeconds(180), sift, "statement", statement)
        .submitArtifact(candidate, t0.plusSeconds(240), sift, "statement",
            statement.withSize(2_048L))                 // a resubmission replaces it
        .advance(recruiter, t0.plusSeconds(86_400))
        .submitArtifact(candidate, t0.plusSeconds(90_000), exercise, "submission",
            Artifact.of(URI.create("https://uploads.example.gov/cand-sam/ex.pdf"),
                "application/pdf", sum))
        .advance(recruiter, t0.plusSeconds(172_800));            // at the panel

    // The panel sees the sift's and the exercise's material, the latest version of each.
    assertThat(app.visibleArtifacts(panel)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv", "statement", "submission");
    // The sift's assessors never see what later stages asked for.
    assertThat(app.visibleArtifacts(sift)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv", "statement");
    assertThat(app.history()).filteredOn(e -> e.type().equals("application.artifact_submitted"))
        .hasSize(4);                                   // the history keeps both statements
    assertThat(app.artifacts().toString()).doesNotContain("sam-okafor");

    // Erasure: the URIs are gone; media types and checksums stay.
    Application erased = app.anonymize();
    assertThat(erased.artifacts()).allSatisfy(a ->
        assertThat(a.artifact().uri()).isEqualTo(Artifact.ERASED_URI));
    assertThat(erased.artifacts().get(0).artifact().checksum()).isEqualTo(sum);
    // --- docs/modelling.md: end
    assertThat(app.stage()).contains(panel);
  }
}
