package dev.hirekit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.time.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A rule's deadline lies on the right side of its anchor, by at least its amount. */
class TimeRuleProperties {
  @Provide
  Arbitrary<TimeRule> rules() {
    return Combinators.combine(Arbitraries.of(TimeRule.Kind.class),
        Arbitraries.integers().between(1, 400), Arbitraries.of(TimeRule.Unit.class))
        .as((kind, amount, unit) -> TimeRule.of(kind,
            amount, kind == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW ? TimeRule.Unit.HOURS : unit));
  }

  @Provide
  Arbitrary<Instant> anchors() {
    return Arbitraries.longs().between(0, 3L * 365 * 24 * 3600)
        .map(Instant.parse("2026-01-01T00:00:00Z")::plusSeconds);
  }

  @Property
  void deadlinesLieTheAmountAwayFromTheirAnchor(@ForAll("rules") TimeRule rule,
      @ForAll("anchors") Instant anchor) {
    WorkCalendar calendar = WorkCalendar.weekdays(ZoneId.of("Europe/Paris"));
    Instant deadline = rule.deadline(anchor, calendar);
    Duration amount = rule.unit() == TimeRule.Unit.HOURS ? Duration.ofHours(rule.amount())
        : Duration.ofDays(rule.amount());
    if (rule.kind() == TimeRule.Kind.MATERIAL_BEFORE_INTERVIEW) {
      assertThat(Duration.between(deadline, anchor)).isEqualTo(amount);
    } else if (rule.unit() == TimeRule.Unit.HOURS) {
      assertThat(Duration.between(anchor, deadline)).isEqualTo(amount);
    } else {
      assertThat(calendar.workingTime(anchor, deadline)).isEqualTo(amount);
      assertThat(Duration.between(anchor, deadline)).isGreaterThanOrEqualTo(amount);
    }
  }
}
