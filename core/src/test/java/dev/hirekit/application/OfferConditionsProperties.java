package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.OFFER;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.atOffer;
import static dev.hirekit.application.Fixtures.openRole;
import static dev.hirekit.application.Fixtures.t;
import static dev.hirekit.application.Fixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.application.ApplicationEvent.OfferSubmittedForApproval;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.role.Role;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.MemberId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Contingencies gate the hire: after any sequence of clearing and failing, HIRE is allowed (and
 * {@code hireTargets} lists the opening) exactly when every contingency is cleared. Conditional
 * approval rules add exactly the groups whose thresholds the terms cross, and the submission
 * event records them so a replay gives the same chain.
 */
class OfferConditionsProperties {

  @Provide
  Arbitrary<List<ContingencyKind>> kinds() {
    return Arbitraries.of(ContingencyKind.class).list().uniqueElements().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Boolean, Integer>>> settlements() {
    return Arbitraries.of(true, true, true, false).tuple2()
        .map(t -> Tuple.of(t.get1(), 0)).list().ofMaxSize(6)
        .flatMap(list -> Arbitraries.integers().between(0, 5).list().ofSize(list.size())
            .map(picks -> {
              List<Tuple.Tuple2<Boolean, Integer>> out = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                out.add(Tuple.of(list.get(i).get1(), picks.get(i)));
              }
              return out;
            }));
  }

  @Property(tries = 200)
  void aHireIsAllowedExactlyWhenEveryContingencyIsCleared(
      @ForAll("kinds") List<ContingencyKind> kinds,
      @ForAll("settlements") List<Tuple.Tuple2<Boolean, Integer>> steps) {
    Role role = openRole();
    OfferDetails details = OfferDetails.builder()
        .contingencies(kinds.stream().map(Contingency::of).toList()).build();
    Application app = atOffer().draftOffer(RECRUITER, t(6), OFFER, terms("185000"),
            t(24 * 14), ApprovalChain.none(), details)
        .extendOffer(RECRUITER, t(7)).acceptOffer(RECRUITER, t(8));
    int hour = 9;
    for (Tuple.Tuple2<Boolean, Integer> step : steps) {
      assertGateIsTrue(app, role, hour);
      List<ContingencyKind> pending = app.currentOffer().orElseThrow().pendingContingencies();
      ContingencyKind kind = ContingencyKind.values()[step.get2()
          % ContingencyKind.values().length];
      Application before = app;
      if (!pending.contains(kind)) {
        int at = hour;
        assertThatThrownBy(() -> {
          if (step.get1()) {
            before.clearOfferContingency(RECRUITER, t(at), kind);
          } else {
            before.failOfferContingency(RECRUITER, t(at), kind);
          }
        }).isInstanceOf(IllegalTransitionException.class);
        assertThat(app).isSameAs(before);
        continue;
      }
      app = step.get1() ? app.clearOfferContingency(RECRUITER, t(hour), kind)
          : app.failOfferContingency(RECRUITER, t(hour), kind);
      hour++;
    }
    assertGateIsTrue(app, role, hour);
    assertThat(Application.replay(app.history())).isEqualTo(app);
  }

  private static void assertGateIsTrue(Application app, Role role, int hour) {
    var offer = app.currentOffer().orElseThrow();
    boolean allCleared = offer.clearedContingencies().size()
        == offer.details().contingencies().size();
    assertThat(app.allowedActions(RECRUITER).contains(ApplicationAction.HIRE))
        .isEqualTo(allCleared);
    assertThat(app.hireTargets(role, RECRUITER).isEmpty()).isEqualTo(!allCleared);
    assertThat(app.allowedOfferActions(RECRUITER, t(hour))
        .contains(OfferAction.CLEAR_CONTINGENCY))
        .isEqualTo(!offer.pendingContingencies().isEmpty());
    if (!allCleared) {
      assertThatThrownBy(() -> app.hire(role, RECRUITER, t(hour), SeedRole.OPENING))
          .isInstanceOf(IllegalTransitionException.class);
    }
  }

  @Property(tries = 200)
  void conditionalRulesAddExactlyTheCrossedGroupsOnceAndReplayTheRecord(
      @ForAll @IntRange(min = 100, max = 250) int baseThousands,
      @ForAll @IntRange(min = 100, max = 250) int bandMaxThousands,
      @ForAll @Size(max = 3) List<@IntRange(min = 0, max = 2) Integer> ruleKinds) {
    PayRange band = PayRange.of(Money.of("1000", "USD"),
        Money.of(bandMaxThousands + "000", "USD"), PayPeriod.YEARLY);
    List<ApprovalRule> rules = new ArrayList<>();
    for (int i = 0; i < ruleKinds.size(); i++) {
      ApprovalGroup group = ApprovalGroup.of("extra-" + ruleKinds.get(i), 1,
          MemberId.of("x-" + i));
      rules.add(switch (ruleKinds.get(i)) {
        case 0 -> ApprovalRule.baseAbove(band, group);
        case 1 -> ApprovalRule.signOnAbove(Money.of("1", "USD"), group);
        default -> ApprovalRule.equityAbove(java.math.BigDecimal.ONE, group);
      });
    }
    Application drafted = atOffer().draftOffer(RECRUITER, t(6), OFFER,
        terms(baseThousands + "000"), t(24 * 14),
        ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1, Fixtures.FINANCE));
    Application submitted = drafted.submitOfferForApproval(RECRUITER, t(7), rules);

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < ruleKinds.size(); i++) {
      // the fixture's terms have no sign-on and no equity: only the band can be crossed
      String name = "extra-" + ruleKinds.get(i);
      if (ruleKinds.get(i) == 0 && baseThousands > bandMaxThousands
          && !expected.contains(name)) {
        expected.add(name);
      }
    }
    var chain = submitted.currentOffer().orElseThrow().approvalChain();
    assertThat(chain.groups()).extracting(ApprovalGroup::name).containsExactlyElementsOf(
        concat(ApprovalChain.DEFAULT_GROUP, expected));
    var event = (OfferSubmittedForApproval) submitted.history()
        .get(submitted.history().size() - 1);
    assertThat(event.conditionalApprovers().map(c -> c.groups().size()).orElse(0))
        .isEqualTo(expected.size());
    assertThat(Application.replay(submitted.history())).isEqualTo(submitted);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
