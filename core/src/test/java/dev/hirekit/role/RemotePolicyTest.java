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
}
