package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Where a remote or hybrid worker may live: whole countries, regions of countries (no city
 * needed), optionally a window of time zones, and how people are employed in each country.
 *
 * <p>Rules: each country is an upper-case ISO-3166 alpha-2 code; each region an ISO-3166-2
 * subdivision code ({@code US-CA}, {@code CA-ON}, {@code DE-BY}) of a known country that is not
 * also allowed whole. No countries and no regions means anywhere. Each arrangement is for a
 * country the policy allows.
 *
 * <pre>{@code
 * RemotePolicy policy = RemotePolicy.builder()
 *     .addAllowedCountry("US").addAllowedCountry("CA")
 *     .timeZones(TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-5)))
 *     .build();
 * policy.allowsCountry("CA"); // true
 * RemotePolicy westCoast = RemotePolicy.builder().addAllowedRegions("US-CA", "US-OR", "US-WA")
 *     .addArrangement(CountryArrangement.of("US", EmploymentArrangement.EMPLOYEE)).build();
 * westCoast.allowsRegion("US-OR"); // true; westCoast.allowsRegion("US-NY"): false
 * }</pre>
 */
@Value.Immutable
public abstract class RemotePolicy {

  private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

  RemotePolicy() {}

  /**
   * The countries a worker may live in, as ISO-3166 alpha-2 codes; empty means any country.
   *
   * @return the countries
   */
  public abstract Set<String> allowedCountries();

  /**
   * The regions of countries a worker may live in, as ISO-3166-2 subdivision codes such as
   * {@code US-CA}, where the whole country is not allowed; empty with no countries means
   * anywhere.
   *
   * @return the regions
   */
  public abstract Set<String> allowedRegions();

  /**
   * How people are employed in the countries the policy allows, one arrangement per country; a
   * country without one is not stated.
   *
   * @return the arrangements
   */
  public abstract Set<CountryArrangement> arrangements();

  /**
   * The time zones a worker should live in, if limited.
   *
   * @return the window
   */
  public abstract Optional<TimeZoneWindow> timeZones();

  /**
   * A policy that allows any country and any time zone.
   *
   * @return the policy
   */
  public static RemotePolicy anywhere() {
    return builder().build();
  }

  /**
   * A builder of policies.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a worker may live in a country, or in some region of it.
   *
   * @param country an ISO-3166 alpha-2 code
   * @return true if the policy allows anywhere, the whole country, or a region of it
   */
  public boolean allowsCountry(String country) {
    return unbounded() || allowedCountries().contains(country)
        || allowedRegions().stream().anyMatch(r -> r.startsWith(country + "-"));
  }

  /**
   * Whether a worker may live in a region of a country.
   *
   * @param region an ISO-3166-2 subdivision code such as {@code US-CA}
   * @return true if the policy allows anywhere, the region's whole country, or the region
   */
  public boolean allowsRegion(String region) {
    if (unbounded() || allowedRegions().contains(region)) {
      return true;
    }
    int dash = region == null ? -1 : region.indexOf('-');
    return dash > 0 && allowedCountries().contains(region.substring(0, dash));
  }

  /**
   * How people are employed in a country, if the policy says.
   *
   * @param country an ISO-3166 alpha-2 code
   * @return the arrangement, or empty
   */
  public Optional<EmploymentArrangement> arrangementIn(String country) {
    return arrangements().stream().filter(a -> a.country().equals(country))
        .map(CountryArrangement::arrangement).findFirst();
  }

  private boolean unbounded() {
    return allowedCountries().isEmpty() && allowedRegions().isEmpty();
  }

  /**
   * A copy with other countries.
   *
   * @param elements the countries, upper-case ISO-3166 alpha-2 codes; none for any country
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if a code is not a known country code
   */
  public abstract RemotePolicy withAllowedCountries(Iterable<String> elements);

  /**
   * A copy with other regions.
   *
   * @param elements the regions, ISO-3166-2 subdivision codes such as {@code US-CA}
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if a code is not a subdivision of a known country,
   *     or its country is allowed whole
   */
  public abstract RemotePolicy withAllowedRegions(Iterable<String> elements);

  /**
   * A copy with other arrangements.
   *
   * @param elements how people are employed, one per country
   * @return the copy
   * @throws dev.hirekit.InvalidValueException if a country is named twice or not allowed
   */
  public abstract RemotePolicy withArrangements(Iterable<? extends CountryArrangement> elements);

  /**
   * A copy with a time zone window.
   *
   * @param value the window
   * @return the copy
   */
  public abstract RemotePolicy withTimeZones(TimeZoneWindow value);

  @Value.Check
  void check() {
    for (String country : allowedCountries()) {
      Location.requireCountry("RemotePolicy", "allowedCountries", country);
    }
    for (String region : allowedRegions()) {
      var code = SUBDIVISION.matcher(region);
      if (!code.matches()) {
        throw new InvalidValueException("RemotePolicy", "allowedRegions", Require.quote(region)
            + " is not an ISO-3166-2 subdivision code; use an upper-case code such as US-CA or"
            + " DE-BY");
      }
      Location.requireCountry("RemotePolicy", "allowedRegions", code.group(1));
      if (allowedCountries().contains(code.group(1))) {
        throw new InvalidValueException("RemotePolicy", "allowedRegions", region + " is in "
            + code.group(1) + ", which is allowed whole; drop the region or the country");
      }
    }
    Require.distinct("RemotePolicy", "arrangements", List.copyOf(arrangements()),
        CountryArrangement::country);
    for (CountryArrangement arrangement : arrangements()) {
      String country = arrangement.country();
      if (!allowsCountry(country)) {
        throw new InvalidValueException("RemotePolicy", "arrangements", "names " + country
            + ", where the policy allows no one to live; allow it or drop the arrangement");
      }
    }
  }

  /** Builds a {@link RemotePolicy}; see {@link RemotePolicy#builder()}. */
  public static final class Builder extends ImmutableRemotePolicy.Builder {
    Builder() {}
  }
}
