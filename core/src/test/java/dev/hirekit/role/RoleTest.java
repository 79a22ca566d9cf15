package dev.hirekit.role;

import dev.hirekit.actor.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleTest {

  private static Role.Builder valid(WorkplaceType workplace) {
    Role.Builder builder = Role.builder();
    builder.id(RoleId.of("backend")).title("Backend Engineer").department("Engineering")
        .addLocation(Location.of("Berlin", "DE")).workplaceType(workplace)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Build and run our services."));
    return builder;
  }

  private static final String BAD_URL = "Role.applyUrl: must be an absolute http or https link;"
      + " give one like https://jobs.example.com/apply";

  @Test
  void defaultsAreAnEmptyTeamAndNothingOptional() {
    Role role = valid(WorkplaceType.ON_SITE).build();

    assertThat(role.hiringTeam()).isEqualTo(HiringTeam.empty());
    assertThat(role.openings()).isEmpty();
    assertThat(role.openOpenings()).isEmpty();
    assertThat(role.plan()).isEmpty();
    assertThat(role.payRange()).isEmpty();
    assertThat(role.remotePolicy()).isEmpty();
    assertThat(role.applyUrl()).isEmpty();
  }

  @Test
  void openOpeningsAndOpeningFindSeats() {
    Opening filled = Opening.closed(OpeningId.of("seat-1"), OpeningCloseReason.FILLED);
    Opening open = Opening.open(OpeningId.of("seat-2"));
    Opening alsoOpen = Opening.open(OpeningId.of("seat-3"));
    Actor system = Actor.system();
    Role role = valid(WorkplaceType.ON_SITE).addOpening(Opening.open(filled.id()))
        .addOpening(open).addOpening(alsoOpen).plan(SeedRole.plan()).build()
        .open(system, java.time.Instant.EPOCH).fillOpening(system, java.time.Instant.EPOCH,
            filled.id());

    assertThat(role.openOpenings()).containsExactly(open, alsoOpen);
    assertThat(role.opening(OpeningId.of("seat-1"))).contains(filled);
    assertThat(role.opening(OpeningId.of("seat-9"))).isEmpty();
  }

  @Test
  void titleMustNotBeBlank() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).title(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.title: must not be blank; give some text");
  }

  @Test
  void departmentMustNotBeBlank() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).department("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.department: must not be blank; give some text");
  }

  @Test
  void locationsMustNotBeEmpty() {
    Role role = valid(WorkplaceType.REMOTE).build();

    assertThatThrownBy(() -> role.withLocations(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.locations: must not be empty; give at least one location, such as the"
            + " office or the country of a remote role");
  }

  @Test
  void anOnSiteRoleHasNoRemotePolicy() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).remotePolicy(RemotePolicy.anywhere())
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.remotePolicy: must be empty when workplaceType is ON_SITE; drop it or"
            + " choose HYBRID or REMOTE");
  }

  @Test
  void hybridAndRemoteRolesMayHaveARemotePolicy() {
    RemotePolicy policy = RemotePolicy.builder().addAllowedCountry("DE").build();

    assertThat(valid(WorkplaceType.HYBRID).remotePolicy(policy).build().remotePolicy())
        .contains(policy);
    Role remote = valid(WorkplaceType.REMOTE).remotePolicy(policy).build();
    assertThat(remote.remotePolicy()).contains(policy);
    assertThatThrownBy(() -> remote.withWorkplaceType(WorkplaceType.ON_SITE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.remotePolicy: must be empty when workplaceType is ON_SITE; drop it or"
            + " choose HYBRID or REMOTE");
  }

  @Test
  void statementsMustNotBeBlankWhenGiven() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).equityStatement(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.equityStatement: must not be blank; give some text");
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).compensationNote("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.compensationNote: must not be blank; give some text");
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).equalOpportunityStatement("\n")
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.equalOpportunityStatement: must not be blank; give some text");
  }

  @Test
  void openingIdsMustBeUnique() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE)
            .addOpening(Opening.open(OpeningId.of("seat-1")))
            .addOpening(Opening.closed(OpeningId.of("seat-1"), OpeningCloseReason.CANCELLED))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Role.openings: repeats seat-1; each must be unique");
  }

  @Test
  void applyUrlIsAnAbsoluteWebLink() {
    assertThat(valid(WorkplaceType.ON_SITE).applyUrl(URI.create("https://jobs.example.com/a"))
        .build().applyUrl()).contains(URI.create("https://jobs.example.com/a"));
    assertThat(valid(WorkplaceType.ON_SITE).applyUrl(URI.create("HTTP://jobs.example.com/a"))
        .build().applyUrl()).isPresent();
    for (String bad : List.of("/apply", "mailto:jobs@example.com", "ftp://example.com/a",
        "https:/apply", "javascript:alert(1)")) {
      assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).applyUrl(URI.create(bad)).build())
          .as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage(BAD_URL);
    }
  }

  @Test
  void aPostingMayStateARangeAndEquity() {
    PayRange range = PayRange.of(Money.of("70000", "EUR"), Money.of("90000", "EUR"),
        PayPeriod.YEARLY);

    Role role = valid(WorkplaceType.ON_SITE).payRange(range)
        .equityStatement("Competitive equity").build();

    assertThat(role.payRange()).contains(range);
    assertThat(role.equityStatement()).contains("Competitive equity");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Role role = valid(WorkplaceType.ON_SITE).build();
    HiringTeam team = HiringTeam.of(TeamMember.of(MemberId.of("m-1"), HiringRole.RECRUITER));

    Role copy = role.withHiringTeam(team).withTitle("Staff Engineer")
        .withPlan(SeedRole.plan()).withWorkplaceType(WorkplaceType.REMOTE)
        .withRemotePolicy(RemotePolicy.anywhere())
        .withApplyUrl(URI.create("https://jobs.example.com/staff"));

    assertThat(role).isEqualTo(valid(WorkplaceType.ON_SITE).build());
    assertThat(copy.hiringTeam()).isEqualTo(team);
    assertThat(copy.title()).isEqualTo("Staff Engineer");
    assertThat(copy.openings()).isEqualTo(role.openings());
    assertThat(copy.plan()).contains(SeedRole.plan());
    assertThat(copy.remotePolicy()).contains(RemotePolicy.anywhere());
    assertThatThrownBy(() -> role.withApplyUrl(URI.create("jobs.example.com")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_URL);
  }
}
