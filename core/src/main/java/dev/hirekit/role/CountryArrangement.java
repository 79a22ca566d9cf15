package dev.hirekit.role;

import org.immutables.value.Value;

/**
 * How the people a remote policy allows in one country are employed there.
 *
 * <p>Rules: the country is an upper-case ISO-3166 alpha-2 code.
 *
 * <pre>{@code
 * CountryArrangement portugal = CountryArrangement.of("PT",
 *     EmploymentArrangement.EMPLOYER_OF_RECORD);
 * RemotePolicy policy = RemotePolicy.builder().addAllowedCountries("US", "PT")
 *     .addArrangement(portugal).build();
 * }</pre>
 */
@Value.Immutable
public abstract class CountryArrangement {
  CountryArrangement() {}

  /**
   * The country, as an ISO-3166 alpha-2 code.
   *
   * @return the country
   */
  @Value.Parameter
  public abstract String country();

  /**
   * How people are employed there.
   *
   * @return the arrangement
   */
  @Value.Parameter
  public abstract EmploymentArrangement arrangement();

  /**
   * An arrangement for a country.
   *
   * @param country an upper-case ISO-3166 alpha-2 code
   * @param arrangement how people are employed there
   * @return the value
   * @throws dev.hirekit.InvalidValueException if the country is not a known code or an argument
   *     is missing
   */
  public static CountryArrangement of(String country, EmploymentArrangement arrangement) {
    return ImmutableCountryArrangement.of(country, arrangement);
  }

  @Value.Check
  void check() {
    Location.requireCountry("CountryArrangement", "country", country());
  }
}
