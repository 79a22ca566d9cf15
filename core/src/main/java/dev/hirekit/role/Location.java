package dev.hirekit.role;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A place where a role is worked: a city, optionally a region, and a country.
 *
 * <p>Rules: the city is not blank; the region, when given, is not blank; the country is an
 * upper-case ISO-3166 alpha-2 code known to {@link Locale#getISOCountries()}.
 *
 * <pre>{@code
 * Location sf = Location.of("San Francisco", "CA", "US");
 * Location berlin = Location.of("Berlin", "DE");
 * }</pre>
 */
@Value.Immutable
public abstract class Location {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Location() {}

  /**
   * The city.
   *
   * @return the city, not blank
   */
  public abstract String city();

  /**
   * The region, such as a state or province.
   *
   * @return the region, or empty
   */
  public abstract Optional<String> region();

  /**
   * The country as an upper-case ISO-3166 alpha-2 code, such as {@code US}.
   *
   * @return the country code
   */
  public abstract String country();

  /**
   * A location with a region.
   *
   * @param city the city, not blank
   * @param region the region, not blank
   * @param country an upper-case ISO-3166 alpha-2 code
   * @return the location
   * @throws InvalidValueException if a rule of the location is broken
   */
  public static Location of(String city, String region, String country) {
    return builder().city(city).region(region).country(country).build();
  }

  /**
   * A location without a region.
   *
   * @param city the city, not blank
   * @param country an upper-case ISO-3166 alpha-2 code
   * @return the location
   * @throws InvalidValueException if a rule of the location is broken
   */
  public static Location of(String city, String country) {
    return builder().city(city).country(country).build();
  }

  /**
   * A builder of locations.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with another city.
   *
   * @param value the city, not blank
   * @return the copy
   * @throws InvalidValueException if the city is blank
   */
  public abstract Location withCity(String value);

  /**
   * A copy with a region.
   *
   * @param value the region, not blank
   * @return the copy
   * @throws InvalidValueException if the region is blank
   */
  public abstract Location withRegion(String value);

  /**
   * A copy with another country.
   *
   * @param value an upper-case ISO-3166 alpha-2 code
   * @return the copy
   * @throws InvalidValueException if the code is not a known country code
   */
  public abstract Location withCountry(String value);

  @Value.Check
  void check() {
    Require.name("Location", "city", city());
    region().ifPresent(r -> Require.name("Location", "region", r));
    requireCountry("Location", "country", country());
  }

  /** Checks an upper-case ISO-3166 alpha-2 country code. */
  static void requireCountry(String type, String field, String code) {
    if (!COUNTRIES.contains(code)) {
      throw new InvalidValueException(type, field, Require.quote(code)
          + " is not an ISO-3166 alpha-2 country code; use an upper-case code such as US, DE or"
          + " JP");
    }
  }

  /** Builds a {@link Location}; see {@link Location#builder()}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
