/**
 * Offers of employment: their compensation (base pay, target bonus, sign-on bonus and equity),
 * their approval (chains of {@code dev.hirekit.approval}, and conditional {@link
 * dev.hirekit.offer.ApprovalRule}s), contingencies and their lifecycle, {@link
 * dev.hirekit.offer.Offer#LIFECYCLE}: draft, approval, extension, acceptance or decline, rescission,
 * expiry and revision into a next version.
 *
 * <pre>{@code
 * Compensation pay = Compensation.builder()
 *     .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
 *     .bonus(Money.of("20000", "USD"))
 *     .equity(Equity.builder().kind(EquityKind.RSUS).amount(new BigDecimal("1200"))
 *         .vestingMonths(48).cliffMonths(12).build())
 *     .startDate(LocalDate.of(2026, 3, 1))
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .build();
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.offer;

import dev.hirekit.internal.HirekitStyle;
