package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemotePolicyTest {

  @Test
  void anywhereAllowsEveryCountry() {
    RemotePolicy anywhere = RemotePolicy.anywhere();

    assertThat(anywhere.allowedCountries()).isEmpty();
    assertThat(anywhere.timeZones()).isEmpty();
    assertThat(anywhere.allowsCountry("JP")).isTrue();
  }

  @Test
  void listedCountriesLimitWhereWorkersLive() {
    RemotePolicy policy = RemotePolicy.builder().addAllowedCountry("US").addAllowedCountry("CA")
        .timeZones(TimeZoneWindow.of(ZoneOffset.ofHours(-8), ZoneOffset.ofHours(-5))).build();

    assertThat(policy.allowsCountry("CA")).isTrue();
    assertThat(policy.allowsCountry("DE")).isFalse();
    assertThat(policy.timeZones()).isPresent();
  }

  @Test
  void countriesMustBeIsoCodes() {
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedCountry("US")
            .addAllowedCountry("Canada").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.allowedCountries: 'Canada' is not an ISO-3166 alpha-2 country"
            + " code; use an upper-case code such as US, DE or JP");
  }

  @Test
  void withCopiesCheckAndLeaveTheOriginal() {
    RemotePolicy anywhere = RemotePolicy.anywhere();

    RemotePolicy europe = anywhere.withAllowedCountries(List.of("DE", "FR"));

    assertThat(anywhere).isEqualTo(RemotePolicy.anywhere());
    assertThat(europe.allowedCountries()).containsExactlyInAnyOrder("DE", "FR");
    assertThatThrownBy(() -> anywhere.withAllowedCountries(List.of("fr")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.allowedCountries: 'fr' is not an ISO-3166 alpha-2 country"
            + " code; use an upper-case code such as US, DE or JP");
  }

  @Test
  void regionsBoundWhereWorkersLiveWithoutACity() {
    RemotePolicy westCoast = RemotePolicy.builder().addAllowedRegions("US-CA", "US-OR", "US-WA")
        .addAllowedCountry("CA")
        .addArrangements(CountryArrangement.of("US", EmploymentArrangement.EMPLOYEE),
            CountryArrangement.of("CA", EmploymentArrangement.EMPLOYER_OF_RECORD))
        .build();

    assertThat(westCoast.allowsRegion("US-OR")).isTrue();
    assertThat(westCoast.allowsRegion("US-NY")).isFalse();
    assertThat(westCoast.allowsRegion("CA-ON")).isTrue();
    assertThat(westCoast.allowsCountry("US")).isTrue();
    assertThat(westCoast.allowsCountry("MX")).isFalse();
    assertThat(westCoast.arrangementIn("CA")).contains(EmploymentArrangement.EMPLOYER_OF_RECORD);
    assertThat(westCoast.arrangementIn("MX")).isEmpty();
    assertThat(RemotePolicy.anywhere().allowsRegion("JP-13")).isTrue();
  }

  @Test
  void regionsAreSubdivisionCodesOfCountriesNotAllowedWhole() {
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedRegions("California").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.allowedRegions: 'California' is not an ISO-3166-2 subdivision"
            + " code; use an upper-case code such as US-CA or DE-BY");
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedRegions("XX-CA").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("RemotePolicy.allowedRegions: 'XX' is not an ISO-3166 alpha-2");
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedCountry("US")
            .addAllowedRegions("US-CA").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.allowedRegions: US-CA is in US, which is allowed whole; drop the"
            + " region or the country");
  }

  @Test
  void anArrangementIsForACountryThePolicyAllows() {
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedCountry("DE")
            .addArrangement(CountryArrangement.of("PT", EmploymentArrangement.CONTRACTOR)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.arrangements: names PT, where the policy allows no one to live;"
            + " allow it or drop the arrangement");
    assertThat(RemotePolicy.anywhere().withArrangements(
        List.of(CountryArrangement.of("PT", EmploymentArrangement.CONTRACTOR)))
        .arrangementIn("PT")).contains(EmploymentArrangement.CONTRACTOR);
    assertThatThrownBy(() -> RemotePolicy.anywhere().withArrangements(List.of(
            CountryArrangement.of("PT", EmploymentArrangement.CONTRACTOR),
            CountryArrangement.of("PT", EmploymentArrangement.EMPLOYEE))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("RemotePolicy.arrangements: ");
    assertThatThrownBy(() -> CountryArrangement.of("Portugal", EmploymentArrangement.EMPLOYEE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("CountryArrangement.country: 'Portugal' is not an ISO-3166");
  }
}
