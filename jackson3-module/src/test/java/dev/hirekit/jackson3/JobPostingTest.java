package dev.hirekit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hirekit.json.JobPosting;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.role.Location;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.WorkplaceType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The seed role's schema.org JobPosting, field by field, from both Jackson modules. */
class JobPostingTest {
  private static final JsonMapper JACKSON3 =
      JsonMapper.builder().addModule(new HirekitModule()).build();
  private static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new dev.hirekit.jackson.HirekitModule());
  private static final String HOSTILE = "</script><script>alert(1)</script>";
  /** An illustrative range: the seed posts no figures. */
  private static final PayRange RANGE = PayRange.of(Money.of("160000", "USD"),
      Money.of("210000.50", "USD"), PayPeriod.YEARLY);

  private static String json(JobPosting posting) {
    return JACKSON3.writeValueAsString(posting);
  }

  private static Map<String, Object> read(String json) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = JACKSON3.readValue(json, Map.class);
    return map;
  }

  private static Map<String, Object> written(JobPosting posting) {
    return read(json(posting));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(Object value) {
    return (Map<String, Object>) value;
  }

  private static BigDecimal number(Object value) {
    assertThat(value).isInstanceOf(Number.class);
    return new BigDecimal(value.toString());
  }

  @Test
  void theSeedRoleIsWrittenFieldByField() {
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open()));

    assertThat(ld.keySet()).containsExactly("@context", "@type", "title", "description",
        "datePosted", "employmentType", "jobLocation");
    assertThat(ld.get("@context")).isEqualTo("https://schema.org");
    assertThat(ld.get("@type")).isEqualTo("JobPosting");
    assertThat(ld.get("title")).isEqualTo("Forward-Deployed Engineer");
    assertThat((String) ld.get("description")).startsWith(SeedRole.SUMMARY)
        .contains("Responsibilities:\n- Build what important customers need next")
        .contains("Qualifications:\n- Strong on backend systems, containers and Linux")
        .endsWith("Travel: Some travel to customers");
    assertThat(ld.get("datePosted")).isEqualTo("2026-03-02");
    assertThat(ld.get("employmentType")).isEqualTo("FULL_TIME");

    List<?> places = (List<?>) ld.get("jobLocation");
    assertThat(places).hasSize(1);
    Map<String, Object> place = obj(places.get(0));
    assertThat(place.get("@type")).isEqualTo("Place");
    assertThat(obj(place.get("address"))).containsExactly(
        Map.entry("@type", "PostalAddress"), Map.entry("addressLocality", "San Francisco"),
        Map.entry("addressRegion", "CA"), Map.entry("addressCountry", "US"));
  }

  @Test
  void fieldsTheRoleLacksAreLeftOut() {
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open()));

    assertThat(ld).doesNotContainKeys("validThrough", "baseSalary", "hiringOrganization",
        "jobLocationType", "applicantLocationRequirements");
  }

  @Test
  void aDraftNeverOpenedHasNoDatePosted() {
    assertThat(written(JobPosting.of(SeedRole.draft(SeedRole.posting()))))
        .doesNotContainKey("datePosted").containsKey("title");
  }

  @Test
  void theDatePostedIsTheFirstOpeningNotALaterReopening() {
    Role reopened = SeedRole.open().hold(SeedRole.RECRUITER,
        SeedRole.OPENED.plusSeconds(86_400 * 3)).resume(SeedRole.RECRUITER,
        SeedRole.OPENED.plusSeconds(86_400 * 5));

    assertThat(written(JobPosting.of(reopened)).get("datePosted")).isEqualTo("2026-03-02");
  }

  @Test
  void theHiringOrganizationOnlyWhenGiven() {
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open(), "Example Corp"));

    assertThat(obj(ld.get("hiringOrganization"))).containsExactly(
        Map.entry("@type", "Organization"), Map.entry("name", "Example Corp"));
    assertThat(ld.keySet()).containsExactly("@context", "@type", "title", "description",
        "datePosted", "employmentType", "hiringOrganization", "jobLocation");
    assertThat(written(JobPosting.of(SeedRole.open()))).doesNotContainKey("hiringOrganization");
  }

  @Test
  void aPayRangeIsTheBaseSalaryAsAMonetaryAmount() {
    Map<String, Object> ld =
        written(JobPosting.of(SeedRole.open(SeedRole.posting().withPayRange(RANGE))));

    Map<String, Object> salary = obj(ld.get("baseSalary"));
    assertThat(salary.keySet()).containsExactly("@type", "currency", "value");
    assertThat(salary.get("@type")).isEqualTo("MonetaryAmount");
    assertThat(salary.get("currency")).isEqualTo("USD");
    Map<String, Object> value = obj(salary.get("value"));
    assertThat(value.keySet()).containsExactly("@type", "minValue", "maxValue", "unitText");
    assertThat(value.get("@type")).isEqualTo("QuantitativeValue");
    assertThat(number(value.get("minValue"))).isEqualByComparingTo("160000");
    assertThat(number(value.get("maxValue"))).isEqualByComparingTo("210000.50");
    assertThat(value.get("unitText")).isEqualTo("YEAR");
    assertThat(json(JobPosting.of(SeedRole.open(SeedRole.posting().withPayRange(RANGE)))))
        .contains("\"minValue\":160000.00,\"maxValue\":210000.50,");
  }

  @Test
  void anHourlyRangeIsQuotedPerHour() {
    PayRange hourly = PayRange.of(Money.of("60", "USD"), Money.of("80", "USD"),
        PayPeriod.HOURLY);
    Map<String, Object> ld =
        written(JobPosting.of(SeedRole.open(SeedRole.posting().withPayRange(hourly))));

    assertThat(obj(obj(ld.get("baseSalary")).get("value")).get("unitText")).isEqualTo("HOUR");
  }

  @Test
  void aRemoteRoleIsTelecommuteWithItsCountriesAndNoJobLocation() {
    Posting remote = SeedRole.posting().withWorkplaceType(WorkplaceType.REMOTE)
        .withLocations(List.of(Location.of("Anywhere", "US")))
        .withRemotePolicy(RemotePolicy.builder().addAllowedCountry("US")
            .addAllowedCountry("CA").build());
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open(remote)));

    assertThat(ld).doesNotContainKey("jobLocation");
    assertThat(ld.get("jobLocationType")).isEqualTo("TELECOMMUTE");
    assertThat(ld.get("applicantLocationRequirements")).isEqualTo(List.of(
        Map.of("@type", "Country", "name", "CA"), Map.of("@type", "Country", "name", "US")));
  }

  @Test
  void aRemoteRoleOpenToAnyCountryNamesNone() {
    Posting remote = SeedRole.posting().withWorkplaceType(WorkplaceType.REMOTE)
        .withRemotePolicy(RemotePolicy.anywhere());
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open(remote)));

    assertThat(ld.get("jobLocationType")).isEqualTo("TELECOMMUTE");
    assertThat(ld).doesNotContainKeys("jobLocation", "applicantLocationRequirements");
  }

  @Test
  void aHybridRoleHasBothItsOfficeAndTelecommute() {
    Posting hybrid = SeedRole.posting().withWorkplaceType(WorkplaceType.HYBRID)
        .withRemotePolicy(RemotePolicy.builder().addAllowedCountry("US").build());
    Map<String, Object> ld = written(JobPosting.of(SeedRole.open(hybrid)));

    assertThat(ld).containsKey("jobLocation");
    assertThat(ld.get("jobLocationType")).isEqualTo("TELECOMMUTE");
  }

  @Test
  void jackson2AndJackson3WriteTheSameBytes() throws Exception {
    Posting remote = SeedRole.posting().withWorkplaceType(WorkplaceType.REMOTE)
        .withRemotePolicy(RemotePolicy.builder().addAllowedCountry("US").build());
    List<JobPosting> postings = List.of(
        JobPosting.of(SeedRole.open()),
        JobPosting.of(SeedRole.open(), "Example Corp"),
        JobPosting.of(SeedRole.open(SeedRole.posting().withPayRange(RANGE))),
        JobPosting.of(SeedRole.open(remote)),
        JobPosting.of(SeedRole.draft(SeedRole.posting())),
        JobPosting.of(hostile(), "Tom & Jerry <Ltd>"));

    for (JobPosting posting : postings) {
      byte[] three = JACKSON3.writeValueAsBytes(posting);
      assertThat(JACKSON2.writeValueAsBytes(posting)).as(posting.toString()).isEqualTo(three);
      assertThat(JACKSON2.writeValueAsString(posting))
          .isEqualTo(new String(three, StandardCharsets.UTF_8));
    }
  }

  private static Role hostile() {
    return SeedRole.open(SeedRole.posting().withTitle("Engineer <b>&</b>")
        .withDescription(RoleDescription.builder().summary("Join us. " + HOSTILE)
            .addResponsibility("<!-- ship it -->").build()));
  }

  @Test
  void hostileTextCannotCloseTheScriptElement() throws Exception {
    JobPosting posting = JobPosting.of(hostile(), "Tom & Jerry <Ltd>");

    for (String json : List.of(JACKSON3.writeValueAsString(posting),
        JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(posting),
        new String(JACKSON3.writeValueAsBytes(posting), StandardCharsets.UTF_8),
        JACKSON2.writeValueAsString(posting),
        JACKSON2.writerWithDefaultPrettyPrinter().writeValueAsString(posting),
        new String(JACKSON2.writeValueAsBytes(posting), StandardCharsets.UTF_8))) {
      assertThat(json.toLowerCase(Locale.ROOT)).doesNotContain("</script");
      assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&")
          .contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E");

      Map<String, Object> ld = read(json);
      assertThat((String) ld.get("description")).startsWith("Join us. " + HOSTILE)
          .contains("- <!-- ship it -->");
      assertThat(ld.get("title")).isEqualTo("Engineer <b>&</b>");
      assertThat(obj(ld.get("hiringOrganization")).get("name")).isEqualTo("Tom & Jerry <Ltd>");
      assertThat(ld).isEqualTo(read(JACKSON3.writeValueAsString(posting.tree())));
    }
  }

  @Test
  void theGeneratorsOwnEscapesAreRestoredAfterThePosting() throws Exception {
    List<Object> page = List.of(JobPosting.of(hostile()), "a<b");

    assertThat(JACKSON3.writeValueAsString(page)).endsWith(",\"a<b\"]");
    assertThat(JACKSON2.writeValueAsString(page)).endsWith(",\"a<b\"]");
  }
}
