/**
 * Money as {@link java.math.BigDecimal} plus ISO-4217 currency, pay ranges and pay periods.
 *
 * <pre>{@code
 * PayRange.of(Money.of("185000", "USD"), Money.of("235000", "USD"), PayPeriod.YEARLY);
 * }</pre>
 */
@HirekitStyle
package dev.hirekit.money;

import dev.hirekit.internal.HirekitStyle;
