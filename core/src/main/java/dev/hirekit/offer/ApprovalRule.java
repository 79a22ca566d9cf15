package dev.hirekit.offer;

import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.internal.Require;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conditional approver: an {@link ApprovalGroup} that joins an offer's approval chain when the
 * offer's terms cross a threshold. The rules are data the employer supplies when an offer is
 * submitted for approval; the groups they add are recorded in that event, so a replay never
 * evaluates rules again (and never with different ones).
 *
 * <p>Three kinds of threshold: the base pay above a pay range's maximum (the role's band), the
 * sign-on bonus above an amount, the equity amount above a number of units. A threshold in money
 * compares only amounts of its currency; terms in another currency cannot be compared and count
 * as crossing it, so they always get the extra approval. A group whose name is already in the
 * chain is not added twice.
 *
 * <pre>{@code
 * ApprovalRule overBand = ApprovalRule.baseAbove(role.posting().payRange().orElseThrow(),
 *     ApprovalGroup.of("compensation committee", 1, MemberId.of("cfo")));
 * List<ApprovalGroup> added = ApprovalRule.groupsFor(offer, List.of(overBand));
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class ApprovalRule {

  enum Kind { BASE_ABOVE, SIGN_ON_ABOVE, EQUITY_ABOVE }

  ApprovalRule() {}

  @Value.Parameter
  abstract Kind kind();

  @Value.Parameter
  abstract Optional<Money> moneyThreshold();

  @Value.Parameter
  abstract Optional<BigDecimal> unitThreshold();

  @Value.Parameter
  abstract Optional<PayPeriod> period();

  /**
   * The group that joins the chain when the rule applies.
   *
   * @return the group
   */
  @Value.Parameter
  public abstract ApprovalGroup group();

  /**
   * A rule that adds a group when the base pay is above the maximum of a pay range, typically the
   * role's band. The range's pay period must be the base's: a yearly band says nothing of an
   * hourly rate, so a base paid per another period counts as crossing it.
   *
   * @param range the pay range
   * @param group the group to add
   * @return the rule
   */
  public static ApprovalRule baseAbove(PayRange range, ApprovalGroup group) {
    Require.given(range, "ApprovalRule", "range");
    return ImmutableApprovalRule.of(Kind.BASE_ABOVE, Optional.of(range.max()), Optional.empty(),
        Optional.of(range.period()), group);
  }

  /**
   * A rule that adds a group when the sign-on bonus is above an amount.
   *
   * @param threshold the amount; a sign-on of exactly this much does not cross it
   * @param group the group to add
   * @return the rule
   */
  public static ApprovalRule signOnAbove(Money threshold, ApprovalGroup group) {
    return ImmutableApprovalRule.of(Kind.SIGN_ON_ABOVE,
        Optional.of(Require.given(threshold, "ApprovalRule", "threshold")), Optional.empty(),
        Optional.empty(), group);
  }

  /**
   * A rule that adds a group when the equity amount (units or value, as the offer states it) is
   * above a number.
   *
   * @param threshold the number, not negative
   * @param group the group to add
   * @return the rule
   */
  public static ApprovalRule equityAbove(BigDecimal threshold, ApprovalGroup group) {
    Require.given(threshold, "ApprovalRule", "threshold");
    Require.that(threshold.signum() >= 0, "ApprovalRule", "threshold",
        "is negative; an equity threshold counts from 0");
    return ImmutableApprovalRule.of(Kind.EQUITY_ABOVE, Optional.empty(), Optional.of(threshold),
        Optional.empty(), group);
  }

  @Value.Check
  void check() {
    Require.given(group(), "ApprovalRule", "group");
  }

  /**
   * Whether the terms cross this rule's threshold.
   *
   * @param terms the offer's compensation
   * @return true if the group must approve
   */
  public boolean appliesTo(Compensation terms) {
    Require.given(terms, "ApprovalRule", "terms");
    switch (kind()) {
      case BASE_ABOVE:
        if (!period().orElseThrow().equals(terms.base().period())) {
          return true;
        }
        return above(terms.base().amount(), moneyThreshold().orElseThrow());
      case SIGN_ON_ABOVE:
        return terms.signOn().map(s -> above(s, moneyThreshold().orElseThrow())).orElse(false);
      default:
        return terms.equity()
            .map(e -> e.amount().compareTo(unitThreshold().orElseThrow()) > 0).orElse(false);
    }
  }

  private static boolean above(Money amount, Money threshold) {
    return !amount.currency().equals(threshold.currency()) || amount.isGreaterThan(threshold);
  }

  /**
   * The groups the rules add to an offer's chain, in the order of the rules: those whose
   * threshold the terms cross, except groups whose name is already in the chain (or added by an
   * earlier rule).
   *
   * @param offer the offer about to be submitted
   * @param rules the rules
   * @return the groups to add, possibly none
   */
  public static List<ApprovalGroup> groupsFor(Offer offer, Collection<ApprovalRule> rules) {
    Require.given(offer, "ApprovalRule", "offer");
    List<String> names = new ArrayList<>();
    offer.approvalChain().groups().forEach(g -> names.add(g.name()));
    List<ApprovalGroup> added = new ArrayList<>();
    for (ApprovalRule rule : Require.given(rules, "ApprovalRule", "rules")) {
      ApprovalRule r = Require.given(rule, "ApprovalRule", "rule");
      if (r.appliesTo(offer.compensation()) && !names.contains(r.group().name())) {
        names.add(r.group().name());
        added.add(r.group());
      }
    }
    return List.copyOf(added);
  }
}
