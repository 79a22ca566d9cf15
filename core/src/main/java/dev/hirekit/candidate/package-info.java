/**
 * Candidates: the people in a pipeline, how they reached it, how to contact them and their consent
 * to be kept on file.
 *
 * <p>Names and contact details are personal data: they never appear in {@code toString()} or in
 * exception messages.
 *
 * <pre>{@code
 * Candidate ada = Candidate.builder()
 *     .id(CandidateId.of("cand-42"))
 *     .name("Ada Lovelace")
 *     .contact(Contact.builder().addEmail("ada@example.com").build())
 *     .source(Source.referral(MemberId.of("member-7")))
 *     .addTag("java")
 *     .build();
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.candidate;

import dev.hirekit.internal.HirekitStyle;
