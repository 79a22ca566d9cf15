package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.TestRuns;
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
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Hiring and unhiring through {@link Staffing} keep a role and its applications consistent: the
 * role's filled openings are exactly the openings its hired applications hold, an opening holds
 * at most one hire, the role is closed exactly when no opening is open, and a refused step
 * leaves both as they were (the step is a pure function: the caller keeps both aggregates it
 * passed).
 */
class StaffingProperties {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);

  /** One step: which application, hire (into which opening) or unhire (reneged or reversed). */
  record Step(int application, boolean hire, int opening, boolean reneged) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false))
        .as(Step::new).list().ofMaxSize(25);
  }

  @Property
  void roleAndApplicationsStayConsistentThroughAnyHiresAndUnhires(
      @ForAll @IntRange(min = 1, max = 3) int seats, @ForAll("steps") List<Step> steps) {
    List<OpeningId> openings = new ArrayList<>();
    Role role = SeedRole.role();
    openings.add(SeedRole.OPENING);
    for (int i = 2; i <= seats; i++) {
      OpeningId id = OpeningId.of("seat-" + i);
      role = role.addOpening(RECRUITER, T0, id);
      openings.add(id);
    }
    role = role.open(RECRUITER, T0);
    List<Application> apps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      apps.add(accepted(role, i));
    }
    Instant at = T0.plus(Duration.ofDays(2));
    for (Step step : steps) {
      at = at.plus(Duration.ofHours(1));
      Application app = apps.get(step.application());
      Role roleBefore = role;
      try {
        Staffing.Staffed staffed = step.hire()
            ? Staffing.hire(role, app, RECRUITER, at, openings.get(step.opening() % seats))
            : Staffing.unhire(role, app, RECRUITER, at, step.reneged()
                ? UnhireReason.CANDIDATE_RENEGED : UnhireReason.HIRE_REVERSED, "changed");
        assertThat(staffed.role().version()).isEqualTo(roleBefore.version() + 1);
        assertThat(staffed.application().version()).isEqualTo(app.version() + 1);
        role = staffed.role();
        apps.set(step.application(), staffed.application());
        Statistics.label("step").collect(step.hire() ? "hired" : "unhired");
      } catch (IllegalTransitionException refused) {
        Statistics.label("step").collect("refused");
      }
      assertConsistent(role, apps);
    }
    // With the few tries of a mutation run, mostly edge cases (no steps), none may hire.
    if (TestRuns.isFull()) {
      Statistics.label("step").coverage(c -> {
        c.check("hired").count(n -> n > 0);
        c.check("unhired").count(n -> n > 0);
      });
    }
  }

  private static void assertConsistent(Role role, List<Application> apps) {
    List<OpeningId> held = apps.stream().filter(a -> a.status() == ApplicationStatus.HIRED)
        .map(a -> a.hiredInto().orElseThrow()).collect(Collectors.toList());
    Set<OpeningId> filled = role.filledOpenings().stream().map(Opening::id)
        .collect(Collectors.toSet());
    assertThat(new HashSet<>(held)).hasSameSizeAs(held).isEqualTo(filled);
    assertThat(role.status() == RoleStatus.CLOSED).isEqualTo(role.openOpenings().isEmpty());
    for (Application app : apps) {
      assertThat(app.hiredInto().isPresent()).isEqualTo(app.status() == ApplicationStatus.HIRED);
    }
  }

  /** An application of the role at the offer stage with an accepted offer. */
  private static Application accepted(Role role, int n) {
    CandidateId candidate = CandidateId.of("cand-" + n);
    Compensation pay = Compensation.builder()
        .base(PayRate.of(Money.of("185000", "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 3, 2)).employmentType(EmploymentType.FULL_TIME).build();
    return Application.apply(ApplicationId.of("app-" + n), candidate, role, RECRUITER, T0,
            SeedRole.OFFER, "referral")
        .draftOffer(RECRUITER, T0, OfferId.of("offer-" + n), pay, T0.plus(Duration.ofDays(30)),
            ApprovalChain.none())
        .extendOffer(RECRUITER, T0)
        .acceptOffer(Actor.candidate(candidate), T0.plus(Duration.ofDays(1)));
  }
}
