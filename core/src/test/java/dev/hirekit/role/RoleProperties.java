package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/**
 * Laws of locations, remote policies and time zone windows, and of a role as a value; roles are
 * large values, so 300 tries per property keep the suite quick.
 */
@PropertyDefaults(tries = 300)
class RoleProperties {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Provide
  Arbitrary<Role> roles() {
    return Arbitraries.oneOf(Roles.drafts(), Roles.roles());
  }

  @Provide
  Arbitrary<Location> locations() {
    return Roles.locations();
  }

  @Provide
  Arbitrary<TimeZoneWindow> windows() {
    return Roles.timeZoneWindows();
  }

  @Provide
  Arbitrary<RemotePolicy> policies() {
    return Roles.remotePolicies();
  }

  /** Countries, often one that generated policies name. */
  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.oneOf(Roles.countries(), Arbitraries.of("US", "DE", "CA", "JP"));
  }

  @Provide
  Arbitrary<String> notCountries() {
    return Arbitraries.strings().ofMinLength(0).ofMaxLength(4)
        .filter(s -> !COUNTRIES.contains(s));
  }

  // --- value laws: equality and hash codes ---

  @Property
  void equalInputsGiveEqualLocations(@ForAll("locations") Location location) {
    Location again = location.region()
        .map(r -> Location.of(new String(location.city()), r, location.country()))
        .orElseGet(() -> Location.of(new String(location.city()), location.country()));

    assertThat(again).isEqualTo(location);
    assertThat(again.hashCode()).isEqualTo(location.hashCode());
  }

  @Property
  void equalInputsGiveEqualPolicies(@ForAll("policies") RemotePolicy policy) {
    RemotePolicy again = RemotePolicy.builder()
        .allowedCountries(new ArrayList<>(policy.allowedCountries()))
        .allowedRegions(new ArrayList<>(policy.allowedRegions()))
        .arrangements(new ArrayList<>(policy.arrangements()))
        .timeZones(policy.timeZones()).build();

    assertThat(again).isEqualTo(policy);
    assertThat(again.hashCode()).isEqualTo(policy.hashCode());
  }

  // --- queries ---

  @Property
  void aRoleIsTheReplayOfItsHistoryAndEqualsOnlyItsReplays(@ForAll("roles") Role role) {
    Role again = Role.replay(new ArrayList<>(role.history()));

    assertThat(again).isEqualTo(role);
    assertThat(again.hashCode()).isEqualTo(role.hashCode());
    assertThat(again).hasToString(role.toString());
    assertThat(role.withPolicy((actor, action, subject) -> true)).isNotEqualTo(role);
    assertThat(role.openings().stream().map(Opening::id).distinct().count())
        .isEqualTo(role.openings().size());
    assertThat(role.toString()).isEqualTo("Role{" + role.id() + " " + role.status() + "}");
  }

  @Property
  void openOpeningsAreExactlyTheOpenOnes(@ForAll("roles") Role role) {
    assertThat(role.openOpenings()).allMatch(Opening::isOpen);
    assertThat(role.openings().stream().filter(o -> !role.openOpenings().contains(o)))
        .noneMatch(Opening::isOpen);
    for (Opening opening : role.openings()) {
      assertThat(role.opening(opening.id())).contains(opening);
    }
  }

  @Property
  void windowsContainTheirEnds(@ForAll("windows") TimeZoneWindow window) {
    assertThat(window.contains(window.earliest())).isTrue();
    assertThat(window.contains(window.latest())).isTrue();
  }

  @Property
  void aPolicyAllowsItsRegionsAndCountriesAndNothingOutsideThem(
      @ForAll("policies") RemotePolicy policy, @ForAll("countries") String country) {
    boolean unbounded = policy.allowedCountries().isEmpty() && policy.allowedRegions().isEmpty();
    for (String region : policy.allowedRegions()) {
      assertThat(policy.allowsRegion(region)).isTrue();
      assertThat(policy.allowsCountry(region.substring(0, 2))).isTrue();
    }
    String region = country + "-ZZ9";
    boolean listed = policy.allowedCountries().contains(country)
        || policy.allowedRegions().stream().anyMatch(r -> r.startsWith(country + "-"));
    assertThat(policy.allowsCountry(country)).isEqualTo(unbounded || listed);
    assertThat(policy.allowsRegion(region)).isEqualTo(unbounded
        || policy.allowedCountries().contains(country) || policy.allowedRegions().contains(region));
    for (CountryArrangement named : policy.arrangements()) {
      assertThat(policy.allowsCountry(named.country())).isTrue();
      assertThat(policy.arrangementIn(named.country())).contains(named.arrangement());
    }
  }

  @Property
  void aRegionOfACountryAllowedWholeAndAnArrangementWhereNoOneLivesAreRefused(
      @ForAll("policies") RemotePolicy policy, @ForAll("countries") String country,
      @ForAll EmploymentArrangement arrangement) {
    for (String whole : policy.allowedCountries()) {
      assertThatThrownBy(() -> policy.withAllowedRegions(List.of(whole + "-01")))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("RemotePolicy.allowedRegions: " + whole + "-01 is in " + whole
              + ", which is allowed whole; drop the region or the country");
    }
    List<CountryArrangement> more = new ArrayList<>(policy.arrangements());
    more.removeIf(a -> a.country().equals(country));
    more.add(CountryArrangement.of(country, arrangement));
    if (policy.allowsCountry(country)) {
      assertThat(policy.withArrangements(more).arrangementIn(country)).contains(arrangement);
    } else {
      assertThatThrownBy(() -> policy.withArrangements(more))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("RemotePolicy.arrangements: names " + country + ", where the policy"
              + " allows no one to live; allow it or drop the arrangement");
    }
  }

  // --- every rule, for random values ---

  @Property
  void unknownCountriesAreRejected(
      @ForAll("locations") Location location, @ForAll("notCountries") String code) {
    String problem = ": " + quoted(code) + " is not an ISO-3166 alpha-2 country code; use an"
        + " upper-case code such as US, DE or JP";
    assertThatThrownBy(() -> location.withCountry(code))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country" + problem);
    assertThatThrownBy(() -> RemotePolicy.builder().addAllowedCountry(code).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RemotePolicy.allowedCountries" + problem);
  }

  @Property
  void lowerCaseCountriesAreRejected(@ForAll("locations") Location location) {
    String lower = location.country().toLowerCase(Locale.ROOT);

    assertThatThrownBy(() -> location.withCountry(lower))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Location.country: '" + lower + "' is not an ISO-3166 alpha-2 country code;"
            + " use an upper-case code such as US, DE or JP");
  }

  @Property
  void reversedWindowsAreRejected(@ForAll("windows") TimeZoneWindow window) {
    if (window.earliest().equals(window.latest())) {
      return;
    }
    assertThatThrownBy(() -> TimeZoneWindow.of(window.latest(), window.earliest()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TimeZoneWindow.latest: " + window.earliest() + " is before earliest "
            + window.latest() + "; give a latest offset at or after the earliest");
  }

  /** The documented quoting of a short input: printable ASCII kept, the rest as \\uXXXX. */
  private static String quoted(String code) {
    StringBuilder quoted = new StringBuilder("'");
    for (char c : code.toCharArray()) {
      if (c == '\'' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c >= ' ' && c < 0x7F) {
        quoted.append(c);
      } else {
        quoted.append(String.format("\\u%04x", (int) c));
      }
    }
    return quoted.append('\'').toString();
  }
}
