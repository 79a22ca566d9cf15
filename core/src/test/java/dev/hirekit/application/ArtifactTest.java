package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.CANDIDATE_ID;
import static dev.hirekit.application.Fixtures.COORDINATOR;
import static dev.hirekit.application.Fixtures.INTERVIEWER_ALICE;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.ArtifactAsk;
import dev.hirekit.plan.ArtifactKind;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.testing.Applications;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ArtifactTest {
  static final URI CV_URI = URI.create("https://files.example.com/cand-42/ada-lovelace-cv.pdf");
  static final URI CODE_URI = URI.create("s3://submissions/cand-42/solution.zip");
  static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static Artifact cv() {
    return Artifact.builder().uri(CV_URI).mediaType("application/pdf")
        .checksum(Checksum.of(ChecksumAlgorithm.SHA_256, SHA)).size(48_213L).build();
  }

  static Artifact solution() {
    return Artifact.of(CODE_URI, "application/zip",
        Checksum.of(ChecksumAlgorithm.MD5, "0123456789abcdef0123456789abcdef"));
  }

  /** The seed plan asking for a CV at the application stage and a solution at the take-home. */
  static InterviewPlan plan() {
    InterviewPlan seed = SeedRole.plan();
    return seed.withStages(seed.stages().stream().map(s -> s.id().equals(SeedRole.APPLICATION)
            ? s.withAsks(List.of(ArtifactAsk.of("cv", ArtifactKind.CV)))
            : s.id().equals(SeedRole.TAKE_HOME)
                ? s.withAsks(List.of(ArtifactAsk.of("solution", ArtifactKind.TAKE_HOME),
                    ArtifactAsk.optional("notes", ArtifactKind.WRITTEN_ANSWERS)))
                : s)
        .collect(Collectors.toList()));
  }

  static Application applied() {
    return Application.apply(Fixtures.APP, CANDIDATE_ID, Applications.role(plan()), CANDIDATE,
        t(0));
  }

  @Test
  void theCandidateSubmitsAheadAndAResubmissionReplacesTheEarlierOne() {
    Application app = applied();
    assertThat(app.allowedActions(CANDIDATE)).contains(ApplicationAction.SUBMIT_ARTIFACT);
    assertThat(app.artifactTargets(CANDIDATE)).containsExactly(SeedRole.APPLICATION,
        SeedRole.TAKE_HOME);

    app = app.submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv", cv())
        .submitArtifact(COORDINATOR, t(2), SeedRole.TAKE_HOME, "solution", solution())
        .submitArtifact(CANDIDATE, t(3), SeedRole.APPLICATION, "cv", cv().withSize(50_000L));

    assertThat(app.artifacts()).extracting(SubmittedArtifact::ask)
        .containsExactly("solution", "cv");
    assertThat(app.artifactsAt(SeedRole.APPLICATION)).singleElement()
        .satisfies(a -> {
          assertThat(a.artifact().size()).contains(50_000L);
          assertThat(a.submission()).isEqualTo(4);
          assertThat(a.submittedAt()).isEqualTo(t(3));
        });
    assertThat(app.history()).filteredOn(e -> e instanceof ApplicationEvent.ArtifactSubmitted)
        .hasSize(3);
    assertThat(app.history().get(1).type()).isEqualTo("application.artifact_submitted");
    assertThat(Application.replay(app.history())).isEqualTo(app);
  }

  @Test
  void aRequiredAskHoldsTheExitRuleAndAnOptionalOneDoesNot() {
    Application app = applied();
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    Application held = app;
    assertThatThrownBy(() -> held.advance(RECRUITER, t(1)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage application needs the candidate's [cv] submitted before it"
            + " is left");
    app = app.submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv", cv());
    assertThat(app.allowedActions(RECRUITER)).contains(ApplicationAction.ADVANCE);
    app = app.advance(RECRUITER, t(2)).advance(RECRUITER, t(3));          // at the take-home
    assertThat(app.allowedActions(RECRUITER)).doesNotContain(ApplicationAction.ADVANCE);
    app = app.submitArtifact(CANDIDATE, t(4), SeedRole.TAKE_HOME, "solution", solution());
    assertThat(app.artifactsAt(SeedRole.TAKE_HOME)).extracting(SubmittedArtifact::ask)
        .doesNotContain("notes");
    assertThat(app.advance(RECRUITER, t(5)).stage()).contains(SeedRole.INTERVIEWS);
  }

  @Test
  void aSubmissionForAStageBehindOrAnAskNotMadeIsRefusedAndChangesNothing() {
    Application app = applied().submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv",
        cv()).advance(RECRUITER, t(2));
    assertThatThrownBy(() -> app.submitArtifact(CANDIDATE, t(3), SeedRole.APPLICATION, "cv",
        cv()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("SUBMIT_ARTIFACT")
        .hasMessageContaining("stage application is not the current stage or a later one")
        .hasMessageNotContaining(CV_URI.toString());
    assertThatThrownBy(() -> app.submitArtifact(CANDIDATE, t(3), SeedRole.TAKE_HOME, "video",
        cv()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("stage take-home asks for no 'video'; its asks are [solution,"
            + " notes]")
        .hasMessageNotContaining("ada-lovelace");
    Actor stranger = Actor.candidate(CandidateId.of("cand-other"));
    assertThatThrownBy(() -> app.submitArtifact(stranger, t(3), SeedRole.TAKE_HOME, "solution",
        solution())).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> app.submitArtifact(INTERVIEWER_ALICE, t(3), SeedRole.TAKE_HOME,
        "solution", solution())).isInstanceOf(IllegalTransitionException.class);
    assertThat(app.version()).isEqualTo(3);
  }

  @Test
  void noAskAheadMeansNoSubmission() {
    Application app = applied().submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv",
        cv()).advance(RECRUITER, t(2)).advance(RECRUITER, t(3))
        .submitArtifact(CANDIDATE, t(4), SeedRole.TAKE_HOME, "solution", solution())
        .advance(RECRUITER, t(5));
    assertThat(app.allowedActions(CANDIDATE)).doesNotContain(ApplicationAction.SUBMIT_ARTIFACT);
    assertThat(app.artifactTargets(CANDIDATE)).isEmpty();
    assertThat(app.artifactTargets(INTERVIEWER_ALICE)).isEmpty();
    Application withdrawn = applied().withdraw(CANDIDATE, t(1), "other offer");
    assertThat(withdrawn.allowedActions(CANDIDATE))
        .doesNotContain(ApplicationAction.SUBMIT_ARTIFACT);
  }

  @Test
  void interviewersSeeTheArtifactsOfTheirStageAndEarlierOnesNeverALaterStages() {
    Application app = applied()
        .submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv", cv())
        .submitArtifact(CANDIDATE, t(2), SeedRole.TAKE_HOME, "solution", solution());
    // At the application stage: the solution, submitted ahead, stays hidden.
    assertThat(app.visibleArtifacts(SeedRole.INTERVIEWS)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv");
    assertThat(app.visibleArtifacts(SeedRole.APPLICATION)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv");
    app = app.advance(RECRUITER, t(3)).advance(RECRUITER, t(4)).advance(RECRUITER, t(5));
    assertThat(app.stage()).contains(SeedRole.INTERVIEWS);
    assertThat(app.visibleArtifacts(SeedRole.INTERVIEWS)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv", "solution");
    assertThat(app.visibleArtifacts(SeedRole.SCREEN)).extracting(SubmittedArtifact::ask)
        .containsExactly("cv");
    Application at = app;
    assertThatThrownBy(() -> at.visibleArtifacts(StageId.of("nowhere")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("nowhere is not a stage of plan v1");
    Application prospect = Application.prospect(Fixtures.APP, CANDIDATE_ID,
        Applications.role(plan()), RECRUITER, t(0));
    assertThat(prospect.visibleArtifacts(SeedRole.OFFER)).isEmpty();
  }

  @Test
  void theUriIsNeverShownAndAnonymizationErasesIt() {
    Application app = applied().submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv",
        cv());
    assertThat(cv().toString()).doesNotContain("ada-lovelace").contains("application/pdf");
    assertThat(app.artifacts().toString()).doesNotContain("ada-lovelace");
    assertThat(app.history().toString()).doesNotContain("ada-lovelace");

    Application anon = app.anonymize();
    SubmittedArtifact erased = anon.artifacts().get(0);
    assertThat(erased.artifact().uri()).isEqualTo(Artifact.ERASED_URI);
    assertThat(erased.artifact().checksum()).isEqualTo(cv().checksum());
    assertThat(erased.artifact().mediaType()).isEqualTo("application/pdf");
    assertThat(((ApplicationEvent.ArtifactSubmitted) anon.history().get(1)).artifact().uri())
        .isEqualTo(Artifact.ERASED_URI);
    assertThat(anon.anonymize()).isSameAs(anon);
    assertThat(anon.stage()).isEqualTo(app.stage());
  }

  @Test
  void aMigrationCarriesArtifactsToMappedStagesAndDropsTheRest() {
    Application app = applied().submitArtifact(CANDIDATE, t(1), SeedRole.APPLICATION, "cv",
        cv()).submitArtifact(CANDIDATE, t(2), SeedRole.TAKE_HOME, "solution", solution());
    InterviewPlan next = plan().withVersion(2);
    Application migrated = app.migrate(RECRUITER, t(3), next,
        java.util.Map.of(SeedRole.APPLICATION, SeedRole.APPLICATION));
    assertThat(migrated.artifacts()).extracting(SubmittedArtifact::stage)
        .containsExactly(SeedRole.APPLICATION);
    assertThat(migrated.history()).filteredOn(e -> e instanceof ApplicationEvent.ArtifactSubmitted)
        .hasSize(2);
  }

  @Test
  void valuesCheckTheirRulesWithoutRepeatingTheUri() {
    assertThatThrownBy(() -> Artifact.of(URI.create("cv/ada-lovelace.pdf"), "application/pdf",
        cv().checksum()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Artifact.uri: is not an absolute URI")
        .hasMessageNotContaining("ada-lovelace");
    for (String bad : List.of("pdf", "/pdf", "application/", "application/pdf; q=1",
        "-x/y", "a/b/c", "x".repeat(128) + "/y")) {
      assertThatThrownBy(() -> Artifact.of(CV_URI, bad, cv().checksum()))
          .as(bad).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Artifact.mediaType");
    }
    assertThat(Artifact.of(CV_URI, "application/vnd.oasis.opendocument.text+xml",
        cv().checksum()).mediaType()).endsWith("+xml");
    assertThatThrownBy(() -> cv().withSize(-1L)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Artifact.size: is negative");
    assertThat(cv().withSize(0L).size()).contains(0L);
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.SHA_256, SHA.toUpperCase()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is not 64 lowercase hex digits (has 64 characters)");
    assertThatThrownBy(() -> Checksum.of(ChecksumAlgorithm.SHA_1, SHA))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is not 40 lowercase hex digits");
    assertThat(Checksum.of(ChecksumAlgorithm.SHA_256, SHA).toString())
        .isEqualTo("SHA_256:" + SHA);
    assertThat(ChecksumAlgorithm.SHA_512.hexLength()).isEqualTo(128);
    assertThatThrownBy(() -> ArtifactAsk.of("a cv", ArtifactKind.CV))
        .isInstanceOf(InvalidValueException.class);
    assertThat(ArtifactAsk.optional("cv", ArtifactKind.CV).required()).isFalse();
    Stage stage = SeedRole.plan().first();
    assertThatThrownBy(() -> stage.withAsks(List.of(ArtifactAsk.of("cv", ArtifactKind.CV),
        ArtifactAsk.optional("cv", ArtifactKind.OTHER))))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Stage.asks");
    assertThat(stage.withAsks(List.of(ArtifactAsk.of("cv", ArtifactKind.CV))).ask("cv"))
        .isPresent();
    assertThatThrownBy(() -> new SubmittedArtifact(0, SeedRole.APPLICATION, "cv", cv(), t(0)))
        .isInstanceOf(InvalidValueException.class);
  }
}
