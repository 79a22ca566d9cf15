package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.SourceKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Pipelines by example, from fixed seeds: what a handful of draws must meet whatever the run's
 * tries (a mutation run draws five values per property, too few to meet a hire every time).
 */
class PipelinesTest {
  @Test
  void sourcesGoByTheCandidatesNumberEveryKindComesAndOneInSevenIsUnknown() {
    int kinds = SourceKind.values().length;
    Set<SourceKind> seen = EnumSet.noneOf(SourceKind.class);
    int unknown = 0;
    for (int n = 0; n < 7 * (kinds + 1); n++) {
      Optional<SourceKind> source = Pipelines.SOURCES.apply(CandidateId.of("cand-" + n));
      assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-" + n))).isEqualTo(source);
      assertThat(Pipelines.SOURCES.apply(CandidateId.of("cand-" + (n + kinds + 1))))
          .isEqualTo(source);
      source.ifPresent(seen::add);
      unknown += source.isEmpty() ? 1 : 0;
    }
    assertThat(seen).containsExactlyInAnyOrder(SourceKind.values());
    assertThat(unknown).isEqualTo(7);
    CandidateId other = CandidateId.of("someone-else");
    assertThat(Pipelines.SOURCES.apply(other)).isEqualTo(Pipelines.SOURCES.apply(other));
  }

  @Example // a jqwik example: generators run on jqwik's threads only
  void aFewDrawsFromAFixedSeedMeetAWalkThatEndsInAHire() {
    RandomGenerator<List<Application>> pipelines = Pipelines.pipelines(4).generator(1000);
    Random random = new Random(20261130L);
    List<Application> drawn = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      drawn.addAll(pipelines.next(random).value());
    }
    assertThat(drawn).anyMatch(a -> a.status() == ApplicationStatus.HIRED);
    assertThat(drawn).anyMatch(a -> a.status() != ApplicationStatus.HIRED);
  }
}
