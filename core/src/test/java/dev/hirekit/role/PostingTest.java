package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostingTest {

  private static Posting.Builder valid(WorkplaceType workplace) {
    Posting.Builder builder = Posting.builder();
    builder.title("Backend Engineer").department("Engineering")
        .addLocation(Location.of("Berlin", "DE")).workplaceType(workplace)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Build and run our services."));
    return builder;
  }

  private static final String BAD_URL = "Posting.applyUrl: must be an absolute http or https"
      + " link; give one like https://jobs.example.com/apply";

  @Test
  void nothingOptionalIsSetByDefault() {
    Posting posting = valid(WorkplaceType.ON_SITE).build();

    assertThat(posting.payRange()).isEmpty();
    assertThat(posting.remotePolicy()).isEmpty();
    assertThat(posting.applyUrl()).isEmpty();
    assertThat(posting.equityStatement()).isEmpty();
    assertThat(posting.compensationNote()).isEmpty();
    assertThat(posting.equalOpportunityStatement()).isEmpty();
  }

  @Test
  void titleMustNotBeBlank() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).title(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.title: must not be blank; give some text");
  }

  @Test
  void departmentMustNotBeBlank() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).department("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.department: must not be blank; give some text");
  }

  @Test
  void titleAndDepartmentAreNamesWithoutControlCharacters() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).title("Engineer\nINFO forged").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Posting.title: holds a control character");
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).department("Eng\u202E").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Posting.department: holds a bidirectional control");
  }

  @Test
  void locationsMustNotBeEmptyUnlessARemotePolicySaysWherePeopleLive() {
    Posting posting = valid(WorkplaceType.HYBRID).build();

    assertThatThrownBy(() -> posting.withLocations(List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.locations: must not be empty; give at least one location, such as"
            + " the office; only a remote role with a remote policy (countries or regions) may"
            + " have none");
    Posting remote = valid(WorkplaceType.REMOTE).locations(List.of())
        .remotePolicy(RemotePolicy.builder().addAllowedRegions("US-CA", "US-OR").build())
        .visaSponsorship(VisaSponsorship.NOT_SPONSORED).build();
    assertThat(remote.locations()).isEmpty();
    assertThat(remote.visaSponsorship()).contains(VisaSponsorship.NOT_SPONSORED);
    assertThatThrownBy(() -> Posting.builder().from(remote).remotePolicy(Optional.empty()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Posting.locations: must not be empty");
    assertThat(posting.visaSponsorship()).isEmpty();
    assertThat(posting.withVisaSponsorship(VisaSponsorship.SPONSORED).visaSponsorship())
        .contains(VisaSponsorship.SPONSORED);
  }

  @Test
  void anOnSitePostingHasNoRemotePolicy() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).remotePolicy(RemotePolicy.anywhere())
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.remotePolicy: must be empty when workplaceType is ON_SITE; drop it"
            + " or choose HYBRID or REMOTE");
  }

  @Test
  void hybridAndRemotePostingsMayHaveARemotePolicy() {
    RemotePolicy policy = RemotePolicy.builder().addAllowedCountry("DE").build();

    assertThat(valid(WorkplaceType.HYBRID).remotePolicy(policy).build().remotePolicy())
        .contains(policy);
    Posting remote = valid(WorkplaceType.REMOTE).remotePolicy(policy).build();
    assertThat(remote.remotePolicy()).contains(policy);
    assertThatThrownBy(() -> remote.withWorkplaceType(WorkplaceType.ON_SITE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.remotePolicy: must be empty when workplaceType is ON_SITE; drop it"
            + " or choose HYBRID or REMOTE");
  }

  @Test
  void statementsMustNotBeBlankWhenGiven() {
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).equityStatement(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.equityStatement: must not be blank; give some text");
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).compensationNote("").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.compensationNote: must not be blank; give some text");
    assertThatThrownBy(() -> valid(WorkplaceType.ON_SITE).equalOpportunityStatement("\n")
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Posting.equalOpportunityStatement: must not be blank; give some text");
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

    Posting posting = valid(WorkplaceType.ON_SITE).payRange(range)
        .equityStatement("Competitive equity").build();

    assertThat(posting.payRange()).contains(range);
    assertThat(posting.equityStatement()).contains("Competitive equity");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Posting posting = valid(WorkplaceType.ON_SITE).build();

    Posting copy = posting.withTitle("Staff Engineer").withDepartment("Platform")
        .withWorkplaceType(WorkplaceType.REMOTE).withRemotePolicy(RemotePolicy.anywhere())
        .withEmploymentType(EmploymentType.CONTRACT)
        .withDescription(RoleDescription.of("Run the platform."))
        .withCompensationNote("Competitive").withEqualOpportunityStatement("Everyone welcome")
        .withApplyUrl(URI.create("https://jobs.example.com/staff"));

    assertThat(posting).isEqualTo(valid(WorkplaceType.ON_SITE).build());
    assertThat(copy.title()).isEqualTo("Staff Engineer");
    assertThat(copy.department()).isEqualTo("Platform");
    assertThat(copy.remotePolicy()).contains(RemotePolicy.anywhere());
    assertThat(copy.employmentType()).isEqualTo(EmploymentType.CONTRACT);
    assertThat(copy.compensationNote()).contains("Competitive");
    assertThat(copy.locations()).isEqualTo(posting.locations());
    assertThatThrownBy(() -> posting.withApplyUrl(URI.create("jobs.example.com")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(BAD_URL);
  }
}
