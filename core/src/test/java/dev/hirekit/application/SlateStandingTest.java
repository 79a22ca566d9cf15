package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.CANDIDATE;
import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.slate.NextRanked;
import dev.hirekit.slate.PassedOver;
import dev.hirekit.slate.Slate;
import dev.hirekit.slate.SlateEntry;
import dev.hirekit.slate.SlateId;
import dev.hirekit.slate.SlateStanding;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a ranked application stands is read from the application, so a slate follows it. */
class SlateStandingTest {

  @Test
  void theStandingFollowsTheApplicationAndItsCurrentOffer() {
    Application extended = Fixtures.withExtendedOffer();
    assertThat(SlateStanding.of(Fixtures.applied())).isEqualTo(SlateStanding.AVAILABLE);
    assertThat(SlateStanding.of(Fixtures.atOffer().draftOffer(RECRUITER, t(6), Fixtures.OFFER,
        Fixtures.terms("185000"), t(24 * 14), dev.hirekit.approval.ApprovalChain.none())))
        .isEqualTo(SlateStanding.OFFER_IN_PROGRESS);
    assertThat(SlateStanding.of(extended)).isEqualTo(SlateStanding.OFFER_IN_PROGRESS);
    assertThat(SlateStanding.of(extended.acceptOffer(CANDIDATE, t(8))))
        .isEqualTo(SlateStanding.OFFER_ACCEPTED);
    assertThat(SlateStanding.of(extended.declineOffer(CANDIDATE, t(8), "pay")))
        .isEqualTo(SlateStanding.OFFER_DECLINED);
    assertThat(SlateStanding.of(extended.rescindOffer(RECRUITER, t(8), "budget")))
        .isEqualTo(SlateStanding.OFFER_RESCINDED);
    assertThat(SlateStanding.of(extended.expireOffer(Actor.system(), t(24 * 15))))
        .isEqualTo(SlateStanding.OFFER_EXPIRED);
    Application rejected = Fixtures.applied().reject(RECRUITER, t(1),
        RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    assertThat(SlateStanding.of(rejected)).isEqualTo(SlateStanding.REJECTED);
    assertThat(SlateStanding.of(rejected.reopen(RECRUITER, t(2), "second look")))
        .isEqualTo(SlateStanding.AVAILABLE);
    assertThat(SlateStanding.of(Fixtures.applied().withdraw(CANDIDATE, t(1), "no")))
        .isEqualTo(SlateStanding.WITHDRAWN);
    assertThat(SlateStanding.of(Application.prospect(ApplicationId.of("p-1"),
        CandidateId.of("c-9"), Fixtures.openRole(), RECRUITER, t(0))))
        .isEqualTo(SlateStanding.PROSPECT);
  }

  @Test
  void aDeclinedOfferPassesToTheNextRankedAndAReopenedApplicationReturnsAtItsRank() {
    Application first = Fixtures.withExtendedOffer();
    Application second = Application.apply(ApplicationId.of("app-8"), CandidateId.of("c-8"),
        Fixtures.openRole(), RECRUITER, t(0));
    Slate slate = Slate.draft(SlateId.of("finalists"), SeedRole.ROLE, RECRUITER, t(0))
        .rank(RECRUITER, t(1), SlateEntry.of(first.id(), 1), SlateEntry.of(second.id(), 2));

    assertThat(slate.next(List.of(first, second)).passedOver()).extracting(PassedOver::standing)
        .containsExactly(SlateStanding.OFFER_IN_PROGRESS);
    Application declined = first.declineOffer(CANDIDATE, t(8), "pay");
    NextRanked next = slate.next(List.of(declined, second));
    assertThat(next.next()).extracting(SlateEntry::application).containsExactly(second.id());
    assertThat(next.passedOver()).containsExactly(new PassedOver(slate.entries().get(0),
        SlateStanding.OFFER_DECLINED));

    Application rejectedSecond = second.reject(RECRUITER, t(9),
        RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    assertThat(slate.next(List.of(declined, rejectedSecond)).exhausted()).isTrue();
    assertThat(slate.next(List.of(declined, rejectedSecond.reopen(RECRUITER, t(10), "again")))
        .next()).extracting(SlateEntry::application).containsExactly(second.id());
  }

  @Test
  void aSlateForAStagePassesOverApplicationsAtAnotherStage() {
    Application atOffer = Fixtures.atOffer();
    Application early = Application.apply(ApplicationId.of("app-8"), CandidateId.of("c-8"),
        Fixtures.openRole(), RECRUITER, t(0));
    Slate slate = Slate.draft(SlateId.of("offer-stage"), SeedRole.ROLE,
            Optional.of(SeedRole.OFFER), List.of(), RECRUITER, t(0))
        .rank(RECRUITER, t(6), SlateEntry.of(early.id(), 1), SlateEntry.of(atOffer.id(), 2));

    NextRanked next = slate.next(List.of(early, atOffer));
    assertThat(next.next()).extracting(SlateEntry::application).containsExactly(atOffer.id());
    assertThat(next.passedOver()).extracting(PassedOver::standing)
        .containsExactly(SlateStanding.AT_ANOTHER_STAGE);
  }

  @Test
  void theApplicationsMustBeTheSlatesOwnAndComplete() {
    Application mine = Fixtures.applied();
    Slate slate = Slate.draft(SlateId.of("s"), SeedRole.ROLE, RECRUITER, t(0))
        .rank(RECRUITER, t(1), SlateEntry.of(mine.id(), 1),
            SlateEntry.of(ApplicationId.of("app-9"), 2));
    Application other = Application.apply(ApplicationId.of("app-9"), CandidateId.of("c-9"),
        SeedRole.role(RoleId.of("another")).open(Actor.system(), t(0)), RECRUITER, t(0));

    assertThatThrownBy(() -> slate.next(List.of(mine))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lack application app-9");
    assertThatThrownBy(() -> slate.next(List.of(mine, other)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("of role another");
    assertThatThrownBy(() -> slate.next(List.of(mine, mine)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("twice");
  }
}
