package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.role.Location;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** One regression test per hostile-input problem of issue 7 (items 10 to 14). */
class HostileInputTest {
  private static final Duration AT_ONCE = Duration.ofSeconds(2);
  private static final CandidateId ID = CandidateId.of("cand-1");

  private static InvalidValueException refused(ThrowingCallable call, String type, String field) {
    InvalidValueException[] caught = new InvalidValueException[1];
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(call)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo(type);
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).hasSizeLessThan(300).matches("[\\x20-\\x7E]*");
          caught[0] = e;
        }));
    return caught[0];
  }

  // Item 10: unbounded decimals

  @Test
  void moneyWithAHugeExponentIsRefusedAtOnce() {
    refused(() -> Money.of("1e1000000000", "USD"), "Money", "amount");
  }

  @Test
  void moneyWithTheLargestExponentIsRefusedNotCrashed() {
    refused(() -> Money.of("1e2147483647", "USD"), "Money", "amount");
    refused(() -> Money.of(new BigDecimal("1e-2147483647"), Money.zero(
        java.util.Currency.getInstance("USD")).currency()), "Money", "amount");
  }

  @Test
  void moneyTimesAHugeFactorIsRefusedAtOnce() {
    refused(() -> Money.of("1", "USD").times(new BigDecimal("1E+1000000000")), "Money",
        "factor");
    refused(() -> Money.of("1", "USD").times(null), "Money", "factor");
  }

  @Test
  void zeroWithAHugeScaleIsZeroAtOnce() {
    Money zero = assertTimeoutPreemptively(AT_ONCE, () -> Money.of("0E-1000000000", "USD"));
    assertThat(zero).isEqualTo(Money.of("0", "USD"));
    assertThat(zero.amount().scale()).isEqualTo(2);
  }

  @Test
  void moneyOfAMegabyteTextIsRefusedWithoutParsingIt() {
    InvalidValueException e = refused(() -> Money.of("9".repeat(1 << 20), "USD"), "Money",
        "amount");
    assertThat(e).hasMessage("Money.amount: is 1048576 characters long; write an amount in at"
        + " most 64");
  }

  @Test
  void moneyAtTheBoundIsAcceptedAndBeyondItRefused() {
    assertThat(Money.of("999999999999999.99", "USD").amount())
        .isEqualByComparingTo("999999999999999.99");
    InvalidValueException e = refused(() -> Money.of("1000000000000000", "USD"), "Money",
        "amount");
    assertThat(e).hasMessage("Money.amount: is 10^15 or more in magnitude; give at most 15"
        + " digits before the decimal point");
    refused(() -> Money.of("999999999999999.99", "USD").plus(Money.of("0.01", "USD")), "Money",
        "amount");
  }

  @Test
  void equityWithAHugeShareCountIsRefusedAtOnce() {
    refused(() -> Equity.builder().kind(EquityKind.SHARES).amount(new BigDecimal("1E+100000000"))
        .vestingMonths(48).cliffMonths(12).build(), "Equity", "amount");
    refused(() -> Equity.builder().kind(EquityKind.PERCENT)
        .amount(new BigDecimal("1E-100000000")).vestingMonths(48).cliffMonths(12).build(),
        "Equity", "amount");
  }

  // Item 11: one contract for bad arguments

  @Test
  void aNullToABuilderSetterIsAnInvalidValueNamingTypeAndField() {
    InvalidValueException e = refused(() -> PayRange.builder().min(null), "PayRange", "min");
    assertThat(e).hasMessage("PayRange.min: is missing (null); give a value");
  }

  @Test
  void aRequiredFieldLeftUnsetIsAnInvalidValueNotAnIllegalState() {
    InvalidValueException e = refused(() -> PayRange.builder().build(), "PayRange", "min");
    assertThat(e).hasMessage("PayRange.min: is required but was not set, and so are max, period;"
        + " set them before build()");
    refused(() -> Candidate.builder().id(ID).build(), "Candidate", "name");
  }

  @Test
  void aNullElementIsAnInvalidValueNamingTheCollection() {
    InvalidValueException e = refused(() -> Candidate.builder().addTag((String) null),
        "Candidate", "tags");
    assertThat(e).hasMessage("Candidate.tags: holds a missing (null) element; remove it");
  }

  @Test
  void aNullToACopyOrFactoryIsAnInvalidValue() {
    refused(() -> Candidate.of(ID, "Ada").withName(null), "Candidate", "name");
    refused(() -> Money.of(null, "USD"), "Money", "amount");
    refused(() -> Money.of("1", null), "Money", "currency");
    refused(() -> Source.referral(null), "Source", "referrer");
    refused(() -> Candidate.pseudonymOf(null), "Candidate", "id");
  }

  @Test
  void nullsToHandWrittenVarargFactoriesAreInvalidValues() {
    MemberId member = MemberId.of("m-1");
    refused(() -> Actor.member(null, HiringRole.RECRUITER), "Actor", "id");
    refused(() -> Actor.member(member, null), "Actor", "roles");
    refused(() -> Actor.member(member, HiringRole.RECRUITER, (HiringRole) null), "Actor",
        "roles");
    refused(() -> Actor.member(member, (java.util.Set<HiringRole>) null), "Actor", "roles");
    refused(() -> Actor.candidate(null), "Actor", "id");
    refused(() -> ApprovalChain.of(ApprovalMode.PARALLEL, 0, (MemberId[]) null),
        "ApprovalChain", "approvers");
    refused(() -> HiringTeam.of((TeamMember[]) null), "HiringTeam", "members");
    refused(() -> TeamMember.of(member, HiringRole.RECRUITER, (HiringRole[]) null), "TeamMember",
        "roles");
    Stage first = SeedRole.plan().first();
    refused(() -> InterviewPlan.of(first, (Stage[]) null), "InterviewPlan", "stages");
  }

  // Item 12: messages never repeat raw input

  @Test
  void anEmailUsedAsAnIdIsNotRepeatedInTheMessage() {
    InvalidValueException e = refused(() -> CandidateId.of("ada.lovelace@example.com"),
        "CandidateId", "value");
    assertThat(e.getMessage()).doesNotContain("ada").doesNotContain("lovelace")
        .contains("has '@' (U+0040) at position 13");
  }

  @Test
  void aCurrencyCodeIsQuotedShortAndEscaped() {
    InvalidValueException e = refused(() -> Money.of("1", "US\u001B[31m\nD" + "x".repeat(1 << 20)),
        "Money", "currency");
    assertThat(e.getMessage()).startsWith("Money.currency: 'US\\u001b[31m\\u000aDxxx")
        .contains("'... is not an ISO-4217 currency code");
  }

  @Test
  void aMegabyteCountryCodeIsQuotedShort() {
    InvalidValueException e = refused(() -> Location.of("Berlin", "\u202E" + "D".repeat(1 << 20)),
        "Location", "country");
    assertThat(e.getMessage()).startsWith("Location.country: '\\u202eDDD");
  }

  @Test
  void aRepeatedRatingAttributeIsNotRepeatedInTheMessage() {
    InvalidValueException e = refused(() -> dev.hirekit.feedback.Scorecard.builder()
        .interview(SeedRole.TECHNICAL_INTERVIEW).interviewer(MemberId.of("m-1"))
        .recommendation(dev.hirekit.plan.Recommendation.YES)
        .addRating(AttributeRating.of("like Grace Hopper", 3))
        .addRating(AttributeRating.of("like Grace Hopper", 4)).build(), "Scorecard", "ratings");
    assertThat(e.getMessage()).doesNotContain("Grace");
  }

  // Item 13: invisible text is blank; names refuse control characters

  @Test
  void invisibleTextCountsAsBlank() {
    for (String invisible : List.of("\u200B", "\u00A0", "\u3164", "\u115F\u1160", "\uFFA0",
        "\uFEFF\u2060", " \u2800 ")) {
      InvalidValueException e = refused(() -> Candidate.of(ID, invisible), "Candidate", "name");
      assertThat(e).hasMessage("Candidate.name: must not be blank; give some text");
    }
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefusedInNames() {
    assertThat(refused(() -> Candidate.of(ID, "Ada\u0000"), "Candidate", "name"))
        .hasMessage("Candidate.name: holds a control character (U+0000) at position 4; give"
            + " printable text");
    assertThat(refused(() -> Candidate.of(ID, "Ada\nINFO forged"), "Candidate", "name")
        .getMessage()).doesNotContain("Ada").doesNotContain("forged");
    refused(() -> Candidate.of(ID, "\u001B[31mAda"), "Candidate", "name");
    assertThat(refused(() -> Candidate.of(ID, "Ada\uD800"), "Candidate", "name"))
        .hasMessageContaining("a lone surrogate (U+D800) at position 4");
    assertThat(refused(() -> Candidate.of(ID, "\u202EadA"), "Candidate", "name"))
        .hasMessageContaining("a bidirectional control (U+202E) at position 1");
    assertThat(Candidate.of(ID, "Zoë \uD83D\uDE00 Łucja").name()).isEqualTo("Zoë \uD83D\uDE00"
        + " Łucja");
  }

  // Item 14: free text never in toString()

  @Test
  void freeTextFieldsNeverAppearInToString() {
    assertThat(RejectionReason.of(RejectionSide.WE_REJECTED, "Grace said no").toString())
        .doesNotContain("Grace");
    assertThat(AttributeRating.of("as good as Grace", 4).toString()).doesNotContain("Grace")
        .contains("score=4");
    assertThat(Source.agency("Grace Recruiting").toString()).doesNotContain("Grace")
        .contains("AGENCY");
    assertThat(Source.event("Grace's party").toString()).doesNotContain("Grace");
    assertThat(Candidate.of(ID, "Ada").withTags(List.of("grace's friend")).toString())
        .doesNotContain("grace");
  }

  @Test
  void moneyTextIsNotEchoedBeyondAShortPrefix() {
    InvalidValueException e = refused(() -> Money.of("Ada Lovelace, the first programmer",
        "USD"), "Money", "amount");
    assertThat(e.getMessage()).contains("'Ada Lovelace, the first programm'...");
  }

  @Test
  void copiesRefuseBoundsToo() {
    Equity equity = Equity.builder().kind(EquityKind.RSUS).amount(BigDecimal.TEN).vestingMonths(48)
        .cliffMonths(12).build();
    refused(() -> equity.withAmount(new BigDecimal("1e20")), "Equity", "amount");
    refused(() -> equity.withAmount(null), "Equity", "amount");
    assertThat(PayRange.of(Money.of("1", "USD"), Money.of("2", "USD"), PayPeriod.YEARLY))
        .isNotNull();
  }
}
