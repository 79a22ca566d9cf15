package dev.hirekit.json.internal;

import static dev.hirekit.json.internal.NodeTest.refusal;
import static dev.hirekit.json.internal.Trees.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Contingency;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.Offer;
import dev.hirekit.offer.OfferDetails;
import dev.hirekit.offer.OfferId;
import dev.hirekit.offer.OfferStatus;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stand-alone offers: every status round-trips, and forged ones are refused. */
class OfferFormatsTest {
  static final Instant T = Instant.parse("2026-06-01T09:00:00Z");
  static final Instant EXPIRY = T.plus(Duration.ofDays(14));
  static final Actor ALL = Actor.member(MemberId.of("rec"), EnumSet.allOf(HiringRole.class));
  static final MemberId A = MemberId.of("appr-a");
  static final MemberId B = MemberId.of("appr-b");
  static final MemberId C = MemberId.of("appr-c");
  static final Compensation TERMS = Compensation.builder()
      .base(PayRate.of(Money.of("120000.00", "EUR"), PayPeriod.YEARLY))
      .bonus(Money.of("5000", "EUR")).signOn(Money.of("1000", "EUR"))
      .equity(Equity.builder().kind(EquityKind.OPTIONS).amount(new BigDecimal("100"))
          .vestingMonths(48).cliffMonths(12).strikePrice(Money.of("1.50", "EUR")).build())
      .startDate(LocalDate.of(2026, 9, 1)).employmentType(EmploymentType.FULL_TIME).build();
  static final ApprovalChain SEQUENTIAL = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2, A, B, C);
  static final ApprovalChain PARALLEL = ApprovalChain.of(ApprovalMode.PARALLEL, 2, A, B, C);

  static Offer draft(ApprovalChain chain) {
    return Offer.draft(OfferId.of("offer-1"), TERMS, EXPIRY, chain);
  }

  static Actor approver(MemberId id) {
    return Actor.member(id, HiringRole.APPROVER);
  }

  static Offer approved(Offer offer, MemberId... approvers) {
    Offer o = offer.submitForApproval(ALL, T);
    for (MemberId approver : approvers) {
      o = o.approve(approver(approver), T);
    }
    return o;
  }

  static Offer read(Object tree) {
    return Formats.of(Offer.class).read(Node.root(tree), Loading.REPLAY);
  }

  static List<Offer> everyStatus(ApprovalChain chain) {
    List<Offer> offers = new ArrayList<>();
    Offer draft = draft(chain);
    offers.add(draft);
    Offer ready = draft;
    if (!chain.isEmpty()) {
      offers.add(draft.submitForApproval(ALL, T));
      offers.add(approved(draft, chain.mode() == ApprovalMode.PARALLEL ? B : A));
      offers.add(approved(draft).declineApproval(approver(A), T, "Too high"));
      ready = chain.mode() == ApprovalMode.PARALLEL ? approved(draft, C, A) : approved(draft, A, B);
      offers.add(ready);
      offers.add(ready.rescind(ALL, T, "Budget cut"));
      offers.add(approved(draft).rescind(ALL, T, "Budget cut"));
    }
    offers.add(draft.rescind(ALL, T, "Budget cut"));
    Offer extended = ready.extend(ALL, T);
    offers.add(extended);
    offers.add(extended.accept(ALL, T));
    offers.add(extended.decline(ALL, T, "Took another offer"));
    offers.add(extended.accept(ALL, T).decline(ALL, T, "Reneged"));
    offers.add(extended.rescind(ALL, T, "Budget cut"));
    offers.add(extended.accept(ALL, T).rescind(ALL, T, "Budget cut"));
    offers.add(extended.expire(ALL, EXPIRY));
    offers.add(draft.revise(ALL, T, TERMS, EXPIRY).superseded());
    offers.add(extended.revise(ALL, T, TERMS, EXPIRY).superseded());
    offers.add(extended.rescind(ALL, T, "Budget cut").revise(ALL, T, TERMS, EXPIRY).superseded());
    offers.add(extended.decline(ALL, T, "No").revise(ALL, T, TERMS, EXPIRY).superseded());
    Offer second = draft.revise(ALL, T, TERMS, EXPIRY).next().revise(ALL, T, TERMS, EXPIRY)
        .next();
    offers.add(second);
    Offer secondReady = chain.isEmpty() ? second : approved(second, A, B);
    offers.add(secondReady.extend(ALL, T).expire(ALL, EXPIRY).revise(ALL, T, TERMS, EXPIRY)
        .next());
    if (!chain.isEmpty()) {
      offers.add(approved(second, A).declineApproval(approver(chain.mode()
          == ApprovalMode.PARALLEL ? C : B), T, "No"));
      offers.add(approved(draft).declineApproval(approver(A), T, "No")
          .revise(ALL, T, TERMS, EXPIRY).superseded());
    } else {
      offers.add(second.extend(ALL, T).accept(ALL, T));
    }
    return offers;
  }

  @Test
  void aStandAloneOfferInEveryStatusReadsBack() {
    EnumSet<OfferStatus> seen = EnumSet.noneOf(OfferStatus.class);
    for (ApprovalChain chain : List.of(ApprovalChain.none(), SEQUENTIAL, PARALLEL)) {
      for (Offer offer : everyStatus(chain)) {
        seen.add(offer.status());
        Object tree = Formats.write(offer);
        assertThat(read(tree)).as("%s", tree).isEqualTo(offer);
        assertThat(Formats.write(read(tree))).isEqualTo(tree);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(OfferStatus.values());
  }

  /**
   * Regression: the reader rebuilt a superseded offer without its settled contingencies (accepted,
   * a contingency cleared and one failed, rescinded, then revised), so it refused an offer the
   * lifecycle reaches.
   */
  @Test
  void aSupersededOfferWhoseContingenciesWereSettledReadsBack() {
    Offer offer = Offer.draft(OfferId.of("offer-1"), TERMS, EXPIRY, ApprovalChain.none(),
            OfferDetails.builder().addContingency(Contingency.of(ContingencyKind.REFERENCES))
                .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK)).build())
        .extend(ALL, T).accept(ALL, T).clearContingency(ALL, T, ContingencyKind.REFERENCES)
        .failContingency(ALL, T, ContingencyKind.BACKGROUND_CHECK)
        .rescind(ALL, T, Offer.failureReason(ContingencyKind.BACKGROUND_CHECK))
        .revise(ALL, T, TERMS, EXPIRY).superseded();
    Object tree = Formats.write(offer);
    assertThat(read(tree)).as("%s", tree).isEqualTo(offer);
    assertThat(Formats.write(read(tree))).isEqualTo(tree);
  }

  @Test
  void theWrittenOfferHasEveryField() {
    Offer offer = approved(draft(SEQUENTIAL), A).declineApproval(approver(B), T, "Too high");
    Map<String, Object> tree = written(offer);
    assertThat(tree.keySet()).containsExactly("id", "version", "status", "compensation",
        "expiresAt", "approvalChain", "approvals", "reason");
    assertThat(tree).containsEntry("id", "offer-1").containsEntry("version", 1L)
        .containsEntry("status", "draft").containsEntry("expiresAt", "2026-06-15T09:00:00Z")
        .containsEntry("approvals", List.of()).containsEntry("reason", "Too high")
        .containsEntry("approvalChain", Map.of("approvers", List.of("appr-a", "appr-b",
            "appr-c"), "required", 2L, "mode", "sequential"));
    assertThat(Trees.object(tree.get("compensation")).keySet()).containsExactly("base", "bonus",
        "signOn", "equity", "startDate", "employmentType");
    assertThat(Trees.object(Trees.object(tree.get("compensation")).get("equity")))
        .containsEntry("kind", "options").containsEntry("amount", "100")
        .containsEntry("vestingMonths", 48L).containsEntry("cliffMonths", 12L)
        .containsKey("strikePrice");
    assertThat(written(draft(ApprovalChain.none()))).doesNotContainKey("reason");
  }

  static String unreachable(String status, boolean reason) {
    return "$: is not an offer the offer lifecycle can reach: no legal path gives status "
        + status + " with these approvals" + (reason ? " and a reason" : " and no reason");
  }

  @Test
  void approvalsOutOfChainOrderAreRefused() {
    Map<String, Object> tree = written(approved(draft(SEQUENTIAL), A, B));
    tree.put("approvals", List.of("appr-b", "appr-a"));
    assertThat(refusal(() -> read(tree)).path()).isEqualTo("$");
    Map<String, Object> unknown = written(approved(draft(PARALLEL), A, B));
    unknown.put("approvals", List.of("appr-a", "appr-x"));
    assertThat(refusal(() -> read(unknown)).path()).isEqualTo("$");
  }

  @Test
  void approvalsOnADraftWithoutADeclineAreRefused() {
    Map<String, Object> tree = written(draft(SEQUENTIAL));
    tree.put("approvals", List.of("appr-a"));
    assertThat(refusal(() -> read(tree))).hasMessage(unreachable("draft", false));
    Map<String, Object> pending = written(approved(draft(SEQUENTIAL), A));
    pending.put("status", "draft");
    assertThat(refusal(() -> read(pending))).hasMessage(unreachable("draft", false));
  }

  @Test
  void aReasonOnAStatusThatCannotHaveOneIsRefused() {
    for (Offer offer : List.of(draft(ApprovalChain.none()).extend(ALL, T),
        draft(ApprovalChain.none()).extend(ALL, T).accept(ALL, T),
        draft(ApprovalChain.none()))) {
      Map<String, Object> tree = written(offer);
      tree.put("reason", "Forged");
      assertThat(refusal(() -> read(tree)))
          .hasMessage(unreachable(EnumNames.OFFER_STATUS.name(offer.status()), true));
    }
    // With a chain, a reason on an approved offer is reachable: a declined approval keeps it.
    Offer redone = approved(approved(draft(SEQUENTIAL)).declineApproval(approver(A), T, "Again"),
        A, B);
    assertThat(redone.reason()).contains("Again");
    Map<String, Object> approvedWithReason = written(approved(draft(SEQUENTIAL), A, B));
    approvedWithReason.put("reason", "Again");
    assertThat(read(approvedWithReason)).isEqualTo(redone);
  }

  @Test
  void aStatusNoPathReachesIsRefused() {
    Map<String, Object> tree = written(draft(SEQUENTIAL));
    tree.put("status", "extended");
    assertThat(refusal(() -> read(tree)).path()).isEqualTo("$");
    Map<String, Object> declined = written(draft(ApprovalChain.none()).extend(ALL, T)
        .decline(ALL, T, "No"));
    declined.remove("reason");
    assertThat(refusal(() -> read(declined)).path()).isEqualTo("$");
    Map<String, Object> approvedWithout = written(draft(SEQUENTIAL));
    approvedWithout.put("status", "approved");
    assertThat(refusal(() -> read(approvedWithout))).hasMessage(unreachable("approved", false));
  }

  @Test
  void theVersionRunsFrom1To32767() {
    String range = "$.version: is out of range; offer versions run from 1 to 32767";
    for (long version : List.of(0L, -1L, 32768L, 40000L)) {
      Map<String, Object> tree = written(draft(SEQUENTIAL));
      tree.put("version", version);
      assertThat(refusal(() -> read(tree))).as("%s", version).hasMessage(range);
    }
    Map<String, Object> tree = written(draft(ApprovalChain.none()));
    tree.put("version", 32767L);
    assertThat(read(tree).version()).isEqualTo(32767);
    tree.put("version", 2L);
    assertThat(read(tree).version()).isEqualTo(2);
  }

  @Test
  void theOffersFieldsAreRequired() {
    for (String field : List.of("id", "version", "status", "compensation", "expiresAt",
        "approvalChain", "approvals")) {
      Map<String, Object> tree = written(draft(SEQUENTIAL));
      tree.remove(field);
      assertThat(refusal(() -> read(tree))).hasMessage("$." + field + ": is missing; it is"
          + " required");
    }
  }
}
