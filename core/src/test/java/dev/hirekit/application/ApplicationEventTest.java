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
        new ApplicationEvent.Applied(Fixtures.APP, 1, Fixtures.CANDIDATE_ID, SeedRole.ROLE,
            SeedRole.plan(), HiringTeam.empty(), SeedRole.INTERVIEWS, Optional.of(SECRET), t(0), RECRUITER),
        new ApplicationEvent.Converted(Fixtures.APP, 2, SeedRole.SCREEN, Optional.of(SECRET), t(0), RECRUITER),
        new ApplicationEvent.Skipped(Fixtures.APP, 3, SeedRole.SCREEN, SeedRole.INTERVIEWS,
            List.of(SeedRole.TAKE_HOME), SECRET, t(0), RECRUITER),
        new ApplicationEvent.Withdrawn(Fixtures.APP, 4, SECRET, t(0), RECRUITER),
        new ApplicationEvent.Reopened(Fixtures.APP, 5, Optional.of(SeedRole.SCREEN), SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferApprovalDeclined(Fixtures.APP, 6,
            Fixtures.OFFER, 1, SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferDeclined(Fixtures.APP, 7, Fixtures.OFFER, 1,
            SECRET, t(0), RECRUITER),
        new ApplicationEvent.OfferRescinded(Fixtures.APP, 8, Fixtures.OFFER, 2,
            SECRET, t(0), RECRUITER),
        new ApplicationEvent.Unhired(Fixtures.APP, 9, OpeningId.of("opening-9"), UnhireReason.HIRE_REVERSED,
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
    assertThat(events.get(5).toString()).contains("application=app-7", "sequence=6",
        "offer=offer-1", "offerVersion=1");
    assertThat(events.get(8).toString()).contains("opening=opening-9",
        "reason=HIRE_REVERSED", "note=<redacted>");
  }

  @Test
  void eventsWithoutFreeTextShowEveryField() {
    ApplicationEvent advanced = new ApplicationEvent.Advanced(Fixtures.APP, 2, SeedRole.SCREEN,
        SeedRole.TAKE_HOME, t(1), RECRUITER);
    assertThat(advanced).hasToString("Advanced[application=app-7, sequence=2, from=screen, to=take-home,"
        + " at=2026-03-02T10:00:00Z, by=member rec-1 [RECRUITER]]");
  }
}
