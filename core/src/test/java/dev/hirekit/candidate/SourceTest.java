package dev.hirekit.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.team.MemberId;
import org.junit.jupiter.api.Test;

class SourceTest {
  private static final MemberId BOB = MemberId.of("member-7");

  @Test
  void factoriesSetTheKind() {
    assertThat(Source.applied().kind()).isEqualTo(SourceKind.APPLIED);
    assertThat(Source.referral(BOB).kind()).isEqualTo(SourceKind.REFERRAL);
    assertThat(Source.sourced().kind()).isEqualTo(SourceKind.SOURCED);
    assertThat(Source.agency("Acme Talent").kind()).isEqualTo(SourceKind.AGENCY);
    assertThat(Source.internal().kind()).isEqualTo(SourceKind.INTERNAL);
    assertThat(Source.event("Devoxx").kind()).isEqualTo(SourceKind.EVENT);
  }

  @Test
  void factoriesKeepTheirDetail() {
    assertThat(Source.referral(BOB).referrer()).contains(BOB);
    assertThat(Source.agency("Acme Talent").agency()).contains("Acme Talent");
    assertThat(Source.event("Devoxx").event()).contains("Devoxx");
    assertThat(Source.applied().referrer()).isEmpty();
    assertThat(Source.applied().agency()).isEmpty();
    assertThat(Source.applied().event()).isEmpty();
  }

  @Test
  void agencyAndEventNamesAreOptional() {
    assertThat(Source.builder().kind(SourceKind.AGENCY).build().agency()).isEmpty();
    assertThat(Source.builder().kind(SourceKind.EVENT).build().event()).isEmpty();
  }

  @Test
  void rejectsAReferralWithoutReferrer() {
    assertThatThrownBy(() -> Source.builder().kind(SourceKind.REFERRAL).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.referrer: is missing for a REFERRAL;"
            + " give the member who referred the candidate");
  }

  @Test
  void rejectsAReferrerForAnotherKind() {
    assertThatThrownBy(() -> Source.builder().kind(SourceKind.SOURCED).referrer(BOB).build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.referrer: is only for REFERRAL sources, not SOURCED;"
            + " remove it or use kind REFERRAL");
  }

  @Test
  void rejectsAnAgencyForAnotherKind() {
    assertThatThrownBy(() -> Source.applied().withAgency("Acme Talent"))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.agency: is only for AGENCY sources, not APPLIED;"
            + " remove it or use kind AGENCY");
  }

  @Test
  void rejectsABlankAgency() {
    assertThatThrownBy(() -> Source.agency("  "))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.agency: must not be blank; give some text");
  }

  @Test
  void rejectsAnEventForAnotherKind() {
    assertThatThrownBy(() -> Source.builder().kind(SourceKind.AGENCY).event("Devoxx").build())
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.event: is only for EVENT sources, not AGENCY;"
            + " remove it or use kind EVENT");
  }

  @Test
  void rejectsABlankEvent() {
    assertThatThrownBy(() -> Source.event(""))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.event: must not be blank; give some text");
  }

  @Test
  void withKindIsChecked() {
    assertThatThrownBy(() -> Source.referral(BOB).withKind(SourceKind.APPLIED))
        .isExactlyInstanceOf(InvalidValueException.class)
        .hasMessage("Source.referrer: is only for REFERRAL sources, not APPLIED;"
            + " remove it or use kind REFERRAL");
  }

  @Test
  void equalsByAllFields() {
    assertThat(Source.referral(BOB)).isEqualTo(Source.referral(MemberId.of("member-7")))
        .hasSameHashCodeAs(Source.referral(MemberId.of("member-7")))
        .isNotEqualTo(Source.referral(MemberId.of("member-8")));
    assertThat(Source.agency("Acme")).isNotEqualTo(Source.agency("Other"));
  }

  @Test
  void toStringShowsKindAndDetail() {
    assertThat(Source.applied()).hasToString("Source{kind=APPLIED}");
    assertThat(Source.referral(BOB)).hasToString("Source{kind=REFERRAL, referrer=member-7}");
  }
}
