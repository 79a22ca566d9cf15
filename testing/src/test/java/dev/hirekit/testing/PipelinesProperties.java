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
import java.util.Map;
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
      // applied to role-R (R 0 or 1), and on it or its sister role-(R+2) once transferred
      RoleId applied = Application.replay(application.history().subList(0, 1)).roleId();
      assertThat(applied.value()).matches("role-[01]");
      assertThat(application.roleId()).isIn(applied, RoleId.of("role-"
          + (Integer.parseInt(applied.value().substring(5)) + 2)));
      assertThat(application.history().get(0).at()).isEqualTo(
          Applications.START.plus(Duration.ofHours(7L * n)));
      assertThat(application.history()).allMatch(e -> e.application().equals(application.id()));
    }
    if (applications.isEmpty()) {
      return;
    }
    Application first = applications.get(0);
    Map<RoleId, RoleId> roles = Map.of(RoleId.of("role-0"), RoleId.of("elsewhere"),
        RoleId.of("role-2"), RoleId.of("elsewhere-too"));
    List<ApplicationEvent> renamed = Pipelines.renamed(first.history(),
        ApplicationId.of("other"), CandidateId.of("someone"), roles, Duration.ofDays(3));
    Application again = Application.replay(renamed);
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(again.stage()).isEqualTo(first.stage());
    assertThat(again.version()).isEqualTo(first.version());
    assertThat(again.roleId()).isEqualTo(roles.getOrDefault(first.roleId(), first.roleId()));
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
