package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.testing.Roles;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The requisition and the openings' target start dates: the late openings are exactly the open
 * ones with a target start before the day, a backfill's whom never shows in {@code toString()},
 * and every generated role with a requisition replays to itself.
 */
class RequisitionProperties {

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2019, 6, 1).plusDays(d));
  }

  @Property
  void openingsPastTargetStartAreTheOpenOnesDueBeforeTheDay(@ForAll("roles") Role role,
      @ForAll("days") LocalDate day) {
    for (Opening opening : role.openings()) {
      boolean late = opening.isOpen() && opening.targetStart().isPresent()
          && day.isAfter(opening.targetStart().get());
      assertThat(role.openingsPastTargetStart(day).contains(opening)).isEqualTo(late);
    }
    assertThat(role.openings()).containsAll(role.openingsPastTargetStart(day));
  }

  @Property
  void anOpeningsReasonIsItsOwnElseTheRequisitions(@ForAll("roles") Role role) {
    for (Opening opening : role.openings()) {
      assertThat(role.reasonFor(opening.id())).isEqualTo(opening.reason().isPresent()
          ? opening.reason() : role.requisition().map(Requisition::reason));
    }
    assertThat(Role.replay(role.history())).isEqualTo(role);
  }

  @Property
  void whomABackfillReplacesShowsOnlyAsRedactedInToString(
      @ForAll("requisitions") Requisition requisition) {
    HeadcountReason reason = requisition.reason();
    String shown = reason.replacing().isPresent()
        ? "HeadcountReason{kind=BACKFILL, replacing=<redacted>}"
        : "HeadcountReason{kind=NEW_HEADCOUNT}";
    assertThat(reason.toString()).isEqualTo(shown);
    assertThat(requisition.toString()).isEqualTo("Requisition{level=" + requisition.level()
        + ", reason=" + shown + ", approvalChain=" + requisition.approvalChain() + "}");
  }

  @Provide
  Arbitrary<Role> roles() {
    return Roles.roles();
  }

  @Provide
  Arbitrary<Requisition> requisitions() {
    return Roles.requisitions();
  }
}
