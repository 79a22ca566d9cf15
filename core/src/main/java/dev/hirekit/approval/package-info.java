/**
 * Approvals: who must say yes before an offer is extended or a role opens. An {@link
 * dev.hirekit.approval.ApprovalChain} is a list of ordered {@link
 * dev.hirekit.approval.ApprovalGroup}s, each needing k of its n members; offers ({@code
 * dev.hirekit.offer}) and roles ({@code dev.hirekit.role}) share it, and their lifecycles record
 * the approvals as events.
 *
 * <pre>{@code
 * ApprovalChain chain = ApprovalChain.of(
 *     ApprovalGroup.of("recruiting lead", 1, MemberId.of("lead")),
 *     ApprovalGroup.of("finance", 2, MemberId.of("fin-1"), MemberId.of("fin-2"),
 *         MemberId.of("fin-3")));
 * chain.isSatisfiedBy(List.of(MemberId.of("lead"), MemberId.of("fin-1"))); // false: 1 of 2
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.approval;

import dev.hirekit.internal.HirekitStyle;
