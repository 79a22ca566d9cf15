package dev.hirekit.application;

import dev.hirekit.internal.Require;
import dev.hirekit.plan.StageId;
import java.time.Instant;

/**
 * An artifact as an application holds it: the latest one submitted for a stage's ask, derived
 * from the history (see {@link Application#artifacts()}); an earlier submission for the same ask
 * stays in the history. Its {@code toString()} never shows the URI.
 *
 * <pre>{@code
 * for (SubmittedArtifact a : app.visibleArtifacts(StageId.of("onsite"))) {
 *   links.add(a.stage() + "/" + a.ask(), a.artifact().uri());
 * }
 * }</pre>
 *
 * @param submission the sequence number of the event that submitted it
 * @param stage the stage that asked for it
 * @param ask the name of the stage's ask
 * @param artifact the reference
 * @param submittedAt when it was submitted
 */
public record SubmittedArtifact(long submission, StageId stage, String ask, Artifact artifact,
    Instant submittedAt) {

  /**
   * Checks the values; a bad one is an {@link dev.hirekit.InvalidValueException}.
   *
   * @param submission the sequence number of the submitting event, from 1
   * @param stage the stage that asked for it
   * @param ask the name of the ask, an identifier
   * @param artifact the reference
   * @param submittedAt when it was submitted
   */
  public SubmittedArtifact {
    Require.that(submission >= 1, "SubmittedArtifact", "submission", "is not a sequence number;"
        + " submissions are numbered by their event, from 1");
    Require.given(stage, "SubmittedArtifact", "stage");
    Require.identifier("SubmittedArtifact", ask);
    Require.given(artifact, "SubmittedArtifact", "artifact");
    Require.given(submittedAt, "SubmittedArtifact", "submittedAt");
  }
}
