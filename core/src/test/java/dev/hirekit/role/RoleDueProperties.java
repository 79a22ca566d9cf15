package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.testing.Roles;
import dev.hirekit.time.Due;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Role#due}: the posting's close date and the openings' target starts are overdue
 * exactly from their instants, agree with {@link Role#openingsPastTargetStart} and with what
 * the system actor may fire, and the query is pure.
 */
class RoleDueProperties {

  @Provide
  Arbitrary<Role> roles() {
    Arbitrary<LocalDate> days = Arbitraries.longs().between(0, 120)
        .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    return Combinators.combine(Roles.roles(), days, Arbitraries.longs().between(0, 120 * 24))
        .as((role, day, hours) -> {
          Role r = role.revisePosting(Actor.system(), Roles.DRAFTED, role.posting()
              .withClosesAt(Roles.DRAFTED.plusSeconds(hours * 3600)));
          if (r.allowedActions(Actor.system()).contains(RoleAction.SCHEDULE_OPENING)) {
            Optional<Opening> open = r.openings().stream().filter(Opening::isOpen).findFirst();
            if (open.isPresent()) {
              r = r.scheduleOpening(Actor.system(), Roles.DRAFTED, open.get().id(),
                  Optional.of(day), Optional.empty());
            }
          }
          return r;
        });
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 150L * 24 * 3600).map(Roles.DRAFTED::plusSeconds);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata")
        .map(ZoneId::of);
  }

  @Property(tries = 200)
  void aRolesDeadlinesAreOverdueExactlyFromTheirInstants(@ForAll("roles") Role role,
      @ForAll("instants") Instant at, @ForAll("zones") ZoneId zone) {
    List<Due> due = role.due(at, zone);
    assertThat(role.due(at, zone)).isEqualTo(due);
    LocalDate day = LocalDate.ofInstant(at, zone);
    for (Due d : due) {
      assertThat(d.overdue()).isEqualTo(!at.isBefore(d.dueAt()));
      assertThat(role.due(d.dueAt(), zone)).contains(d.withOverdue(true));
      assertThat(role.due(d.dueAt().minusNanos(1), zone)).contains(d.withOverdue(false));
      if (d.deadline() == Due.Deadline.POSTING_CLOSE) {
        assertThat(role.status()).isEqualTo(RoleStatus.OPEN);
        assertThat(d.dueAt()).isEqualTo(role.posting().closesAt().orElseThrow());
        assertThat(role.allowedActions(Actor.system()))
            .contains(RoleAction.CLOSE, RoleAction.HOLD);
      } else {
        assertThat(d.deadline()).isEqualTo(Due.Deadline.OPENING_TARGET_START);
        assertThat(role.allowedActions(Actor.system())).contains(RoleAction.SCHEDULE_OPENING);
      }
    }
    assertThat(due.stream().filter(d -> d.deadline() == Due.Deadline.OPENING_TARGET_START
            && d.overdue()).map(Due::about).toList())
        .containsExactlyInAnyOrderElementsOf(role.openingsPastTargetStart(day).stream()
            .map(o -> o.id().value()).toList());
    assertThat(due.stream().anyMatch(d -> d.deadline() == Due.Deadline.POSTING_CLOSE))
        .isEqualTo(role.status() == RoleStatus.OPEN);
  }
}
