package dev.hirekit.offer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The value invariants of {@link Offer}, which its actions never break; built here through the
 * generated builder, which only this package can reach, to show a broken offer is refused.
 */
class OfferInvariantsTest {
  private static final Offer DRAFT = Offer.draft(OfferId.of("offer-1"), Compensation.builder()
          .base(PayRate.of(Money.of("100000", "USD"), PayPeriod.YEARLY))
          .startDate(LocalDate.of(2026, 5, 4)).employmentType(EmploymentType.FULL_TIME).build(),
      Instant.parse("2026-06-01T00:00:00Z"),
      ApprovalChain.of(ApprovalMode.PARALLEL, 1, MemberId.of("cfo")));

  @Test
  void versionsStartAtOne() {
    assertThatThrownBy(() -> ImmutableOffer.builder().from(DRAFT).version(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.version: 0 is below 1; versions start at 1");
  }

  @Test
  void approvalsComeFromTheChainOnly() {
    assertThatThrownBy(() -> ImmutableOffer.builder().from(DRAFT)
        .approvals(List.of(MemberId.of("cfo"), MemberId.of("ceo"))).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.approvals: has more approvals than approvers; approvals come from the"
            + " chain only");
  }

  @Test
  void aReasonIsNotBlank() {
    assertThatThrownBy(() -> ImmutableOffer.builder().from(DRAFT).reason(" ").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Offer.reason: must not be blank; give some text");
  }
}
