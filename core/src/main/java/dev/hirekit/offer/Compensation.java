package dev.hirekit.offer;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an offer pays: base pay, an optional target bonus, sign-on bonus and equity, from a start
 * date, under a kind of employment.
 *
 * <p>Rules: the bonus and sign-on bonus are above zero and in the currency of the base pay. (The
 * strike price of options may be in another currency.)
 *
 * <pre>{@code
 * Compensation pay = Compensation.builder()
 *     .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
 *     .signOn(Money.of("10000", "USD"))
 *     .startDate(LocalDate.of(2026, 3, 1))
 *     .employmentType(EmploymentType.FULL_TIME)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Compensation {

  Compensation() {}

  /**
   * The base pay.
   *
   * @return the rate of base pay
   */
  public abstract PayRate base();

  /**
   * The target bonus per year, if any.
   *
   * @return the target bonus, above zero, in the base currency
   */
  public abstract Optional<Money> bonus();

  /**
   * The one-off bonus for signing, if any.
   *
   * @return the sign-on bonus, above zero, in the base currency
   */
  public abstract Optional<Money> signOn();

  /**
   * The equity granted, if any.
   *
   * @return the grant
   */
  public abstract Optional<Equity> equity();

  /**
   * The first day of work.
   *
   * @return the start date
   */
  public abstract LocalDate startDate();

  /**
   * The kind of employment.
   *
   * @return the employment type
   */
  public abstract EmploymentType employmentType();

  /**
   * A builder of compensations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another base pay.
   *
   * @param value the base pay
   * @return the copy
   * @throws InvalidValueException if a bonus would no longer share its currency
   */
  public abstract Compensation withBase(PayRate value);

  /**
   * A copy with a target bonus.
   *
   * @param value the target bonus, above zero, in the base currency
   * @return the copy
   * @throws InvalidValueException if the bonus is not above zero or in another currency
   */
  public abstract Compensation withBonus(Money value);

  /**
   * A copy with a sign-on bonus.
   *
   * @param value the sign-on bonus, above zero, in the base currency
   * @return the copy
   * @throws InvalidValueException if the bonus is not above zero or in another currency
   */
  public abstract Compensation withSignOn(Money value);

  /**
   * A copy with an equity grant.
   *
   * @param value the grant
   * @return the copy
   */
  public abstract Compensation withEquity(Equity value);

  /**
   * A copy with another start date.
   *
   * @param value the first day of work
   * @return the copy
   */
  public abstract Compensation withStartDate(LocalDate value);

  /**
   * A copy with another kind of employment.
   *
   * @param value the employment type
   * @return the copy
   */
  public abstract Compensation withEmploymentType(EmploymentType value);

  @Value.Check
  void check() {
    Currency currency = base().amount().currency();
    bonus().ifPresent(bonus -> requireCash("bonus", bonus, currency));
    signOn().ifPresent(signOn -> requireCash("signOn", signOn, currency));
  }

  private static void requireCash(String field, Money cash, Currency currency) {
    if (!cash.currency().equals(currency)) {
      throw new InvalidValueException("Compensation", field, "is in "
          + cash.currency().getCurrencyCode() + " but base is in " + currency.getCurrencyCode()
          + "; give all cash of a compensation in one currency");
    }
    if (cash.isNegative() || cash.isZero()) {
      throw new InvalidValueException("Compensation", field, cash
          + " is not positive; give an amount above zero or leave it out");
    }
  }

  /** Builds a {@link Compensation}; see {@link Compensation#builder()}. */
  public static final class Builder extends ImmutableCompensation.Builder {
    Builder() {}
  }
}
