/**
 * Applications: one candidate applying to one role, moving through the role's interview plan
 * under the rules of {@link dev.hirekit.application.Application#LIFECYCLE}, with every change an
 * {@link dev.hirekit.application.ApplicationEvent}. {@link dev.hirekit.application.Staffing}
 * applies a hire or an unhire to the role.
 *
 * <pre>{@code
 * Application app = Application.apply(ApplicationId.of("app-7"), candidateId, role, candidate,
 *     at);
 * app = app.advance(recruiter, at.plusSeconds(60));
 * app.allowedActions(recruiter);
 * // [ADVANCE, MOVE, REJECT, WITHDRAW, RECORD_REFERENCE, MIGRATE, REQUEST_ACCOMMODATION,
 * //  CONSIDER_FOR]
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.application;

import dev.hirekit.internal.HirekitStyle;
