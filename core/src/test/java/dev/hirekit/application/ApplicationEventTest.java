package dev.hirekit.application;

import static dev.hirekit.application.Fixtures.RECRUITER;
import static dev.hirekit.application.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.ContingencyKind;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Test
  void everyEventIsNumberedFromOneNamesAPositiveOfferVersionAndRefusesAMissingComponent()
      throws ReflectiveOperationException {
    Map<Class<?>, Object> samples = new HashMap<>();
    samples.put(ApplicationId.class, Fixtures.APP);
    samples.put(CandidateId.class, Fixtures.CANDIDATE_ID);
    samples.put(RoleId.class, SeedRole.ROLE);
    samples.put(InterviewPlan.class, SeedRole.plan());
    samples.put(HiringTeam.class, HiringTeam.empty());
    samples.put(StageId.class, SeedRole.SCREEN);
    samples.put(Optional.class, Optional.empty());
    samples.put(List.class, List.of());
    samples.put(Map.class, Map.of());
    samples.put(String.class, "why");
    samples.put(RejectionReason.class, RejectionReason.of(RejectionSide.WE_REJECTED, "no"));
    samples.put(Scorecard.class, Fixtures.card(SeedRole.TECHNICAL_INTERVIEW, Fixtures.ALICE,
        Recommendation.YES));
    samples.put(Reference.class, Reference.builder().referee("R")
        .relationship(RefereeRelationship.PEER).outcome(ReferenceOutcome.POSITIVE)
        .checkedBy(MemberId.of("rec-1")).build());
    samples.put(OfferId.class, Fixtures.OFFER);
    samples.put(Compensation.class, Fixtures.terms("185000"));
    samples.put(ApprovalChain.class, ApprovalChain.none());
    samples.put(OpeningId.class, SeedRole.OPENING);
    samples.put(LocalDate.class, LocalDate.of(2026, 5, 4));
    samples.put(UnhireReason.class, UnhireReason.HIRE_REVERSED);
    samples.put(Instant.class, t(0));
    samples.put(Actor.class, RECRUITER);
    samples.put(AccommodationOutcome.class, AccommodationOutcome.ARRANGED);
    samples.put(DebriefOutcome.class, DebriefOutcome.ADVANCE);
    samples.put(Artifact.class, Artifact.of(java.net.URI.create("https://files.example.com/a"),
        "application/pdf", Checksum.of(ChecksumAlgorithm.MD5,
            "0123456789abcdef0123456789abcdef")));
    samples.put(dev.hirekit.plan.InterviewId.class, SeedRole.TECHNICAL_INTERVIEW);
    samples.put(MemberId.class, MemberId.of("fin-1"));
    samples.put(ContingencyKind.class, ContingencyKind.BACKGROUND_CHECK);
    samples.put(RequirementOutcome.class, RequirementOutcome.MET);
    for (Class<?> type : EventRulesTest.eventTypes()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      for (long number : new long[] {-1, 0, 1, 2}) {
        for (int i = 0; i < components.length; i++) {
          if (types[i] != long.class && types[i] != int.class) {
            continue;
          }
          Object[] args = arguments(types, samples);
          args[i] = types[i] == long.class ? (Object) number : (Object) (int) number;
          String field = type.getSimpleName() + "." + components[i].getName();
          if (number >= 1) {
            ApplicationEvent event = (ApplicationEvent) canonical.newInstance(args);
            assertThat(types[i] == long.class
                ? ((Number) components[i].getAccessor().invoke(event)).longValue()
                : ((ApplicationEvent.OfferEvent) event).offerVersion()).isEqualTo(number);
          } else {
            assertThatThrownBy(() -> construct(canonical, args))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage(field + ": " + number + (types[i] == long.class
                    ? " is not a sequence number; events are numbered from 1"
                    : " is not an offer version; versions are numbered from 1"));
          }
        }
      }
      for (int i = 0; i < components.length; i++) {
        if (types[i].isPrimitive()) {
          continue;
        }
        Object[] args = arguments(types, samples);
        args[i] = null;
        assertThatThrownBy(() -> construct(canonical, args))
            .as("%s.%s", type.getSimpleName(), components[i].getName())
            .isInstanceOf(InvalidValueException.class)
            .hasMessage(type.getSimpleName() + "." + components[i].getName()
                + ": is missing (null); give a value");
      }
    }
  }

  private static Object[] arguments(Class<?>[] types, Map<Class<?>, Object> samples) {
    return Arrays.stream(types).map(t -> t == long.class ? (Object) 1L
        : t == int.class ? (Object) 1 : samples.get(t)).toArray();
  }

  private static Object construct(Constructor<?> canonical, Object[] args) throws Throwable {
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
