package dev.hirekit.money;

/**
 * The period a rate of pay is quoted for.
 *
 * <pre>{@code
 * PayRange.of(Money.of("60", "USD"), Money.of("80", "USD"), PayPeriod.HOURLY);
 * }</pre>
 */
public enum PayPeriod {
  /** Per hour worked. */
  HOURLY,
  /** Per day worked. */
  DAILY,
  /** Per week. */
  WEEKLY,
  /** Per month. */
  MONTHLY,
  /** Per year. */
  YEARLY
}
