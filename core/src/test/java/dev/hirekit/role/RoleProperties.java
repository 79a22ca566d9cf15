package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import java.net.URI;
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

/** Roles are large values; 300 tries per property keep the suite quick. */
@PropertyDefaults(tries = 300)
class RoleProperties {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Provide
  Arbitrary<Role> roles() {
    return RoleArbitraries.roles();
  }

  @Provide
  Arbitrary<Location> locations() {
    return RoleArbitraries.locations();
  }

  @Provide
  Arbitrary<TimeZoneWindow> windows() {
    return RoleArbitraries.timeZoneWindows();
  }

  @Provide
  Arbitrary<RemotePolicy> policies() {
    return RoleArbitraries.remotePolicies();
  }

  @Provide
  Arbitrary<String> notCountries() {
    return Arbitraries.strings().ofMinLength(0).ofMaxLength(4)
        .filter(s -> !COUNTRIES.contains(s));
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ', '\t', '\n').ofMinLength(0).ofMaxLength(3);
  }

  @Provide
  Arbitrary<String> notWebLinks() {
    return Arbitraries.of("/apply", "apply", "mailto:jobs@example.com", "ftp://example.com/x",
        "file:///tmp/x", "urn:isbn:0451450523", "https:/apply", "https:apply");
  }

  // --- value laws: equality and hash codes ---

  @Property
  void equalInputsGiveEqualRoles(@ForAll("roles") Role role) {
    Role again = Role.builder().from(role)
        .locations(new ArrayList<>(role.locations()))
        .openings(new ArrayList<>(role.openings()))
        .description(RoleDescription.builder().from(role.description()).build())
        .build();

    assertThat(again).isEqualTo(role);
    assertThat(again.hashCode()).isEqualTo(role.hashCode());
  }

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
        .timeZones(policy.timeZones()).build();

    assertThat(again).isEqualTo(policy);
    assertThat(again.hashCode()).isEqualTo(policy.hashCode());
  }

  // --- value laws: with* copies never mutate ---

  @Property
  void roleWithCopiesNeverMutate(@ForAll("roles") Role role, @ForAll("locations") Location place) {
    Role before = Role.builder().from(role).build();

    Role moved = role.withLocations(List.of(place));
    Role retitled = role.withTitle(role.title() + " II");

    assertThat(role).isEqualTo(before);
    assertThat(moved.locations()).containsExactly(place);
    assertThat(retitled.title()).isEqualTo(role.title() + " II");
  }

  // --- queries ---

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
  void generatedRolesKeepEveryRule(@ForAll("roles") Role role) {
    assertThat(role.locations()).isNotEmpty();
    if (role.workplaceType() == WorkplaceType.ON_SITE) {
      assertThat(role.remotePolicy()).isEmpty();
    }
    assertThat(role.locations()).allMatch(l -> COUNTRIES.contains(l.country()));
    assertThat(role.openings().stream().map(Opening::id).distinct().count())
        .isEqualTo(role.openings().size());
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

  @Property
  void blankTextsAreRejected(@ForAll("roles") Role role, @ForAll("blanks") String blank) {
    assertThatThrownBy(() -> role.withTitle(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.title: must not be blank; give some text");
    assertThatThrownBy(() -> role.withDepartment(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.department: must not be blank; give some text");
    assertThatThrownBy(() -> role.withCompensationNote(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.compensationNote: must not be blank; give some text");
    assertThatThrownBy(() -> role.description().withSummary(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.summary: must not be blank; give some text");
    assertThatThrownBy(() -> role.description().withQualifications(List.of("Fine", blank)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.qualifications: must not hold a blank entry; remove it");
  }

  @Property
  void onSiteRolesNeverHaveARemotePolicy(
      @ForAll("roles") Role role, @ForAll("policies") RemotePolicy policy) {
    Role onSite = Role.builder().from(role).workplaceType(WorkplaceType.ON_SITE)
        .remotePolicy(java.util.Optional.empty()).build();

    assertThatThrownBy(() -> onSite.withRemotePolicy(policy))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.remotePolicy: must be empty when workplaceType is ON_SITE; drop it or"
            + " choose HYBRID or REMOTE");
  }

  @Property
  void repeatedOpeningIdsAreRejected(@ForAll("roles") Role role) {
    if (role.openings().isEmpty()) {
      return;
    }
    Opening first = role.openings().get(0);
    List<Opening> openings = new ArrayList<>(role.openings());
    openings.add(Opening.open(first.id()));

    assertThatThrownBy(() -> Role.builder().from(role).openings(openings).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.openings: repeats " + first.id() + "; each must be unique");
  }

  @Property
  void onlyAbsoluteWebLinksAreAccepted(
      @ForAll("roles") Role role, @ForAll("notWebLinks") String link) {
    assertThatThrownBy(() -> role.withApplyUrl(URI.create(link)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.applyUrl: must be an absolute http or https link; give one like"
            + " https://jobs.example.com/apply");
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
