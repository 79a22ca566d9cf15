package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.ApprovalRule;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferAction;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random offers, reached through the offer's own actions, and their terms: compensations,
 * equity grants and approval chains, all valid.
 *
 * <pre>{@code
 * Arbitrary<Offer> accepted = Offers.offers().filter(o -> o.status() == OfferStatus.ACCEPTED);
 * }</pre>
 */
public final class Offers {
  /** When the generated offers are drafted: 2026-06-01, 09:00 UTC. */
  public static final Instant DRAFTED = Instant.parse("2026-06-01T09:00:00Z");

  /** The first approver of the generated approval chains, {@code appr-finance}. */
  public static final MemberId FINANCE = MemberId.of("appr-finance");
  /** The second approver of the generated approval chains, {@code appr-ceo}. */
  public static final MemberId CEO = MemberId.of("appr-ceo");

  private static final List<Actor> ACTORS = List.of(
      Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER),
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER),
      Actor.member(FINANCE, HiringRole.APPROVER),
      Actor.member(CEO, HiringRole.APPROVER),
      Actor.candidate(CandidateId.of("cand-own")),
      Actor.system());

  /** Actions that move an offer towards acceptance (or its expiry), weighted up in the walks. */
  private static final Set<OfferAction> PROGRESS = EnumSet.of(OfferAction.SUBMIT_FOR_APPROVAL,
      OfferAction.APPROVE, OfferAction.EXTEND, OfferAction.ACCEPT, OfferAction.EXPIRE);
  /** Where a walk may stop early, so that closed offers stay closed often enough. */
  private static final Set<OfferStatus> CLOSED = EnumSet.of(OfferStatus.ACCEPTED,
      OfferStatus.DECLINED, OfferStatus.EXPIRED, OfferStatus.RESCINDED);

  private Offers() {}

  /**
   * Offer ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<OfferId> ids = Offers.offerIds();
   * }</pre>
   *
   * @return offer ids
   */
  public static Arbitrary<OfferId> offerIds() {
    return Texts.identifiers().map(OfferId::of);
  }

  /**
   * Units of a grant: 0.01 to a million, two decimals.
   *
   * <pre>{@code
   * Arbitrary<BigDecimal> shares = Offers.units();
   * }</pre>
   *
   * @return units
   */
  public static Arbitrary<BigDecimal> units() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000"))
        .ofScale(2);
  }

  /**
   * Percents above 0 and at most 100, four decimals.
   *
   * <pre>{@code
   * Arbitrary<BigDecimal> stakes = Offers.percents();
   * }</pre>
   *
   * @return percents
   */
  public static Arbitrary<BigDecimal> percents() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100"))
        .ofScale(4);
  }

  /**
   * Every kind of equity.
   *
   * <pre>{@code
   * Arbitrary<EquityKind> kinds = Offers.equityKinds();
   * }</pre>
   *
   * @return equity kinds
   */
  public static Arbitrary<EquityKind> equityKinds() {
    return Arbitraries.of(EquityKind.class);
  }

  /**
   * Valid equity grants of every kind.
   *
   * <pre>{@code
   * Arbitrary<Equity> grants = Offers.equities();
   * }</pre>
   *
   * @return equity grants
   */
  public static Arbitrary<Equity> equities() {
    return Combinators.combine(equityKinds(), equityShapes())
        .as((kind, shape) -> shape.apply(kind));
  }

  /**
   * Valid equity grants of one kind: 1 to 120 months of vesting, a cliff no longer than the
   * vesting; options with a strike price or none.
   *
   * <pre>{@code
   * Arbitrary<Equity> options = Offers.equities(EquityKind.OPTIONS);
   * }</pre>
   *
   * @param kind the kind
   * @return equity grants of that kind
   */
  public static Arbitrary<Equity> equities(EquityKind kind) {
    return equityShapes().map(shape -> shape.apply(kind));
  }

  /** A grant of {@link #equities(EquityKind)} once given its kind. */
  private static Arbitrary<Function<EquityKind, Equity>> equityShapes() {
    return Combinators.combine(units(), percents(), Arbitraries.integers().between(1, 120),
            Arbitraries.integers().between(0, 120),
            Moneys.positiveMoney().optional())
        .as((units, percent, vesting, cliff, strike) -> kind -> {
          Equity.Builder builder = Equity.builder();
          builder.kind(kind).amount(kind == EquityKind.PERCENT ? percent : units)
              .vestingMonths(vesting).cliffMonths(Math.min(cliff, vesting));
          if (kind == EquityKind.OPTIONS) {
            builder.strikePrice(strike);
          }
          return builder.build();
        });
  }

  /**
   * Start dates between 2000 and 2099.
   *
   * <pre>{@code
   * Arbitrary<LocalDate> starts = Offers.startDates();
   * }</pre>
   *
   * @return dates
   */
  public static Arbitrary<LocalDate> startDates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Valid compensations in any accepted currency, with and without the optional parts.
   *
   * <pre>{@code
   * Arbitrary<Compensation> terms = Offers.compensations();
   * }</pre>
   *
   * @return compensations
   */
  public static Arbitrary<Compensation> compensations() {
    return Combinators.combine(Moneys.currencies(), compensationShapes())
        .as((currency, shape) -> shape.apply(currency));
  }

  /**
   * Valid compensations whose cash (base, bonus, sign-on) is in one currency.
   *
   * <pre>{@code
   * Arbitrary<Compensation> terms = Offers.compensations(Currency.getInstance("EUR"));
   * }</pre>
   *
   * @param currency the currency
   * @return compensations
   */
  public static Arbitrary<Compensation> compensations(Currency currency) {
    return compensationShapes().map(shape -> shape.apply(currency));
  }

  /** Terms of {@link #compensations(Currency)} once given their currency. */
  private static Arbitrary<Function<Currency, Compensation>> compensationShapes() {
    Arbitrary<Long> units = Arbitraries.longs().between(1, 1_000_000_000_000L);
    return Combinators.combine(units, Moneys.payPeriods(),
            units.optional(),
            units.optional(),
            equities().optional(),
            startDates(),
            Roles.employmentTypes())
        .as((base, period, bonus, signOn, equity, start, type) -> currency -> {
          int digits = currency.getDefaultFractionDigits();
          Function<Long, Money> money = amount ->
              Money.of(BigDecimal.valueOf(amount, digits), currency);
          return Compensation.builder()
              .base(PayRate.of(money.apply(base), period)).bonus(bonus.map(money))
              .signOn(signOn.map(money)).equity(equity).startDate(start)
              .employmentType(type).build();
        });
  }

  /**
   * Every approval mode.
   *
   * <pre>{@code
   * Arbitrary<ApprovalMode> modes = Offers.approvalModes();
   * }</pre>
   *
   * @return approval modes
   */
  public static Arbitrary<ApprovalMode> approvalModes() {
    return Arbitraries.of(ApprovalMode.class);
  }

  /**
   * Approval chains: none, or {@link #FINANCE} and {@link #CEO} in either mode, one or both
   * required, or two groups: finance, then the CEO (who may also sit in the first group).
   *
   * <pre>{@code
   * Arbitrary<ApprovalChain> chains = Offers.approvalChains();
   * }</pre>
   *
   * @return approval chains
   */
  public static Arbitrary<ApprovalChain> approvalChains() {
    return Arbitraries.oneOf(Arbitraries.just(ApprovalChain.none()),
        Combinators.combine(approvalModes(), Arbitraries.integers().between(1, 2))
            .as((mode, required) -> ApprovalChain.of(mode, required, FINANCE, CEO)),
        Combinators.combine(approvalModes(), Arbitraries.integers().between(1, 2))
            .as((mode, required) -> ApprovalChain.of(
                ApprovalGroup.builder().name("finance").mode(mode).required(required)
                    .addMember(FINANCE).addMember(CEO).build(),
                ApprovalGroup.of("executive", 1, CEO))));
  }

  /**
   * Conditional approval rules: the base above a yearly band, the sign-on above an amount or the
   * equity above a number of units, each adding a one-member group named after its kind (the CEO
   * approves), in a random currency's band or threshold.
   *
   * <pre>{@code
   * Arbitrary<List<ApprovalRule>> rules = Offers.approvalRules().list().ofMaxSize(3);
   * }</pre>
   *
   * @return approval rules
   */
  public static Arbitrary<ApprovalRule> approvalRules() {
    Arbitrary<Long> thousands = Arbitraries.longs().between(1, 300);
    return Arbitraries.oneOf(
        thousands.map(k -> ApprovalRule.baseAbove(PayRange.of(Money.of("1", "USD"),
            Money.of(k + "000", "USD"), PayPeriod.YEARLY),
            ApprovalGroup.of("over-band", 1, CEO))),
        thousands.map(k -> ApprovalRule.signOnAbove(Money.of(k + "000", "USD"),
            ApprovalGroup.of("sign-on", 1, CEO))),
        thousands.map(k -> ApprovalRule.equityAbove(java.math.BigDecimal.valueOf(k * 100),
            ApprovalGroup.of("equity", 1, CEO))));
  }

  /**
   * Details of offers: none half of the time, otherwise a justification or not and one to three
   * contingencies of distinct kinds, some with a description.
   *
   * <pre>{@code
   * Arbitrary<OfferDetails> details = Offers.offerDetails();
   * }</pre>
   *
   * @return offer details
   */
  public static Arbitrary<OfferDetails> offerDetails() {
    Arbitrary<Contingency> contingencies = Combinators.combine(
            Arbitraries.of(ContingencyKind.class), Arbitraries.of(true, false))
        .as((kind, described) -> described ? Contingency.of(kind, "as the law requires")
            : Contingency.of(kind));
    return Arbitraries.oneOf(Arbitraries.just(OfferDetails.none()),
        Combinators.combine(Arbitraries.of(true, false),
                contingencies.list().ofMinSize(1).ofMaxSize(3)
                    .uniqueElements(Contingency::kind))
            .as((justified, list) -> OfferDetails.builder()
                .justification(justified ? Optional.of("above band: scarce skills")
                    : Optional.empty())
                .contingencies(list).build()));
  }

  /**
   * Every status of an offer.
   *
   * <pre>{@code
   * Arbitrary<OfferStatus> statuses = Offers.offerStatuses();
   * }</pre>
   *
   * @return offer statuses
   */
  public static Arbitrary<OfferStatus> offerStatuses() {
    return Arbitraries.of(OfferStatus.class);
  }

  /**
   * Every action on an offer.
   *
   * <pre>{@code
   * Arbitrary<OfferAction> actions = Offers.offerActions();
   * }</pre>
   *
   * @return offer actions
   */
  public static Arbitrary<OfferAction> offerActions() {
    return Arbitraries.of(OfferAction.class);
  }

  /**
   * Offers in every status, reached as users reach them: drafted at {@link #DRAFTED} with random
   * terms, an approval chain (or none) and an expiry 1 to 10 days later, then walked through up
   * to 12 actions that the offer allows its recruiter, hiring manager, approvers, candidate or
   * the system at that time (those towards acceptance or expiry weighted up), hours to days apart; a
   * revision goes on with the new version, or ends with the superseded one, and a closed offer
   * (accepted, declined, expired or rescinded) ends the walk half of the time.
   *
   * <pre>{@code
   * Arbitrary<Offer> offers = Offers.offers();
   * }</pre>
   *
   * @return offers
   */
  public static Arbitrary<Offer> offers() {
    Arbitrary<Offer> drafts = Combinators.combine(Arbitraries.integers().between(0, 99),
            compensations(), approvalChains(), Arbitraries.integers().between(1, 10),
            offerDetails())
        .as((i, terms, chain, days, details) -> Offer.draft(OfferId.of("offer-" + i), terms,
            DRAFTED.plus(Duration.ofDays(days)), chain, details));
    Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 1_000_000).list()
        .ofMaxSize(12);
    Arbitrary<List<Long>> gaps = Arbitraries.longs().between(0, 24 * 8).list().ofSize(12);
    return Combinators.combine(drafts, choices, gaps, compensations()).as(Offers::walk);
  }

  /**
   * What a walk's choice picks from: every allowed action of every actor of the walks, in the
   * order of the actors and of {@link Offer#allowedActions}, a progress action six times over.
   */
  static List<Map.Entry<Actor, OfferAction>> options(Offer offer, Instant when) {
    List<Map.Entry<Actor, OfferAction>> options = new ArrayList<>();
    for (Actor actor : ACTORS) {
      for (OfferAction action : offer.allowedActions(actor, when)) {
        options.addAll(Collections.nCopies(PROGRESS.contains(action) ? 6 : 1,
            Map.entry(actor, action)));
      }
    }
    return options;
  }

  /**
   * Walks a draft through the steps that {@code choices} pick from {@link #options} (a choice
   * modulo their number), each {@code gaps} hours after the previous one. What is left of the
   * choice (divided by their number) decides the rest: a revision ends the walk with the
   * superseded offer when it is a multiple of 4; a step that closes the offer ends the walk when
   * it is even (otherwise the walk goes on, and may revise the closed offer).
   */
  static Offer walk(Offer draft, List<Integer> choices, List<Long> gaps,
      Compensation revised) {
    Offer offer = draft;
    Instant at = DRAFTED;
    for (int step = 0; step < choices.size(); step++) {
      int choice = choices.get(step);
      Instant when = at.plus(Duration.ofHours(gaps.get(step)));
      List<Map.Entry<Actor, OfferAction>> options = options(offer, when);
      if (options.isEmpty()) {
        continue;
      }
      Map.Entry<Actor, OfferAction> picked = options.get(choice % options.size());
      int rest = choice / options.size();
      Actor by = picked.getKey();
      at = when;
      switch (picked.getValue()) {
        case SUBMIT_FOR_APPROVAL -> offer = offer.submitForApproval(by, at);
        case APPROVE -> offer = offer.approve(by, at);
        case DECLINE_APPROVAL -> offer = offer.declineApproval(by, at, "over budget");
        case EXTEND -> offer = offer.extend(by, at);
        case ACCEPT -> offer = offer.accept(by, at);
        case DECLINE -> offer = offer.decline(by, at, "no thanks");
        case RESCIND -> offer = offer.rescind(by, at, "budget");
        case EXPIRE -> offer = offer.expire(by, at);
        case REPLACE_APPROVER -> offer = offer.replaceApprover(by, at,
            OfferChoices.replaced(offer), OfferChoices.replacement(offer), "on leave");
        case CLEAR_CONTINGENCY -> offer = offer.clearContingency(by, at,
            OfferChoices.contingency(offer, rest));
        case FAIL_CONTINGENCY -> offer = offer.failContingency(by, at,
            OfferChoices.contingency(offer, rest));
        default -> {
          Offer.Revision revision = offer.revise(by, at, revised, at.plus(Duration.ofDays(7)));
          if (rest % 4 == 0) {
            return revision.superseded();
          }
          offer = revision.next();
        }
      }
      if (CLOSED.contains(offer.status()) && rest % 2 == 0) {
        return offer;
      }
    }
    return offer;
  }
}
