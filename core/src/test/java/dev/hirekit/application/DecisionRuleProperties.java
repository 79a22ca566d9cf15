package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.feedback.Scorecard;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.team.MemberId;
import dev.hirekit.testing.Plans;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The decision rules of a stage over random stages and cards. */
class DecisionRuleProperties {

  record Case(Stage stage, List<Scorecard> cards, int pick, Recommendation better,
      boolean debriefed) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Stage> stages = Plans.stages().filter(s -> !s.interviews().isEmpty()
        && !s.decisionRules().isEmpty());
    return stages.flatMap(stage -> {
      List<Interview> held = new ArrayList<>(stage.interviews());
      Arbitrary<Scorecard> card = Combinators.combine(Arbitraries.of(held),
              Arbitraries.integers().between(0, 5), Plans.recommendations())
          .as((interview, member, rec) -> Scorecard.builder().interview(interview.id())
              .interviewer(MemberId.of("m-" + member)).recommendation(rec).build());
      return Combinators.combine(card.list().ofMaxSize(6), Arbitraries.integers()
              .between(0, 5), Plans.recommendations(), Arbitraries.of(true, false))
          .as((cards, pick, better, debriefed) -> new Case(stage, cards, pick, better,
              debriefed));
    });
  }

  @Property(tries = 300)
  void improvingAVoteNeverTurnsAPassIntoAFail(@ForAll("cases") Case c) {
    if (c.cards().isEmpty() || Decisions.unmet(c.stage(), c.cards(), r -> c.debriefed())
        .isPresent()) {
      return;
    }
    int i = c.pick() % c.cards().size();
    Scorecard old = c.cards().get(i);
    if (c.better() == Recommendation.NO_DECISION
        || old.recommendation() == Recommendation.NO_DECISION
        || c.better().ordinal() < old.recommendation().ordinal()) {
      return;
    }
    List<Scorecard> improved = new ArrayList<>(c.cards());
    improved.set(i, old.withRecommendation(c.better()));
    assertThat(Decisions.unmet(c.stage(), improved, r -> c.debriefed())).isEmpty();
  }

  @Property(tries = 300)
  void addingAStrongYesNeverTurnsAPassIntoAFail(@ForAll("cases") Case c) {
    if (Decisions.unmet(c.stage(), c.cards(), r -> c.debriefed()).isPresent()) {
      return;
    }
    List<Scorecard> more = new ArrayList<>(c.cards());
    more.add(Scorecard.builder().interview(c.stage().interviews().iterator().next().id())
        .interviewer(MemberId.of("m-extra")).recommendation(Recommendation.STRONG_YES).build());
    assertThat(Decisions.unmet(c.stage(), more, r -> c.debriefed())).isEmpty();
  }

  @Property(tries = 300)
  void anAbstentionNeverChangesTheVotesNorTheResult(@ForAll("cases") Case c) {
    List<Scorecard> more = new ArrayList<>(c.cards());
    more.add(Scorecard.builder().interview(c.stage().interviews().iterator().next().id())
        .interviewer(MemberId.of("m-abstains")).recommendation(Recommendation.NO_DECISION)
        .build());
    assertThat(Decisions.votes(c.stage(), more)).isEqualTo(Decisions.votes(c.stage(),
        c.cards()));
    assertThat(Decisions.unmet(c.stage(), more, r -> c.debriefed()))
        .isEqualTo(Decisions.unmet(c.stage(), c.cards(), r -> c.debriefed()));
  }
}
