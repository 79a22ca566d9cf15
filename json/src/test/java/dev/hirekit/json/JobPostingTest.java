package dev.hirekit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.json.conformance.Seed;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.WorkplaceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema.org JobPosting of a role. */
class JobPostingTest {

  static Posting.Builder posting(WorkplaceType workplace) {
    Posting.Builder builder = Posting.builder();
    builder.title("Engineer").department("Engineering")
        .addLocation(Location.of("Berlin", "BE", "DE")).addLocation(Location.builder().city("Paris")
            .country("FR").build())
        .workplaceType(workplace).employmentType(EmploymentType.CONTRACT)
        .description(RoleDescription.builder().summary("Build things.").build());
    return builder;
  }

  static Map<String, Object> tree(Posting posting) {
    return JobPosting.of(Seed.role().revisePosting(Seed.RECRUITER, Seed.START.plusSeconds(
        7200), posting)).tree();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }

  @Test
  void theSeedRoleOnSite() {
    Map<String, Object> tree = JobPosting.of(Seed.role(), "Example Corp").tree();
    assertThat(tree.keySet()).containsExactly("@context", "@type", "title", "description",
        "datePosted", "employmentType", "hiringOrganization", "jobLocation", "baseSalary");
    assertThat(tree).containsEntry("@context", "https://schema.org")
        .containsEntry("@type", "JobPosting").containsEntry("title", "Forward-Deployed Engineer")
        .containsEntry("datePosted", "2026-12-01").containsEntry("employmentType", "FULL_TIME")
        .containsEntry("hiringOrganization", Map.of("@type", "Organization", "name",
            "Example Corp"))
        .containsEntry("jobLocation", List.of(Map.of("@type", "Place", "address", Map.of(
            "@type", "PostalAddress", "addressLocality", "San Francisco", "addressRegion", "CA",
            "addressCountry", "US"))))
        .containsEntry("baseSalary", Map.of("@type", "MonetaryAmount", "currency", "USD",
            "value", Map.of("@type", "QuantitativeValue", "minValue",
                new BigDecimal("150000.00"), "maxValue", new BigDecimal("230000.00"),
                "unitText", "YEAR")));
    assertThat(tree.get("description")).isEqualTo(
        "Half backend engineer, half trusted partner of our largest customers.\n\n"
            + "Responsibilities:\n- Build what important customers need next, to a high"
            + " standard\n- Own the relationship and upgrades of a set of key accounts\n\n"
            + "Qualifications:\n- Strong on backend systems, containers and Linux\n\n"
            + "Travel: Some travel to customers");
    assertThatThrownBy(() -> tree.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withoutOrganizationPayOrOpening() {
    Map<String, Object> tree = JobPosting.of(Role.draft(RoleId.of("r"),
        posting(WorkplaceType.ON_SITE).build(), Seed.RECRUITER, Seed.START)).tree();
    assertThat(tree.keySet()).containsExactly("@context", "@type", "title", "description",
        "employmentType", "jobLocation");
    assertThat(tree).containsEntry("description", "Build things.")
        .containsEntry("employmentType", "CONTRACTOR");
    assertThat(object(object(((List<?>) tree.get("jobLocation")).get(1)).get("address")))
        .doesNotContainKey("addressRegion").containsEntry("addressLocality", "Paris");
  }

  @Test
  void hybridWithARemotePolicy() {
    Map<String, Object> tree = tree(posting(WorkplaceType.HYBRID)
        .remotePolicy(RemotePolicy.builder().addAllowedCountry("FR").addAllowedCountry("DE")
            .build()).build());
    assertThat(tree).containsKey("jobLocation").containsEntry("jobLocationType", "TELECOMMUTE")
        .containsEntry("applicantLocationRequirements", List.of(
            Map.of("@type", "Country", "name", "DE"), Map.of("@type", "Country", "name", "FR")));
    Map<String, Object> hybrid = tree(posting(WorkplaceType.HYBRID).build());
    assertThat(hybrid).containsKey("jobLocation").doesNotContainKey("jobLocationType")
        .doesNotContainKey("applicantLocationRequirements");
  }

  @Test
  void remoteWithAndWithoutAllowedCountries() {
    Map<String, Object> anywhere = tree(posting(WorkplaceType.REMOTE)
        .remotePolicy(RemotePolicy.anywhere()).build());
    assertThat(anywhere).doesNotContainKey("jobLocation")
        .containsEntry("jobLocationType", "TELECOMMUTE")
        .doesNotContainKey("applicantLocationRequirements");
    Map<String, Object> inGermany = tree(posting(WorkplaceType.REMOTE)
        .remotePolicy(RemotePolicy.builder().addAllowedCountry("DE").build()).build());
    assertThat(inGermany).doesNotContainKey("jobLocation")
        .containsEntry("applicantLocationRequirements", List.of(
            Map.of("@type", "Country", "name", "DE")));
  }

  @Test
  void everyPayPeriodAndEmploymentTypeHasItsName() {
    Map<PayPeriod, String> units = Map.of(PayPeriod.HOURLY, "HOUR", PayPeriod.DAILY, "DAY",
        PayPeriod.WEEKLY, "WEEK", PayPeriod.MONTHLY, "MONTH", PayPeriod.YEARLY, "YEAR");
    units.forEach((period, unit) -> {
      Map<String, Object> tree = tree(posting(WorkplaceType.ON_SITE).payRange(PayRange.of(
          Money.of("10", "EUR"), Money.of("20", "EUR"), period)).build());
      assertThat(object(object(tree.get("baseSalary")).get("value")))
          .containsEntry("unitText", unit).containsEntry("minValue", new BigDecimal("10.00"))
          .containsEntry("maxValue", new BigDecimal("20.00"));
      assertThat(object(tree.get("baseSalary"))).containsEntry("currency", "EUR");
    });
    Map<EmploymentType, String> types = Map.of(EmploymentType.FULL_TIME, "FULL_TIME",
        EmploymentType.PART_TIME, "PART_TIME", EmploymentType.CONTRACT, "CONTRACTOR",
        EmploymentType.INTERN, "INTERN", EmploymentType.TEMPORARY, "TEMPORARY");
    types.forEach((type, name) -> assertThat(tree(posting(WorkplaceType.ON_SITE)
        .employmentType(type).build())).containsEntry("employmentType", name));
  }

  @Test
  void theDescriptionHasEachSectionWhenGiven() {
    Map<String, Object> tree = tree(posting(WorkplaceType.ON_SITE).description(
        RoleDescription.builder().summary("S.").addResponsibility("r1")
            .addQualification("q1").addQualification("q2").addBenefit("b1").build()).build());
    assertThat(tree.get("description")).isEqualTo("S.\n\nResponsibilities:\n- r1\n\n"
        + "Qualifications:\n- q1\n- q2\n\nBenefits:\n- b1");
    Map<String, Object> benefitsOnly = tree(posting(WorkplaceType.ON_SITE).description(
        RoleDescription.builder().summary("S.").addBenefit("b1").travel("None").build())
        .build());
    assertThat(benefitsOnly.get("description"))
        .isEqualTo("S.\n\nBenefits:\n- b1\n\nTravel: None");
  }

  @Test
  void theOrganizationAndRoleAreRequiredAndToStringHasOnlyTheTitle() {
    assertThatThrownBy(() -> JobPosting.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> JobPosting.of(null, "Org"))
        .isInstanceOf(NullPointerException.class).hasMessage("role");
    assertThatThrownBy(() -> JobPosting.of(Seed.role(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("organization");
    assertThat(JobPosting.of(Seed.role()).toString())
        .isEqualTo("JobPosting{Forward-Deployed Engineer}");
    assertThat(JobPosting.of(Seed.role()).tree()).doesNotContainKey("hiringOrganization");
  }
}
