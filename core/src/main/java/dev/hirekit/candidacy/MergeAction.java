package dev.hirekit.candidacy;

/**
 * What may be done with a candidate record in {@link CandidateMerges}; {@link
 * CandidateMerges#allowedActions} lists those legal now.
 *
 * <pre>{@code
 * merges.allowedActions(recruiter, CandidateId.of("cand-9")); // [MERGE] or [UNMERGE]
 * }</pre>
 */
public enum MergeAction {
  /** Merge this record, a duplicate, into another record of the same person. */
  MERGE,
  /** Undo this record's merge: it stands on its own again. */
  UNMERGE
}
