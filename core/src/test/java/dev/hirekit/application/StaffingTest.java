package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningCloseReason;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleEvent;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3600);
  private static final Instant T2 = T1.plusSeconds(3600);
  private static final Instant T3 = T2.plusSeconds(3600);
  private static final LocalDate START = LocalDate.of(2025, 4, 1);
  private static final Actor RECRUITER = Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER);
  private static final CandidateId CANDIDATE = CandidateId.of("cand-1");
  private static final OpeningId ONE = SeedRole.OPENING;
  private static final OpeningId TWO = OpeningId.of("forward-deployed-engineer-sf-2");

  private static Role oneSeat() {
    return SeedRole.role().open(RECRUITER, T0);
  }

  private static Role twoSeats() {
    return SeedRole.role().addOpening(RECRUITER, T0, TWO).open(RECRUITER, T0);
  }

  @Test
  void aHireFillsItsOpening() {
    Role role = twoSeats();

    Role staffed = Staffing.hire(role, accepted(role), RECRUITER, T2, ONE).role();

    assertThat(staffed.status()).isEqualTo(RoleStatus.OPEN);
    assertThat(staffed.openings())
        .containsExactly(Opening.closed(ONE, OpeningCloseReason.FILLED), Opening.open(TWO));
    assertThat(staffed.history()).endsWith(new RoleEvent.OpeningFilled(role.id(),
        role.version() + 1, ONE, T2, RECRUITER));
  }

  @Test
  void aHireIntoTheLastOpenOpeningClosesTheRole() {
    Role role = oneSeat();

    Role staffed = Staffing.hire(role, accepted(role), RECRUITER, T2, ONE).role();

    assertThat(staffed.status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(staffed.filledOpenings())
        .containsExactly(Opening.closed(ONE, OpeningCloseReason.FILLED));
  }

  @Test
  void anUnhireReopensTheOpening() {
    Role role = twoSeats();
    Staffing.Staffed hired = Staffing.hire(role, accepted(role), RECRUITER, T2, ONE);

    Staffing.Staffed unhired = Staffing.unhire(hired.role(), hired.application(), RECRUITER, T3,
        UnhireReason.HIRE_REVERSED, "visa refused");

    assertThat(unhired.application().status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(unhired.role().status()).isEqualTo(RoleStatus.OPEN);
    assertThat(unhired.role().openings()).containsExactly(Opening.open(ONE), Opening.open(TWO));
    assertThat(unhired.role().history()).endsWith(new RoleEvent.OpeningReopened(
        hired.role().id(), hired.role().version() + 1, ONE, T3, RECRUITER));
  }

  @Test
  void anUnhireReopensARoleTheHireClosed() {
    Role role = oneSeat();
    Staffing.Staffed hired = Staffing.hire(role, accepted(role), RECRUITER, T2, ONE);

    Staffing.Staffed reneged = Staffing.unhire(hired.role(), hired.application(), RECRUITER, T3,
        UnhireReason.CANDIDATE_RENEGED, "took another offer");

    assertThat(hired.role().status()).isEqualTo(RoleStatus.CLOSED);
    assertThat(reneged.application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(reneged.role().status()).isEqualTo(RoleStatus.OPEN);
    assertThat(reneged.role().openOpenings()).containsExactly(Opening.open(ONE));
    assertThat(Role.replay(reneged.role().history())).isEqualTo(reneged.role());
  }

  @Test
  void anApplicationOfAnotherRoleIsRejected() {
    Role role = twoSeats();
    Role other = SeedRole.role(RoleId.of("other-role"))
        .addOpening(RECRUITER, T0, TWO).open(RECRUITER, T0);

    assertThatThrownBy(() -> Staffing.hire(other, accepted(role), RECRUITER, T2, ONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Application.role: role other-role is not the role of application app-1"
            + " (forward-deployed-engineer-sf); pass its own role");
    Staffing.Staffed hired = Staffing.hire(role, accepted(role), RECRUITER, T2, ONE);
    assertThatThrownBy(() -> Staffing.unhire(other, hired.application(), RECRUITER, T3,
        UnhireReason.HIRE_REVERSED, "wrong role"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Staffing.role: role other-role is not the role of application app-1"
            + " (forward-deployed-engineer-sf); pass its own role");
  }

  @Test
  void aRoleThatCannotTakeTheHireRefusesIt() {
    Role role = twoSeats();
    Role cancelled = role.close(RECRUITER, T1, RoleCloseReason.CANCELLED);

    assertThatThrownBy(() -> Staffing.hire(cancelled, accepted(role), RECRUITER, T2, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("role forward-deployed-engineer-sf is CLOSED; a hire fills an"
            + " opening of an open or held role");
  }

  /** At the offer stage with an accepted offer, not hired yet. */
  private static Application accepted(Role role) {
    Compensation pay = Compensation.builder()
        .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
        .startDate(START).employmentType(EmploymentType.FULL_TIME).build();
    return Application.apply(ApplicationId.of("app-1"), CANDIDATE, role, RECRUITER, T0,
            SeedRole.OFFER, "referral straight to the offer")
        .draftOffer(RECRUITER, T1, OfferId.of("offer-1"), pay, T1.plusSeconds(7 * 86_400),
            ApprovalChain.none())
        .extendOffer(RECRUITER, T1)
        .acceptOffer(Actor.candidate(CANDIDATE), T2);
  }

  @Test
  void hiringFillsTheOpeningInTheSameStep() {
    Role role = twoSeats();
    Staffing.Staffed staffed = Staffing.hire(role, accepted(role), RECRUITER, T3, ONE);

    assertThat(staffed.application().status()).isEqualTo(ApplicationStatus.HIRED);
    assertThat(staffed.application().hiredInto()).contains(ONE);
    assertThat(staffed.role().openOpenings()).extracting(Opening::id).containsExactly(TWO);
    assertThat(staffed.role().eventsAfter(role.version()))
        .extracting(RoleEvent::type).containsExactly("role.opening_filled");
    assertThat(staffed.application().eventsAfter(accepted(role).version()))
        .extracting(ApplicationEvent::type).containsExactly("application.hired");
  }

  @Test
  void aHireTheRoleRefusesChangesNeither() {
    Role guarded = twoSeats().withPolicy(
        dev.hirekit.actor.TeamPolicy.of(Role.DEFAULT_POLICY));
    Application accepted = accepted(twoSeats());

    assertThatThrownBy(() -> Staffing.hire(guarded, accepted, RECRUITER, T3, ONE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot FILL_OPENING (member m-1 [RECRUITER] may not FILL_OPENING:"
            + " m-1 is not on the hiring team)");
    assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(guarded.openOpenings()).hasSize(2);
  }

  @Test
  void unhiringReopensTheOpeningAndTheRoleInTheSameStep() {
    Role role = oneSeat();
    Staffing.Staffed hired = Staffing.hire(role, accepted(role), RECRUITER, T3, ONE);
    assertThat(hired.role().status()).isEqualTo(RoleStatus.CLOSED);

    Staffing.Staffed undone = Staffing.unhire(hired.role(), hired.application(), RECRUITER,
        T3.plusSeconds(60), UnhireReason.CANDIDATE_RENEGED, "took a counter-offer");
    assertThat(undone.application().status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(undone.role().status()).isEqualTo(RoleStatus.OPEN);
    assertThat(undone.role().openOpenings()).extracting(Opening::id).containsExactly(ONE);
    Role other = SeedRole.role(RoleId.of("other-role"))
        .open(RECRUITER, T0);
    assertThatThrownBy(() -> Staffing.unhire(other, hired.application(), RECRUITER, T3,
        UnhireReason.CANDIDATE_RENEGED, "x"))
        .isInstanceOf(InvalidValueException.class);
  }
}
