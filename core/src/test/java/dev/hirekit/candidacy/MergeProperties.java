package dev.hirekit.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Merges of candidate records against a reference written apart (a map from merged record to
 * the record it went into): random merges and unmerges of six records, some illegal, by team
 * members or candidates, at times that sometimes run backwards. After every step the merges
 * equal the reference; every application and every one of its events belongs to exactly one
 * person, unchanged; a replay of the history gives the same merges; and what
 * {@code allowedActions} lists is what succeeds.
 */
class MergeProperties {
  private static final int RECORDS = 6;
  private static final Role ROLE = SeedRole.role(RoleId.of("fde-sf"))
      .open(Actor.system(), CandidacyTest.T0);

  enum Kind { MERGE, UNMERGE }

  record Step(Kind kind, int duplicate, int into, boolean byCandidate, int minutes) {}

  record Scenario(List<Application> applications, List<Step> steps) {}

  static CandidateId record(int i) {
    return CandidateId.of("c-" + i);
  }

  static Application application(int index, int owner, int advances) {
    Instant at = CandidacyTest.day(index);
    Application a = Application.apply(ApplicationId.of("a-" + index), record(owner), ROLE,
        Actor.candidate(record(owner)), at);
    for (int i = 1; i <= advances; i++) {
      a = a.advance(CandidacyTest.RECRUITER, at.plus(Duration.ofHours(i)));
    }
    return a;
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<List<Application>> applications = Combinators.combine(
        Arbitraries.integers().between(0, RECORDS - 1), Arbitraries.integers().between(0, 3))
        .as((owner, advances) -> new int[] {owner, advances}).list().ofMaxSize(8)
        .map(specs -> {
          List<Application> built = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            built.add(application(i, specs.get(i)[0], specs.get(i)[1]));
          }
          return built;
        });
    Arbitrary<Step> steps = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, RECORDS - 1),
        Arbitraries.integers().between(0, RECORDS - 1),
        Arbitraries.of(false, false, false, true),
        Arbitraries.integers().between(-30, 600)).as(Step::new);
    return Combinators.combine(applications, steps.list().ofMaxSize(14)).as(Scenario::new);
  }

  @Property
  void mergesFollowTheReferenceAndKeepEveryEvent(@ForAll("scenarios") Scenario scenario) {
    Map<CandidateId, CandidateId> reference = new HashMap<>();
    CandidateMerges merges = CandidateMerges.none();
    Instant last = null; // no event yet: any time is the first
    Map<ApplicationId, List<ApplicationEvent>> before = new HashMap<>();
    for (Application a : scenario.applications()) {
      before.put(a.id(), List.copyOf(a.history()));
    }
    for (Step step : scenario.steps()) {
      Instant at = (last == null ? CandidacyTest.T0 : last)
          .plus(Duration.ofMinutes(step.minutes()));
      // Half the unmerges pick a merged record, so that legal ones are common.
      List<CandidateId> merged = reference.keySet().stream()
          .sorted(java.util.Comparator.comparing(CandidateId::value)).toList();
      CandidateId duplicate = step.kind() == Kind.UNMERGE && step.into() % 2 == 0
          && !merged.isEmpty() ? merged.get(step.duplicate() % merged.size())
          : record(step.duplicate());
      CandidateId into = record(step.into());
      Actor by = step.byCandidate() ? Actor.candidate(duplicate) : CandidacyTest.RECRUITER;
      boolean legal = !step.byCandidate() && (last == null || !at.isBefore(last))
          && (step.kind() == Kind.MERGE
              ? !reference.containsKey(duplicate) && !reference.containsKey(into)
              : reference.containsKey(duplicate));
      boolean sameRecord = step.kind() == Kind.MERGE && duplicate.equals(into);
      Statistics.label("step").collect(sameRecord ? "same record" : step.kind() + " " + legal);
      CandidateMerges previous = merges;
      if (sameRecord) {
        assertThatThrownBy(() -> previous.merge(duplicate, into, by, at, "same"))
            .isInstanceOf(dev.hirekit.InvalidValueException.class);
        continue;
      }
      if (!legal) {
        assertThatThrownBy(() -> apply(previous, step.kind(), duplicate, into, by, at))
            .isInstanceOf(IllegalTransitionException.class);
        assertThat(merges).isEqualTo(previous);
        continue;
      }
      merges = apply(merges, step.kind(), duplicate, into, by, at);
      if (step.kind() == Kind.MERGE) {
        reference.put(duplicate, into);
      } else {
        reference.remove(duplicate);
      }
      last = at;
      check(merges, reference, scenario.applications(), before);
    }
    check(merges, reference, scenario.applications(), before);
  }

  private static CandidateMerges apply(CandidateMerges merges, Kind kind, CandidateId duplicate,
      CandidateId into, Actor by, Instant at) {
    return kind == Kind.MERGE ? merges.merge(duplicate, into, by, at, "same email")
        : merges.unmerge(duplicate, by, at, "two people");
  }

  private static void check(CandidateMerges merges, Map<CandidateId, CandidateId> reference,
      List<Application> applications, Map<ApplicationId, List<ApplicationEvent>> before) {
    assertThat(merges.merges()).isEqualTo(reference);
    assertThat(CandidateMerges.replay(merges.history())).isEqualTo(merges)
        .extracting(CandidateMerges::merges).isEqualTo(reference);
    Set<CandidateId> persons = new HashSet<>();
    Set<CandidateId> seen = new HashSet<>();
    for (int i = 0; i < RECORDS; i++) {
      CandidateId r = record(i);
      CandidateId person = r;
      while (reference.containsKey(person)) {
        person = reference.get(person);
      }
      assertThat(merges.personOf(r)).isEqualTo(person);
      assertThat(merges.mergedInto(r)).isEqualTo(java.util.Optional.ofNullable(reference.get(r)));
      assertThat(merges.recordsOf(r)).contains(r, person)
          .isEqualTo(merges.recordsOf(person));
      assertThat(merges.allowedActions(CandidacyTest.RECRUITER, r)).isEqualTo(
          EnumSet.of(reference.containsKey(r) ? MergeAction.UNMERGE : MergeAction.MERGE));
      assertThat(merges.allowedActions(Actor.candidate(r), r)).isEmpty();
      if (persons.add(person)) {
        assertThat(java.util.Collections.disjoint(merges.recordsOf(person), seen))
            .as("the records of %s are no one else's", person).isTrue();
        seen.addAll(merges.recordsOf(person));
      }
    }
    assertThat(seen).hasSize(RECORDS);
    // Nothing is lost: every application is one person's, with every event it had.
    List<ApplicationEvent> events = new ArrayList<>();
    List<ApplicationId> owned = new ArrayList<>();
    for (CandidateId person : persons) {
      for (Application a : merges.applicationsOf(person, applications)) {
        owned.add(a.id());
        assertThat(a.history()).isEqualTo(before.get(a.id()));
        events.addAll(a.history());
      }
    }
    assertThat(owned).containsExactlyInAnyOrderElementsOf(
        applications.stream().map(Application::id).toList());
    assertThat(events).hasSize(before.values().stream().mapToInt(List::size).sum());
  }
}
