package dev.hirekit.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.SeedRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The candidacy check agrees with a brute-force reference over random histories of one person:
 * applications to four roles in two families (or none), advanced some stages of the seed plan,
 * left active, rejected by either side, withdrawn, reopened or kept as prospects, weighed
 * against random rules and proposals. The reference reads each application's events itself
 * (its status, its rejections, the stages it advanced out of), never the application's own
 * answers.
 */
class CandidacyProperties {
  private static final int ROLES = 4;
  private static final List<Role> OPEN_ROLES = roles();
  private static final List<String> FAMILY_NAMES = List.of("engineering", "sales");

  /** How an application ends up. */
  enum Ending { ACTIVE, WE_REJECTED, THEY_REJECTED, WITHDRAWN, REOPENED, PROSPECT, TRANSFERRED }

  record Spec(int role, int day, int advances, Ending ending) {}

  record Scenario(List<Application> applications, Map<RoleId, RoleFamily> families,
      CandidacyRules rules, Proposal proposal) {}

  private static List<Role> roles() {
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < ROLES; i++) {
      roles.add(SeedRole.role(RoleId.of("r-" + i)).open(Actor.system(), CandidacyTest.T0));
    }
    return roles;
  }

  static Application build(int index, Spec spec) {
    Instant at = CandidacyTest.day(spec.day());
    Role role = OPEN_ROLES.get(spec.role());
    ApplicationId id = ApplicationId.of("a-" + index);
    if (spec.ending() == Ending.PROSPECT) {
      return Application.prospect(id, CandidacyTest.ADA, role, CandidacyTest.RECRUITER, at);
    }
    Application a = Application.apply(id, CandidacyTest.ADA, role,
        Actor.candidate(CandidacyTest.ADA), at);
    int hour = 0;
    for (int i = 0; i < spec.advances(); i++) {
      a = a.advance(CandidacyTest.RECRUITER, at.plus(Duration.ofDays(++hour)));
    }
    Instant end = at.plus(Duration.ofDays(++hour));
    return switch (spec.ending()) {
      case ACTIVE, PROSPECT -> a;
      case TRANSFERRED -> a.transfer(OPEN_ROLES.get((spec.role() + 1) % ROLES),
          CandidacyTest.RECRUITER, end, "another team");
      case WE_REJECTED -> a.reject(CandidacyTest.RECRUITER, end,
          RejectionReason.of(RejectionSide.WE_REJECTED, "not-a-fit"));
      case THEY_REJECTED -> a.reject(CandidacyTest.RECRUITER, end,
          RejectionReason.of(RejectionSide.THEY_WITHDREW, "other-offer"));
      case WITHDRAWN -> a.withdraw(Actor.candidate(CandidacyTest.ADA), end, "moving");
      case REOPENED -> a.reject(CandidacyTest.RECRUITER, end,
          RejectionReason.of(RejectionSide.WE_REJECTED, "not-a-fit"))
          .reopen(CandidacyTest.RECRUITER, end.plus(Duration.ofDays(1)), "second look");
    };
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Spec> specs = Combinators.combine(Arbitraries.integers().between(0, ROLES - 1),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 3),
        Arbitraries.of(Ending.class)).as(Spec::new);
    Arbitrary<List<Application>> histories = specs.list().ofMaxSize(5).map(list -> {
      List<Application> built = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        built.add(build(i, list.get(i)));
      }
      return built;
    });
    Arbitrary<Map<RoleId, RoleFamily>> families = Arbitraries.integers().between(-1, 1)
        .list().ofSize(ROLES).map(picks -> {
          Map<RoleId, RoleFamily> map = new HashMap<>();
          for (int i = 0; i < ROLES; i++) {
            if (picks.get(i) >= 0) {
              map.put(OPEN_ROLES.get(i).id(), RoleFamily.of(FAMILY_NAMES.get(picks.get(i))));
            }
          }
          return map;
        });
    Arbitrary<Cooldown> cooldowns = Combinators.combine(Arbitraries.integers().between(1, 300)
        .map(Duration::ofDays), Arbitraries.of(CooldownScope.class)).as(Cooldown::of);
    Arbitrary<List<StageCredit>> credits = Arbitraries.subsetOf(StageKind.APPLICATION_REVIEW,
        StageKind.SCREEN, StageKind.ASSESSMENT, StageKind.INTERVIEW).flatMap(kinds -> {
          List<Arbitrary<StageCredit>> each = kinds.stream().sorted().map(kind -> Arbitraries
              .integers().between(1, 300).map(d -> StageCredit.of(kind, Duration.ofDays(d))))
              .toList();
          return Combinators.combine(each).as(list -> list);
        });
    Arbitrary<Optional<Integer>> max = Arbitraries.integers().between(1, 3).optional(0.6);
    Arbitrary<CandidacyRules> rules = Combinators.combine(cooldowns.list().ofMaxSize(2),
        credits, max).as((c, k, m) -> {
          CandidacyRules.Builder builder = CandidacyRules.builder().addAllCooldowns(c)
              .addAllCredits(k);
          m.ifPresent(builder::maxInProcess);
          return builder.build();
        });
    return Combinators.combine(histories, families, rules,
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, ROLES - 1),
        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 800))
        .as((apps, fams, r, kind, role, entry, day) -> new Scenario(apps, fams, r,
            proposal(apps, kind, role, entry, CandidacyTest.day(day))));
  }

  private static Proposal proposal(List<Application> apps, int kind, int role, int entry,
      Instant at) {
    InterviewPlan plan = SeedRole.plan();
    RoleId id = OPEN_ROLES.get(role).id();
    if (kind >= 4 && !apps.isEmpty()) {
      ApplicationId target = apps.get(role % apps.size()).id();
      return switch (kind) {
        case 4 -> Proposal.reopen(target, at);
        case 5 -> Proposal.convert(target, at);
        case 6 -> Proposal.transfer(target, id, at);
        default -> entry < plan.stages().size()
            ? Proposal.transfer(target, id, plan, plan.stages().get(entry).id(), at)
            : Proposal.transfer(target, id, at);
      };
    }
    return entry < plan.stages().size() && kind % 2 == 1
        ? Proposal.apply(id, plan, plan.stages().get(entry).id(), at) : Proposal.apply(id, at);
  }

  @Property
  void theCheckAgreesWithABruteForceReference(@ForAll("scenarios") Scenario s) {
    CandidacyVerdict verdict = s.rules().check(s.applications(), s.families(), s.proposal());
    List<String> expected = reference(s);

    assertThat(verdict.refusals()).extracting(r -> r.rule() + "@" + r.until().orElse(null))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(verdict.allowed()).isEqualTo(expected.isEmpty());
    assertThat(verdict.refusals()).allSatisfy(r -> assertThat(r.message()).isNotBlank());
    Statistics.label("proposal").collect(s.proposal().kind());
    Statistics.label("verdict").collect(expected.isEmpty() ? "allowed"
        : expected.get(0).substring(0, expected.get(0).indexOf('@')));
  }

  @Property
  void aProposalRefusedByCooldownsAloneIsAllowedFromTheirEndAndNotASecondBefore(
      @ForAll("scenarios") Scenario s) {
    CandidacyVerdict verdict = s.rules().check(s.applications(), s.families(), s.proposal());
    Statistics.label("waits").collect(verdict.allowedFrom().isPresent());
    if (verdict.allowedFrom().isEmpty()) {
      return;
    }
    Instant from = verdict.allowedFrom().get();
    assertThat(s.rules().check(s.applications(), s.families(), at(s.proposal(), from))
        .refusals()).noneMatch(r -> r.rule() == CandidacyRule.COOLDOWN);
    assertThat(s.rules().check(s.applications(), s.families(),
        at(s.proposal(), from.minusSeconds(1))).refusals())
        .anyMatch(r -> r.rule() == CandidacyRule.COOLDOWN);
  }

  private static Proposal at(Proposal p, Instant at) {
    return new Proposal(p.kind(), p.role(), p.application(), p.plan(), p.entry(), at);
  }

  // ------------------------------------------------------------------ the reference

  /** The expected refusals as "RULE@until". */
  static List<String> reference(Scenario s) {
    Proposal p = s.proposal();
    Application subject = p.application().map(id -> s.applications().stream()
        .filter(a -> a.id().equals(id)).findFirst().orElseThrow()).orElse(null);
    RoleId role = p.role().orElseGet(() -> subject.roleId());
    RoleFamily family = s.families().get(role);
    boolean transfer = p.kind() == ProposalKind.TRANSFER;
    List<String> out = new ArrayList<>();
    if (transfer && subject.roleId().equals(role)) {
      out.add("ALREADY_IN_PROCESS@null");
    }
    if (transfer && !subject.roleId().equals(role)
        && (family == null || !family.equals(s.families().get(subject.roleId())))) {
      out.add("OUTSIDE_FAMILY@null");
    }
    int active = 0;
    for (Application a : s.applications()) {
      if (a == subject) {
        continue;
      }
      String status = status(a);
      if (a.roleId().equals(role) && (status.equals("ACTIVE") || status.equals("PROSPECT"))) {
        out.add("ALREADY_IN_PROCESS@null");
      }
      if (status.equals("ACTIVE")) {
        active++;
      }
      if (p.kind() != ProposalKind.REOPEN && status.equals("REJECTED:WE_REJECTED")) {
        Instant rejected = null;
        for (ApplicationEvent e : a.history()) {
          if (e instanceof ApplicationEvent.Rejected) {
            rejected = e.at();
          }
        }
        for (Cooldown c : s.rules().cooldowns()) {
          boolean scoped = c.scope() == CooldownScope.ANYWHERE || a.roleId().equals(role)
              || family != null && family.equals(s.families().get(a.roleId()));
          Instant until = rejected.plus(c.length());
          if (scoped && p.at().isBefore(until)) {
            out.add("COOLDOWN@" + until);
          }
        }
      }
    }
    if (!transfer && s.rules().maxInProcess().isPresent()
        && active >= s.rules().maxInProcess().getAsInt()) {
      out.add("IN_PROCESS_LIMIT@null");
    }
    if (p.entry().isPresent()) {
      for (Stage stage : p.plan().orElseThrow().stages()) {
        if (stage.id().equals(p.entry().get())) {
          break;
        }
        if (!credited(s, role, family, stage.kind(), p.at())) {
          out.add("STAGE_NOT_CREDITED@null");
        }
      }
    }
    return out;
  }

  private static boolean credited(Scenario s, RoleId role, RoleFamily family, StageKind kind,
      Instant at) {
    for (StageCredit credit : s.rules().credits()) {
      if (credit.kind() != kind) {
        continue;
      }
      for (Application a : s.applications()) {
        RoleId on = null;
        for (ApplicationEvent e : a.history()) {
          if (e instanceof ApplicationEvent.Applied applied) {
            on = applied.role();
          } else if (e instanceof ApplicationEvent.Prospected prospected) {
            on = prospected.role();
          } else if (e instanceof ApplicationEvent.Transferred transferred) {
            on = transferred.role();
          }
          // a pass counts for the role the application was on when it passed the stage
          boolean related = role.equals(on)
              || family != null && family.equals(s.families().get(on));
          if (related && e instanceof ApplicationEvent.Advanced advanced
              && SeedRole.plan().stage(advanced.from()).orElseThrow().kind() == kind
              && !advanced.at().isAfter(at)
              && at.isBefore(advanced.at().plus(credit.validFor()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The status read from the events: the last event that sets one decides. */
  private static String status(Application a) {
    String status = null;
    for (ApplicationEvent e : a.history()) {
      if (e instanceof ApplicationEvent.Applied || e instanceof ApplicationEvent.Converted
          || e instanceof ApplicationEvent.Reopened) {
        status = "ACTIVE";
      } else if (e instanceof ApplicationEvent.Prospected) {
        status = "PROSPECT";
      } else if (e instanceof ApplicationEvent.Rejected rejected) {
        status = "REJECTED:" + rejected.reason().side();
      } else if (e instanceof ApplicationEvent.Withdrawn) {
        status = "WITHDRAWN";
      }
    }
    return status;
  }
}
