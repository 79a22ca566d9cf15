package dev.hirekit.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateMergesTest {
  private static final Instant T0 = CandidacyTest.T0;
  private static final Actor RECRUITER = CandidacyTest.RECRUITER;
  private static final CandidateId A = CandidateId.of("c-a");
  private static final CandidateId B = CandidateId.of("c-b");
  private static final CandidateId C = CandidateId.of("c-c");

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aMergeJoinsBothRecordsHistoriesWithoutChangingThem() {
    Application first = MergeProperties.application(0, 0, 2);
    Application second = MergeProperties.application(1, 1, 1);
    Application other = MergeProperties.application(2, 2, 0);
    CandidateId c0 = MergeProperties.record(0);
    CandidateId c1 = MergeProperties.record(1);
    CandidateMerges merges = CandidateMerges.none().merge(c1, c0, RECRUITER, at(1),
        "same email on both profiles");

    assertThat(merges.personOf(c1)).isEqualTo(c0);
    assertThat(merges.mergedInto(c1)).contains(c0);
    assertThat(merges.mergedInto(c0)).isEmpty();
    assertThat(merges.recordsOf(c1)).containsExactly(c0, c1);
    assertThat(merges.applicationsOf(c1, List.of(first, second, other)))
        .containsExactly(first, second);
    assertThat(merges.applicationsOf(c0, List.of(other, second, first)))
        .containsExactly(second, first);
    assertThat(second.candidateId()).isEqualTo(c1);
    assertThat(merges.history()).singleElement().isInstanceOfSatisfying(
        MergeEvent.Merged.class, m -> {
          assertThat(m.type()).isEqualTo("candidate.merged");
          assertThat(m.sequence()).isEqualTo(1);
          assertThat(m.by()).isEqualTo(RECRUITER);
          assertThat(m.at()).isEqualTo(at(1));
        });
  }

  @Test
  void recordsMergedIntoADuplicateFollowItAndComeBackWithIt() {
    CandidateMerges merges = CandidateMerges.none()
        .merge(C, B, RECRUITER, at(1), "same phone")
        .merge(B, A, RECRUITER, at(2), "same email");
    assertThat(merges.personOf(C)).isEqualTo(A);
    assertThat(merges.recordsOf(A)).containsExactly(A, B, C);

    CandidateMerges undone = merges.unmerge(B, RECRUITER, at(3), "two people");
    assertThat(undone.personOf(C)).isEqualTo(B);
    assertThat(undone.recordsOf(A)).containsExactly(A);
    assertThat(undone.recordsOf(C)).containsExactly(B, C);
    assertThat(undone.history()).last().isInstanceOfSatisfying(MergeEvent.Unmerged.class,
        u -> {
          assertThat(u.from()).isEqualTo(A);
          assertThat(u.type()).isEqualTo("candidate.unmerged");
        });
    assertThat(undone.version()).isEqualTo(3);
  }

  @Test
  void mergingIntoAMergedRecordNamesThePersonToMergeInto() {
    CandidateMerges merges = CandidateMerges.none().merge(B, A, RECRUITER, at(1), "same email");
    assertThatThrownBy(() -> merges.merge(C, B, RECRUITER, at(2), "same phone"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Candidate c-c is PRIMARY: cannot MERGE (the record to merge into (c-b) is"
            + " already merged into c-a; merge into c-a, which stands for the person, or"
            + " unmerge c-b first); allowed now: [MERGE]");
    assertThatThrownBy(() -> merges.merge(B, C, RECRUITER, at(2), "again"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Candidate c-b is MERGED: cannot MERGE (it is already merged into c-a;"
            + " unmerge it first to merge it elsewhere); allowed now: [UNMERGE]");
  }

  @Test
  void aRecordNeverMergesIntoItselfAndMergesNeverCycle() {
    assertThatThrownBy(() -> CandidateMerges.none().merge(A, A, RECRUITER, at(1), "x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is the duplicate itself (c-a)");
    CandidateMerges merges = CandidateMerges.none().merge(B, A, RECRUITER, at(1), "same");
    assertThatThrownBy(() -> merges.merge(A, B, RECRUITER, at(2), "same"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void onlyAMergedRecordIsUnmerged() {
    assertThatThrownBy(() -> CandidateMerges.none().unmerge(A, RECRUITER, at(1), "x"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Candidate c-a is PRIMARY: cannot UNMERGE (it is not merged; only a merged"
            + " record is unmerged); allowed now: [MERGE]");
  }

  @Test
  void aCandidateNeverMergesAndTimeNeverRunsBackwards() {
    assertThatThrownBy(() -> CandidateMerges.none().merge(B, A, Actor.candidate(B), at(1),
        "it is me"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Candidate c-b is PRIMARY: cannot MERGE (a candidate does not merge"
            + " records; a team member or the system does); allowed now: []");
    CandidateMerges merges = CandidateMerges.none().merge(B, A, RECRUITER, at(5), "same");
    assertThatThrownBy(() -> merges.unmerge(B, RECRUITER, at(4), "two people"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("event time " + at(4) + " is before the previous event at "
            + at(5));
    assertThat(merges.unmerge(B, Actor.system(), at(5), "two people").merges()).isEmpty();
  }

  @Test
  void replayChecksEveryEventAsItsAction() {
    MergeEvent first = new MergeEvent.Merged(1, B, A, "same", at(1), RECRUITER);
    assertThat(CandidateMerges.replay(List.of()).version()).isZero();
    assertThat(CandidateMerges.replay(List.of(first)).personOf(B)).isEqualTo(A);
    assertThatThrownBy(() -> CandidateMerges.replay(List.of(
        new MergeEvent.Merged(2, B, A, "same", at(1), RECRUITER))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is 2 where 1 comes next");
    assertThatThrownBy(() -> CandidateMerges.replay(List.of(first,
        new MergeEvent.Unmerged(2, B, C, "two", at(2), RECRUITER))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is c-c, and record c-b is merged into c-a");
    assertThatThrownBy(() -> CandidateMerges.replay(List.of(
        new MergeEvent.Unmerged(1, B, A, "two", at(2), RECRUITER))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("it is not merged");
    assertThatThrownBy(() -> CandidateMerges.replay(List.of(first,
        new MergeEvent.Merged(2, C, B, "same", at(2), RECRUITER))))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void reasonsNeverShowAndEqualityIsTheHistory() {
    MergeEvent.Merged merged = new MergeEvent.Merged(1, B, A, "Ada's two emails", at(1),
        RECRUITER);
    MergeEvent.Unmerged unmerged = new MergeEvent.Unmerged(2, B, A, "Ada and Adam", at(2),
        RECRUITER);
    assertThat(merged.toString()).doesNotContain("Ada").contains("reason=<redacted>");
    assertThat(unmerged.toString()).doesNotContain("Ada").contains("from=c-a");
    CandidateMerges one = CandidateMerges.replay(List.of(merged, unmerged));
    assertThat(one).isEqualTo(CandidateMerges.replay(List.of(merged, unmerged)))
        .hasSameHashCodeAs(CandidateMerges.replay(List.of(merged, unmerged)))
        .isNotEqualTo(CandidateMerges.replay(List.of(merged)))
        .isNotEqualTo("merges");
    assertThat(one.toString()).isEqualTo("CandidateMerges[merged=0, version=2]");
    assertThat(one.merges()).isEmpty();
    assertThatThrownBy(() -> new MergeEvent.Merged(1, B, A, " ", at(1), RECRUITER))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new MergeEvent.Unmerged(1, B, B, "x", at(1), RECRUITER))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void introspectionNamesTheOneActionEachRecordHas() {
    CandidateMerges merges = CandidateMerges.none().merge(B, A, RECRUITER, at(1), "same");
    assertThat(merges.allowedActions(RECRUITER, A)).containsExactly(MergeAction.MERGE);
    assertThat(merges.allowedActions(RECRUITER, B)).containsExactly(MergeAction.UNMERGE);
    assertThat(merges.allowedActions(Actor.candidate(A), A)).isEmpty();
    assertThat(merges.recordsOf(C)).isEqualTo(Set.of(C));
    assertThat(merges.mergedInto(C)).isEqualTo(Optional.empty());
  }

  @Test
  void typesNamesEveryEventByItsStableName() {
    CandidateMerges merges = CandidateMerges.none().merge(B, A, RECRUITER, at(1), "same")
        .unmerge(B, RECRUITER, at(2), "two");
    assertThat(merges.history()).extracting(MergeEvent::getClass)
        .containsExactly(MergeEvent.Merged.class, MergeEvent.Unmerged.class);
    assertThat(MergeEvent.types()).containsExactly(
        java.util.Map.entry("candidate.merged", MergeEvent.Merged.class),
        java.util.Map.entry("candidate.unmerged", MergeEvent.Unmerged.class));
    for (MergeEvent event : merges.history()) {
      assertThat(MergeEvent.types()).containsEntry(event.type(), event.getClass());
    }
  }
}
