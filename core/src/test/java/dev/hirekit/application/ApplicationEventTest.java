package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.role.OpeningId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringTeam;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Free text in events may name people: their {@code toString()} redacts it, field by field. */
class ApplicationEventTest {
  private static final String SECRET = "Quill Marbury (quill@example.org)";

  @Test
  void everyEventWithFreeTextRedactsItAndKeepsItsOtherFields() {
    List<ApplicationEvent> events = List.of(
        new ApplicationEvent.Applied(Fixtures.APP, Fixtures.CANDIDATE_ID, SeedRole.ROLE,
            SeedRole.plan(), HiringTeam.empty(), SeedRole.INTERVIEWS, Optional.of(SECRET), t(0), RECRUITER),
        new ApplicationEvent.Converted(SeedRole.SCREEN, Optional.of(SECRET), t(0), RECRUITER),
        new ApplicationEvent.Skipped(SeedRole.SCREEN, SeedRole.INTERVIEWS,
            List.of(SeedRole.TAKE_HOME), SECRET, t(0), RECRUITER),
        new ApplicationEvent.Withdrawn(SECRET, t(0), RECRUITER),
        new ApplicationEvent.Reopened(Optional.of(SeedRole.SCREEN), SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferApprovalDeclined(SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferDeclined(SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferRescinded(SECRET, t(0), RECRUITER),
        new ApplicationEvent.Unhired(OpeningId.of("opening-9"), UnhireReason.HIRE_REVERSED,
            SECRET, t(0), RECRUITER));
    for (ApplicationEvent event : events) {
      String shown = event.toString();
      assertThat(shown)
          .startsWith(event.getClass().getSimpleName() + "[")
          .doesNotContain("Quill").doesNotContain("example.org")
          .contains("=<redacted>")
          .contains("at=2026-03-02T09:00:00Z")
          .contains("by=member rec-1 [RECRUITER]")
          .endsWith("]");
    }
    assertThat(events.get(0).toString()).contains("application=app-7", "candidate=cand-42",
        "stage=interviews");
    assertThat(events.get(2).toString()).contains("from=screen", "to=interviews",
        "skipped=[take-home]");
    assertThat(events.get(8).toString()).contains("opening=opening-9",
        "reason=HIRE_REVERSED", "note=<redacted>");
  }

  @Test
  void eventsWithoutFreeTextShowEveryField() {
    ApplicationEvent advanced = new ApplicationEvent.Advanced(SeedRole.SCREEN,
        SeedRole.TAKE_HOME, t(1), RECRUITER);
    assertThat(advanced).hasToString("Advanced[from=screen, to=take-home,"
        + " at=2026-03-02T10:00:00Z, by=member rec-1 [RECRUITER]]");
  }
}
