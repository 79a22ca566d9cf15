package dev.hirekit.offer;

/**
 * The form in which equity is granted.
 *
 * <pre>{@code
 * Equity.builder().kind(EquityKind.PERCENT).amount(new BigDecimal("0.5"))
 *     .vestingMonths(48).cliffMonths(12).build();
 * }</pre>
 */
public enum EquityKind {
  /** Options to buy shares at a strike price; the amount is a number of options. */
  OPTIONS,
  /** Restricted stock units; the amount is a number of units. */
  RSUS,
  /** Shares granted outright; the amount is a number of shares. */
  SHARES,
  /** A percentage of the company; the amount is a percent above 0 and at most 100. */
  PERCENT
}
