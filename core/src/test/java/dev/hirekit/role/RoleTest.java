package dev.hirekit.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.actor.TeamPolicy;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleTest {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final RoleId ID = RoleId.of("backend");
  private static final Actor RECRUITER = Actor.member(MemberId.of("m-1"), HiringRole.RECRUITER);
  private static final Actor INTERVIEWER =
      Actor.member(MemberId.of("m-3"), HiringRole.INTERVIEWER);

  private static Posting posting() {
    return Posting.builder().title("Backend Engineer").department("Engineering")
        .addLocation(Location.of("Berlin", "DE")).workplaceType(WorkplaceType.ON_SITE)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.of("Build and run our services.")).build();
  }

  @Test
  void aDraftHasItsPostingAndNothingElseYet() {
    Role role = Role.draft(ID, posting(), RECRUITER, T0);

    assertThat(role.id()).isEqualTo(ID);
    assertThat(role.posting()).isEqualTo(posting());
    assertThat(role.status()).isEqualTo(RoleStatus.DRAFT);
    assertThat(role.hiringTeam()).isEqualTo(HiringTeam.empty());
    assertThat(role.openings()).isEmpty();
    assertThat(role.openOpenings()).isEmpty();
    assertThat(role.plan()).isEmpty();
    assertThat(role.version()).isEqualTo(1);
    assertThat(role.history())
        .containsExactly(new RoleEvent.Drafted(ID, 1, posting(), T0, RECRUITER));
    assertThat(role.policy()).isSameAs(Role.DEFAULT_POLICY);
    assertThat(role.allowedActions(RECRUITER)).containsExactly(RoleAction.CLOSE,
        RoleAction.ADD_OPENING, RoleAction.REVISE_POSTING, RoleAction.SET_PLAN,
        RoleAction.SET_TEAM, RoleAction.SET_REQUISITION);
  }

  @Test
  void onlyThoseThePolicyAllowsDraftARole() {
    assertThatThrownBy(() -> Role.draft(ID, posting(), INTERVIEWER, T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Role backend is NEW: cannot DRAFT (member m-3 [INTERVIEWER] may not DRAFT);"
            + " allowed now: []");
    assertThatThrownBy(() -> Role.draft(ID, posting(), Actor.candidate(CandidateId.of("c-1")),
        T0))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Role backend is NEW: cannot DRAFT (candidate c-1 may not DRAFT);"
            + " allowed now: []");
    Policy<RoleAction, Role> managers = (actor, action, subject) -> actor.actsAs(HiringRole.HIRING_MANAGER);
    assertThatThrownBy(() -> Role.draft(ID, posting(), RECRUITER, T0, managers))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("cannot DRAFT (member m-1 [RECRUITER] may not DRAFT)");
    Actor manager = Actor.member(MemberId.of("m-2"), HiringRole.HIRING_MANAGER);
    assertThat(Role.draft(ID, posting(), manager, T0, managers).policy()).isSameAs(managers);
  }

  @Test
  void underATeamPolicyTheSystemDraftsAndNamesTheFirstTeam() {
    Policy<RoleAction, Role> team = TeamPolicy.of(Role.DEFAULT_POLICY);
    HiringTeam members = HiringTeam.of(dev.hirekit.team.TeamMember.of(MemberId.of("m-1"),
        HiringRole.RECRUITER));

    assertThatThrownBy(() -> Role.draft(ID, posting(), RECRUITER, T0, team))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Role backend is NEW: cannot DRAFT (member m-1 [RECRUITER] may not DRAFT:"
            + " m-1 is not on the hiring team); allowed now: []");
    Role drafted = Role.draft(ID, posting(), Actor.system(), T0, team);
    assertThat(drafted.allowedActions(RECRUITER)).isEmpty();
    Role staffed = drafted.setTeam(Actor.system(), T0, members);
    assertThat(staffed.allowedActions(RECRUITER)).contains(RoleAction.SET_PLAN);
  }

  @Test
  void draftRefusesAMissingArgumentAsABadValue() {
    assertThatThrownBy(() -> Role.draft(null, posting(), RECRUITER, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.id:");
    assertThatThrownBy(() -> Role.draft(ID, null, RECRUITER, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.posting:");
    assertThatThrownBy(() -> Role.draft(ID, posting(), null, T0))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.by:");
    assertThatThrownBy(() -> Role.draft(ID, posting(), RECRUITER, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.at:");
    assertThatThrownBy(() -> Role.draft(ID, posting(), RECRUITER, T0, null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.policy:");
    assertThatThrownBy(() -> SeedRole.role().withPolicy(null))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Role.policy:");
  }

  @Test
  void openOpeningsAndOpeningFindSeats() {
    Opening filled = Opening.closed(OpeningId.of("seat-1"), OpeningCloseReason.FILLED);
    Opening open = Opening.open(OpeningId.of("seat-2"));
    Opening alsoOpen = Opening.open(OpeningId.of("seat-3"));
    Actor system = Actor.system();
    Role role = Role.draft(ID, posting(), system, T0).addOpening(system, T0, filled.id())
        .addOpening(system, T0, open.id()).addOpening(system, T0, alsoOpen.id())
        .setPlan(system, T0, SeedRole.plan()).open(system, T0)
        .fillOpening(system, T0, filled.id());

    assertThat(role.openOpenings()).containsExactly(open, alsoOpen);
    assertThat(role.opening(OpeningId.of("seat-1"))).contains(filled);
    assertThat(role.opening(OpeningId.of("seat-9"))).isEmpty();
    assertThat(role.filledOpenings()).containsExactly(filled);
  }

  @Test
  void toStringShowsIdAndStatusOnly() {
    Role role = SeedRole.role().withPolicy((actor, action, subject) -> true);

    assertThat(role).hasToString("Role{forward-deployed-engineer-sf DRAFT}");
    assertThat(role.open(RECRUITER, T0)).hasToString("Role{forward-deployed-engineer-sf OPEN}");
  }

  @Test
  void thePolicyIsPartOfEquality() {
    Policy<RoleAction, Role> all = (actor, action, subject) -> true;
    Role role = SeedRole.role();

    assertThat(role).isEqualTo(SeedRole.role());
    assertThat(role.withPolicy(all)).isNotEqualTo(role);
    assertThat(role.withPolicy(all)).isEqualTo(role.withPolicy(all));
    assertThat(role.withPolicy(all).withPolicy(role.policy())).isEqualTo(role);
    assertThat(role.withPolicy(role.policy())).isSameAs(role);
  }

  @Test
  void everyEventIsNumberedFromOneAndRefusesAMissingComponent()
      throws ReflectiveOperationException {
    Map<Class<?>, Object> samples = Map.ofEntries(Map.entry(RoleId.class, ID),
        Map.entry(Posting.class, posting()), Map.entry(InterviewPlan.class, SeedRole.plan()),
        Map.entry(HiringTeam.class, HiringTeam.empty()),
        Map.entry(RoleCloseReason.class, RoleCloseReason.FILLED),
        Map.entry(OpeningId.class, SeedRole.OPENING), Map.entry(Instant.class, T0),
        Map.entry(Actor.class, RECRUITER), Map.entry(Requisition.class,
            Requisition.of(Level.of("L5"), HeadcountReason.newHeadcount())),
        Map.entry(java.util.Optional.class, java.util.Optional.empty()),
        Map.entry(String.class, "over budget"),
        Map.entry(dev.hirekit.team.MemberId.class, dev.hirekit.team.MemberId.of("fin-1")));
    for (Class<?> type : RoleEvent.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      for (long sequence : new long[] {-1, 0, 1, 2}) {
        Object[] args = Arrays.stream(types)
            .map(t -> t == long.class ? (Object) sequence : samples.get(t)).toArray();
        if (sequence >= 1) {
          assertThat(((RoleEvent) canonical.newInstance(args)).sequence()).isEqualTo(sequence);
        } else {
          assertThatThrownBy(() -> construct(canonical, args))
              .isInstanceOf(InvalidValueException.class)
              .hasMessage(type.getSimpleName() + ".sequence: is " + sequence
                  + "; the events of a role are numbered from 1");
        }
      }
      for (int i = 0; i < components.length; i++) {
        if (types[i] == long.class) {
          continue;
        }
        Object[] args = Arrays.stream(types)
            .map(t -> t == long.class ? (Object) 1L : samples.get(t)).toArray();
        args[i] = null;
        assertThatThrownBy(() -> construct(canonical, args))
            .isInstanceOf(InvalidValueException.class)
            .hasMessage(type.getSimpleName() + "." + components[i].getName()
                + ": is missing (null); give a value");
      }
    }
  }

  private static Object construct(Constructor<?> canonical, Object[] args) throws Throwable {
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void everyEventTypeHasAnActionAndAnEffectAndEveryActionButDraftAnEvent() {
    List<RoleAction> actions = Arrays.stream(RoleEvent.class.getPermittedSubclasses())
        .map(type -> RoleEffects.of(type).action()).collect(Collectors.toList());

    assertThat(actions).doesNotHaveDuplicates().containsExactlyInAnyOrder(RoleAction.values());
    assertThat(Role.LIFECYCLE.starts()).containsOnlyKeys(RoleAction.DRAFT);
    assertThatThrownBy(() -> RoleEffects.of(String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no action and effect for java.lang.String; every RoleEvent type has an"
            + " entry in RoleEffects");
  }
}
