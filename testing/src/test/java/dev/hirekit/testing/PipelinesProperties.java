package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.role.RoleId;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Pipelines are what they say: applications with their own ids, candidates, roles and starts,
 * each a valid history; and the generated reports are valid values of every kind.
 */
@AddLifecycleHook(CostlyTries.class)
class PipelinesProperties {
  @Provide
  Arbitrary<List<Application>> pipelines() {
    return Pipelines.pipelines(3);
  }

  @Property
  void eachApplicationHasItsOwnIdsAndStartAndRenamingKeepsAllElse(
      @ForAll("pipelines") List<Application> applications) {
    for (int n = 0; n < applications.size(); n++) {
      Application application = applications.get(n);
      assertThat(application.id()).isEqualTo(ApplicationId.of("app-" + n));
      assertThat(application.candidateId()).isEqualTo(CandidateId.of("cand-" + n));
      assertThat(application.roleId().value()).matches("role-[01]");
      assertThat(application.history().get(0).at()).isEqualTo(
          Applications.START.plus(Duration.ofHours(7L * n)));
      assertThat(application.history()).allMatch(e -> e.application().equals(application.id()));
    }
    if (applications.isEmpty()) {
      return;
    }
    Application first = applications.get(0);
    List<ApplicationEvent> renamed = Pipelines.renamed(first.history(),
        ApplicationId.of("other"), CandidateId.of("someone"), RoleId.of("elsewhere"),
        Duration.ofDays(3));
    Application again = Application.replay(renamed);
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(again.stage()).isEqualTo(first.stage());
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(again.roleId()).isEqualTo(RoleId.of("elsewhere"));
    for (int i = 0; i < renamed.size(); i++) {
      assertThat(renamed.get(i).at()).isEqualTo(first.history().get(i).at()
          .plus(Duration.ofDays(3)));
      assertThat(renamed.get(i).type()).isEqualTo(first.history().get(i).type());
    }
  }

  @Property
  void generatedReportsMergeWithTheEmptyReportOfTheirScope(
      @ForAll @From("reports") PipelineReport report) {
    assertThat(report.merge(PipelineReport.empty(report.scope()))).isEqualTo(report);
    assertThat(report.funnelTable()).endsWith(report.applications() + " applications, "
        + report.hires() + " hired, " + report.prospects() + " prospects\n");
  }

  @Provide
  Arbitrary<PipelineReport> reports() {
    return Pipelines.reports();
  }
}
