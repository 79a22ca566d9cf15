package dev.hirekit.role;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where a remote or hybrid worker may live: a set of countries and, optionally, a window of time
 * zones.
 *
 * <p>Rules: each country is an upper-case ISO-3166 alpha-2 code. No countries means any country.
 *
 * <pre>{@code
 * RemotePolicy policy = RemotePolicy.builder()
 *     .addAllowedCountry("US").addAllowedCountry("CA")
 *     .timeZones(TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-5)))
 *     .build();
 * policy.allowsCountry("CA"); // true
 * }</pre>
 */
@Value.Immutable
public abstract class RemotePolicy {

  RemotePolicy() {}

  /**
   * The countries a worker may live in, as ISO-3166 alpha-2 codes; empty means any country.
   *
   * @return the countries
   */
  public abstract Set<String> allowedCountries();

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
   * Whether a worker may live in a country.
   *
   * @param country an ISO-3166 alpha-2 code
   * @return true if no countries are listed or the country is one of them
   */
  public boolean allowsCountry(String country) {
    return allowedCountries().isEmpty() || allowedCountries().contains(country);
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
  }

  /** Builds a {@link RemotePolicy}; see {@link RemotePolicy#builder()}. */
  public static final class Builder extends ImmutableRemotePolicy.Builder {
    Builder() {}
  }
}
