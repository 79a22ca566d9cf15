package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void ofKeepsCityRegionAndCountry() {
    Location sf = Location.of("San Francisco", "CA", "US");

    assertThat(sf.city()).isEqualTo("San Francisco");
    assertThat(sf.region()).contains("CA");
    assertThat(sf.country()).isEqualTo("US");
    assertThat(Location.of("Berlin", "DE").region()).isEmpty();
  }

  @Test
  void cityMustNotBeBlank() {
    assertThatThrownBy(() -> Location.of(" ", "DE"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.city: must not be blank; give some text");
  }

  @Test
  void regionMustNotBeBlankWhenGiven() {
    assertThatThrownBy(() -> Location.of("Austin", "", "US"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.region: must not be blank; give some text");
  }

  @Test
  void countryMustBeAnUpperCaseIsoCode() {
    assertThatThrownBy(() -> Location.of("Austin", "us"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country: 'us' is not an ISO-3166 alpha-2 country code; use an"
            + " upper-case code such as US, DE or JP");
    assertThatThrownBy(() -> Location.of("Austin", "USA"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country: 'USA' is not an ISO-3166 alpha-2 country code; use an"
            + " upper-case code such as US, DE or JP");
    assertThatThrownBy(() -> Location.of("Nowhere", "XX"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country: 'XX' is not an ISO-3166 alpha-2 country code; use an"
            + " upper-case code such as US, DE or JP");
  }

  @Test
  void withCopiesCheckAndLeaveTheOriginal() {
    Location berlin = Location.of("Berlin", "DE");

    Location munich = berlin.withCity("Munich").withRegion("Bavaria");

    assertThat(berlin).isEqualTo(Location.of("Berlin", "DE"));
    assertThat(munich).isEqualTo(Location.of("Munich", "Bavaria", "DE"));
    assertThatThrownBy(() -> berlin.withCountry("de"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country: 'de' is not an ISO-3166 alpha-2 country code; use an"
            + " upper-case code such as US, DE or JP");
  }
}
