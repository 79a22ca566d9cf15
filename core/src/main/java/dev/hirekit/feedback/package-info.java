/**
 * Feedback gathered along a pipeline: interviewers' scorecards and reference checks.
 *
 * <pre>{@code
 * Scorecard.builder().interview(interviewId).interviewer(memberId)
 *     .recommendation(Recommendation.YES).build();
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.feedback;

import dev.hirekit.internal.HirekitStyle;
