package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.testing.Roles;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;

/** The rules of a posting, for random postings; 300 tries per property keep the suite quick. */
@PropertyDefaults(tries = 300)
class PostingProperties {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Provide
  Arbitrary<Posting> postings() {
    return Roles.postings();
  }

  @Provide
  Arbitrary<Location> locations() {
    return Roles.locations();
  }

  @Provide
  Arbitrary<RemotePolicy> policies() {
    return Roles.remotePolicies();
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

  // --- value laws ---

  @Property
  void equalInputsGiveEqualPostings(@ForAll("postings") Posting posting) {
    Posting again = Posting.builder().from(posting)
        .locations(new ArrayList<>(posting.locations()))
        .description(RoleDescription.builder().from(posting.description()).build())
        .build();

    assertThat(again).isEqualTo(posting);
    assertThat(again.hashCode()).isEqualTo(posting.hashCode());
  }

  @Property
  void withCopiesNeverMutate(@ForAll("postings") Posting posting,
      @ForAll("locations") Location place) {
    Posting before = Posting.builder().from(posting).build();

    Posting moved = posting.withLocations(List.of(place));
    Posting retitled = posting.withTitle(posting.title() + " II");

    assertThat(posting).isEqualTo(before);
    assertThat(moved.locations()).containsExactly(place);
    assertThat(retitled.title()).isEqualTo(posting.title() + " II");
    assertThat(retitled.withTitle(posting.title())).isEqualTo(posting);
  }

  @Property
  void generatedPostingsKeepEveryRule(@ForAll("postings") Posting posting) {
    if (posting.workplaceType() != WorkplaceType.REMOTE || posting.remotePolicy().isEmpty()) {
      assertThat(posting.locations()).isNotEmpty();
    }
    if (posting.workplaceType() == WorkplaceType.ON_SITE) {
      assertThat(posting.remotePolicy()).isEmpty();
    }
    assertThat(posting.locations()).allMatch(l -> COUNTRIES.contains(l.country()));
  }

  // --- every rule, for random values ---

  @Property
  void blankTextsAreRejected(@ForAll("postings") Posting posting,
      @ForAll("blanks") String blank) {
    assertThatThrownBy(() -> posting.withTitle(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.title: must not be blank; give some text");
    assertThatThrownBy(() -> posting.withDepartment(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.department: must not be blank; give some text");
    assertThatThrownBy(() -> posting.withCompensationNote(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.compensationNote: must not be blank; give some text");
    assertThatThrownBy(() -> posting.withEquityStatement(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.equityStatement: must not be blank; give some text");
    assertThatThrownBy(() -> posting.withEqualOpportunityStatement(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.equalOpportunityStatement: must not be blank; give some text");
    assertThatThrownBy(() -> posting.description().withSummary(blank))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RoleDescription.summary: must not be blank; give some text");
  }

  @Property
  void onlyARemotePostingWithARemotePolicyMayHaveNoLocation(
      @ForAll("postings") Posting posting) {
    if (posting.workplaceType() == WorkplaceType.REMOTE && posting.remotePolicy().isPresent()) {
      assertThat(posting.withLocations(List.of()).locations()).isEmpty();
      return;
    }
    assertThat(posting.locations()).isNotEmpty();
    assertThatThrownBy(() -> posting.withLocations(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.locations: must not be empty; give at least one location, such as"
            + " the office; only a remote role with a remote policy (countries or regions) may"
            + " have none");
  }

  @Property
  void onSitePostingsNeverHaveARemotePolicy(
      @ForAll("postings") Posting posting, @ForAll("policies") RemotePolicy policy) {
    Posting onSite = Posting.builder().from(posting).workplaceType(WorkplaceType.ON_SITE)
        .remotePolicy(Optional.empty()).locations(posting.locations().isEmpty()
            ? List.of(Location.of("Lisbon", "PT")) : posting.locations()).build();
    String message = "Posting.remotePolicy: must be empty when workplaceType is ON_SITE; drop"
        + " it or choose HYBRID or REMOTE";

    assertThatThrownBy(() -> onSite.withRemotePolicy(policy))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> onSite.withWorkplaceType(WorkplaceType.REMOTE)
            .withRemotePolicy(policy).withWorkplaceType(WorkplaceType.ON_SITE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message);
  }

  @Property
  void onlyAbsoluteWebLinksAreAccepted(
      @ForAll("postings") Posting posting, @ForAll("notWebLinks") String link) {
    assertThatThrownBy(() -> posting.withApplyUrl(URI.create(link)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.applyUrl: must be an absolute http or https link; give one like"
            + " https://jobs.example.com/apply");
  }
}
