package dev.hirekit.team;

/**
 * The part a person plays in hiring for a role; decides which actions they may perform.
 *
 * <pre>{@code
 * TeamMember.of(MemberId.of("member-7"), HiringRole.HIRING_MANAGER, HiringRole.INTERVIEWER);
 * }</pre>
 */
public enum HiringRole {
  /** Owns the role and decides on hires. */
  HIRING_MANAGER,
  /** Runs the pipeline: moves candidates, makes and extends offers. */
  RECRUITER,
  /** Schedules interviews and keeps the pipeline tidy. */
  COORDINATOR,
  /** Interviews candidates and submits scorecards. */
  INTERVIEWER,
  /** Approves offers. */
  APPROVER
}
