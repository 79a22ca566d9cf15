package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.report.PipelineReport;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;

/** What the pipelines and the report generators give, by example. */
class PipelinesTest {
  @Example
  void sourcesGoByTheCandidatesNumberAndOneInSevenIsUnknown() {
    SourceKind[] kinds = SourceKind.values();
    for (int n = 0; n < kinds.length; n++) {
      assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-" + n))).contains(kinds[n]);
    }
    assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-" + kinds.length))).isEmpty();
    assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-" + (kinds.length + 1))))
        .contains(kinds[0]);
    Optional<SourceKind> named = Pipelines.SOURCES.apply(CandidateId.of("cand-ada"));
    assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-ada"))).isEqualTo(named);
    assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-12345678901")))
        .isEqualTo(Pipelines.SOURCES.apply(CandidateId.of("cand-12345678901")));
  }

  @Example
  void aQuarterOfTheApplicationsHeadForAHireAndManyGetThere() {
    List<List<Application>> pipelines = Pipelines.pipelines(4).sampleStream().limit(40)
        .toList();
    long hired = pipelines.stream().flatMap(List::stream)
        .filter(a -> a.status() == ApplicationStatus.HIRED).count();
    assertThat(hired).isPositive();
    assertThat(pipelines).allMatch(p -> p.size() <= 4);
    assertThat(pipelines.stream().mapToInt(List::size).sum()).isPositive();
  }

  @Example
  void generatedReportsHoldFiguresOfEveryPart() {
    List<PipelineReport> reports = Pipelines.reports().sampleStream().limit(200).toList();
    assertThat(reports).anyMatch(r -> !r.funnels().isEmpty())
        .anyMatch(r -> r.offers().drafted() > 0)
        .anyMatch(r -> !r.sources().bySource().isEmpty())
        .anyMatch(r -> r.hires() > 0)
        .anyMatch(r -> r.scope().exact())
        .anyMatch(r -> r.scope().calendar().isPresent());
    assertThat(Pipelines.stageFigures().sampleStream().limit(50)).anyMatch(s -> s.entries() > 0);
    assertThat(Pipelines.planFunnels().sampleStream().limit(50))
        .allMatch(f -> !f.stages().isEmpty());
    assertThat(Pipelines.offerFigures().sampleStream().limit(50))
        .anyMatch(o -> o.accepted() > 0);
    assertThat(Pipelines.durationSketches().sampleStream().limit(50))
        .anyMatch(s -> s.count() > 0);
  }
}
