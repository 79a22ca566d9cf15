package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.money.Money;
import dev.hirekit.offer.Offer;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.role.Role;
import org.junit.jupiter.api.Test;

/**
 * What a malformed, forged or hostile document yields: the Jackson version's own exception,
 * naming the JSON path and the problem, never repeating personal data, never a half-built
 * object.
 */
class BadInputTest {

  static Throwable refusal(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> JSON.read(json, type));
    assertThat(thrown).isInstanceOf(JSON.documentedException());
    return thrown;
  }

  @Test
  void anUnknownEventTypeIsNamedWithItsPath() {
    String event = JSON.write(Seed.reopened().history().get(1))
        .replace("\"application.advanced\"", "\"application.teleported\"");
    assertThat(refusal(event, ApplicationEvent.class))
        .hasMessageContaining("$.type: is not a known ApplicationEvent type");
  }

  @Test
  void anUnknownEnumValueIsNamedWithItsPath() {
    String json = JSON.write(Seed.hire().role()).replace("\"on_site\"", "\"on_the_moon\"");
    assertThat(refusal(json, Role.class)).hasMessageContaining("workplaceType")
        .hasMessageContaining("is not a known WorkplaceType");
  }

  @Test
  void aNumberWhereAStringBelongsIsNamed() {
    assertThat(refusal("{\"amount\":185000,\"currency\":\"USD\"}", Money.class))
        .hasMessageContaining("$.amount: is a number; expected a string");
  }

  @Test
  void aNewerSchemaVersionIsRefused() {
    String json = JSON.write(Seed.candidate()).replace("\"schemaVersion\":1",
        "\"schemaVersion\":2");
    assertThat(refusal(json, Candidate.class))
        .hasMessageContaining("$.schemaVersion: is 2").hasMessageContaining("newer Hirekit");
  }

  @Test
  void aSummaryThatDisagreesWithTheHistoryIsRefused() {
    String json = JSON.write(Seed.reopened()).replace("\"status\":\"active\"",
        "\"status\":\"hired\"");
    assertThat(refusal(json, Application.class))
        .hasMessageContaining("$.status: disagrees with the history");
  }

  @Test
  void aForgedHistoryIsRefusedWithTheRuleNamed() {
    Application hired = Seed.hire().application();
    String json = JSON.write(hired);
    String approval = "\"sequence\":12,\"offer\":\"offer-ada\",\"offerVersion\":1,"
        + "\"at\":\"2026-12-08T07:00:00Z\",\"by\":{\"kind\":\"member\",\"member\":";
    String forged = json.replace(approval + "\"vp-engineering\"", approval + "\"eng-manager\"");
    assertThat(forged).isNotEqualTo(json);
    assertThat(refusal(forged, Application.class)).hasMessageContaining("$.history")
        .hasMessageContaining("not an approver the chain awaits");
  }

  @Test
  void anEventThatNamesTheWrongApplicationIsRefusedOnReplay() {
    String json = JSON.write(Seed.reopened()).replaceFirst("\"application\":\"app-ben\",\"sequence\":3",
        "\"application\":\"app-eve\",\"sequence\":3");
    assertThat(refusal(json, Application.class)).hasMessageContaining("$.history");
  }

  @Test
  void anOfferNoLegalPathReachesIsRefused() {
    Offer accepted = Seed.hire().application().offers().get(1);
    String json = JSON.write(accepted).replace("\"approvals\":[\"vp-engineering\"]",
        "\"approvals\":[]");
    assertThat(refusal(json, Offer.class)).hasMessageContaining("approv");
  }

  @Test
  void aForgedReportWhoseFiguresDoNotAddUpIsRefused() {
    String json = JSON.write(Seed.report());
    String call = "\"stage\":\"call\",\"kind\":\"screen\",\"reached\":2,\"reachedLater\":1,"
        + "\"hiredLater\":1,\"entries\":";
    String visits = json.replace(call + "3", call + "4");
    assertThat(visits).isNotEqualTo(json);
    assertThat(refusal(visits, PipelineReport.class)).hasMessageContaining(
        "$.funnels[0].stages[1]: StageFigures.entries: is 4, not the sum of the outcomes (3)");
    String hires = json.replace("\"prospects\":0,\"hires\":1,", "\"prospects\":0,\"hires\":2,");
    assertThat(hires).isNotEqualTo(json);
    assertThat(refusal(hires, PipelineReport.class))
        .hasMessageContaining("$: PipelineReport.timeToHire: times 1 hires, not 2");
    String codes = json.replace("\"rejectedByCode\":{\"not-now\":1}",
        "\"rejectedByCode\":{\"not-now\":1,\"" + Seed.PERSONAL.get(0) + "\":0}");
    assertThat(codes).isNotEqualTo(json);
    assertThat(refusal(codes, PipelineReport.class).getMessage())
        .contains("$.funnels[0].stages[1]: StageFigures.rejectedByCode")
        .doesNotContain(Seed.PERSONAL.get(0));
  }

  @Test
  void aFieldGivenTwiceIsRefused() {
    assertThat(refusal("{\"amount\":\"1.00\",\"currency\":\"USD\",\"currency\":\"EUR\"}",
        Money.class)).hasMessageContaining("given twice");
  }

  @Test
  void deepNestingStaysWithinTheParsersLimits() {
    String deep = "{\"amount\":" + "[".repeat(100_000) + "]".repeat(100_000)
        + ",\"currency\":\"USD\"}";
    refusal(deep, Money.class);
  }

  @Test
  void hugeInputStaysWithinTheParsersLimits() {
    String json = JSON.write(Seed.candidate()).replace(Seed.PERSONAL.get(0), "A".repeat(5_000));
    Throwable thrown = catchThrowable(() -> JSON.withMaxStringLength(1_000).read(json,
        Candidate.class));
    assertThat(thrown).isInstanceOf(JSON.documentedException());
    assertThat(thrown.getMessage()).doesNotContain("AAAAAAAAAA");
  }

  @Test
  void aHugeNumberIsRefusedAsOutOfRange() {
    String json = JSON.write(Seed.reopened().history().get(1))
        .replaceFirst("\"sequence\":2", "\"sequence\":" + "9".repeat(400));
    assertThat(refusal(json, ApplicationEvent.class)).hasMessageContaining("sequence");
  }

  @Test
  void malformedJsonInsideACandidateNeverRepeatsPersonalData() {
    String json = JSON.write(Seed.candidate());
    for (String personal : Seed.PERSONAL) {
      String broken = json.replace("\"" + personal + "\"", personal);
      assertThat(refusal(broken, Candidate.class).getMessage()).doesNotContain(personal)
          .doesNotContain(personal.substring(0, 3));
    }
  }

  @Test
  void aRefusedCandidateFieldNeverRepeatsPersonalData() {
    String json = JSON.write(Seed.candidate())
        .replace(Seed.PERSONAL.get(0), Seed.PERSONAL.get(0) + "\\u0000");
    assertThat(refusal(json, Candidate.class).getMessage()).contains("Candidate.name")
        .doesNotContain(Seed.PERSONAL.get(0));
  }

  @Test
  void theTrustedLoadSkipsPastPermissionsButNoRule() throws Exception {
    Application hired = Seed.hire().application();
    String json = JSON.write(hired);
    Json trusted = JSON.trusted(HiringPolicy.roles(), Role.DEFAULT_POLICY);
    assertThat(trusted.read(json, Application.class)).isEqualTo(hired);
    String forged = json.replace("\"status\":\"hired\"", "\"status\":\"active\"");
    Throwable thrown = catchThrowable(() -> trusted.read(forged, Application.class));
    assertThat(thrown).isInstanceOf(JSON.documentedException());
  }
}
