package dev.hirekit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsideringTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final Actor INTERVIEWER =
      Actor.member(MemberId.of("int-1"), HiringRole.INTERVIEWER);
  private static final OpeningId SECOND = OpeningId.of("second");

  private static Role role() {
    return SeedRole.role().addOpening(Actor.system(), SeedRole.DRAFTED, SECOND)
        .open(Actor.system(), SeedRole.DRAFTED);
  }

  private static Application app(Role role) {
    return Application.apply(ApplicationId.of("app-1"), CandidateId.of("c-1"), role, RECRUITER,
        T0);
  }

  @Test
  void anApplicationIsLinkedToAnOpenOpeningAndALaterLinkReplacesIt() {
    Role role = role();
    Application app = app(role);
    assertThat(app.consideredFor()).isEmpty();
    assertThat(app.allowedActions(RECRUITER)).contains(ApplicationAction.CONSIDER_FOR);
    Application linked = app.considerFor(role, RECRUITER, T0, SeedRole.OPENING);
    assertThat(linked.consideredFor()).contains(SeedRole.OPENING);
    assertThat(linked.history().get(linked.history().size() - 1).type())
        .isEqualTo("application.considered_for");
    Application relinked = linked.considerFor(role, RECRUITER, T0, SECOND);
    assertThat(relinked.consideredFor()).contains(SECOND);
    assertThat(relinked.stage()).isEqualTo(app.stage());
    assertThat(Application.replay(relinked.history())).isEqualTo(relinked);
  }

  @Test
  void aLinkIsRefusedToAClosedUnknownOrCurrentOpeningAndForAnotherRole() {
    Role role = role();
    Application app = app(role).considerFor(role, RECRUITER, T0, SeedRole.OPENING);
    Role cancelled = role.closeOpening(Actor.system(), T0, SECOND);
    assertThatThrownBy(() -> app.considerFor(cancelled, RECRUITER, T0, SECOND))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot CONSIDER_FOR")
        .hasMessageContaining("opening second is not an open opening of role");
    assertThatThrownBy(() -> app.considerFor(role, RECRUITER, T0, SeedRole.OPENING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("already considered for opening " + SeedRole.OPENING);
    assertThatThrownBy(() -> app.considerFor(SeedRole.role(RoleId.of("other")), RECRUITER, T0,
        SeedRole.OPENING)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> app.considerFor(role, INTERVIEWER, T0, SECOND))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(app.considerTargets(role, RECRUITER)).containsExactly(SECOND);
    assertThat(app.considerTargets(role, INTERVIEWER)).isEmpty();
    assertThat(app.considerTargets(SeedRole.role(RoleId.of("other")), RECRUITER)).isEmpty();
    Application rejected = app.reject(RECRUITER, T0,
        RejectionReason.of(RejectionSide.WE_REJECTED, "not a fit"));
    assertThat(rejected.allowedActions(RECRUITER)).doesNotContain(
        ApplicationAction.CONSIDER_FOR);
    assertThatThrownBy(() -> rejected.considerFor(role, RECRUITER, T0, SECOND))
        .isInstanceOf(IllegalTransitionException.class);
    Role closed = role.close(Actor.system(), T0, RoleCloseReason.CANCELLED);
    assertThat(app.considerTargets(closed, RECRUITER)).isEmpty();
  }
}
