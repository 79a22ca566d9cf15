/**
 * Interview plans: the ordered stages a candidate passes through for a role, with their formats,
 * time boxes and interviews.
 *
 * <pre>{@code
 * Stage screen = Stage.builder()
 *     .id(StageId.of("screen")).name("Intro call").kind(StageKind.SCREEN)
 *     .addFormats(StageFormat.PHONE, StageFormat.VIDEO)
 *     .timeBox(TimeBox.about(Duration.ofMinutes(30)))
 *     .build();
 * Stage offer = Stage.builder()
 *     .id(StageId.of("offer")).name("Offer").kind(StageKind.OFFER)
 *     .addFormat(StageFormat.ASYNC)
 *     .build();
 * InterviewPlan plan = InterviewPlan.of(screen, offer);
 * plan.next(StageId.of("screen")); // Optional[offer]
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.plan;

import dev.hirekit.internal.HirekitStyle;
