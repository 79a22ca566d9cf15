package dev.hirekit.candidacy;

import dev.hirekit.InvalidValueException;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationEvent;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.candidacy.Passes.Pass;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.internal.Require;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.plan.StageKind;
import dev.hirekit.role.RoleId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Rules across one person's applications, as data: {@link Cooldown}s after our rejections,
 * {@link StageCredit}s that let a new application enter past stages already passed, and the
 * most applications one person may have in process at once. A role is always of its own
 * family: a cooldown or a credit "in the same family" covers the same role too, family or none.
 * {@link #check} is a pure function of the person's applications, your roles' families and a
 * {@link Proposal}: it says whether the proposal is allowed and, if not, every reason why.
 *
 * <p>The rules are advice your service applies before it calls {@code Application.apply},
 * {@code convert}, {@code reopen} or {@code transfer}: one application cannot see the others,
 * so the lifecycle cannot hold these rules itself. A person already in process for a role never
 * gets a second application to it, and a transfer stays within its role's family; those rules
 * need no setting.
 *
 * <pre>{@code
 * CandidacyRules rules = CandidacyRules.builder()
 *     .addCooldown(Cooldown.of(Duration.ofDays(180), CooldownScope.SAME_FAMILY))
 *     .addCredit(StageCredit.of(StageKind.ASSESSMENT, Duration.ofDays(180)))
 *     .maxInProcess(3)
 *     .build();
 * CandidacyVerdict verdict = rules.check(theirApplications,
 *     Map.of(fdeSf, engineering, fdeNyc, engineering), Proposal.apply(fdeNyc, now));
 * verdict.allowed();
 * }</pre>
 */
@Value.Immutable
public abstract class CandidacyRules {

  CandidacyRules() {}

  /**
   * The cooldowns after our rejections.
   *
   * @return the cooldowns, perhaps none
   */
  public abstract List<Cooldown> cooldowns();

  /**
   * How long passed stages carry over, by kind.
   *
   * @return at most one credit per stage kind, perhaps none
   */
  public abstract List<StageCredit> credits();

  /**
   * The most active applications one person may have at once, if limited.
   *
   * @return at least 1, or empty for no limit
   */
  public abstract OptionalInt maxInProcess();

  /**
   * No rules but the one that always holds: one application per role in process at a time.
   *
   * @return the rules
   */
  public static CandidacyRules none() {
    return builder().build();
  }

  /**
   * A builder of rules.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CandidacyRules}; see {@link CandidacyRules#builder()}. */
  public static final class Builder extends ImmutableCandidacyRules.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<StageKind> kinds = new HashSet<>();
    for (StageCredit credit : credits()) {
      Require.that(kinds.add(credit.kind()), "CandidacyRules", "credits",
          "name stage kind " + credit.kind() + " twice; give one credit per kind");
    }
    Require.that(maxInProcess().orElse(1) >= 1, "CandidacyRules", "maxInProcess",
        "is " + maxInProcess().orElse(1) + "; give at least 1, or no limit");
  }

  /**
   * Weighs a proposal against one person's applications.
   *
   * @param applications every application of the person (any status; none is fine)
   * @param families the family of each role that has one; a role missing here is in no family
   * @param proposal what the person or the team would do
   * @return allowed, or every rule that refuses, in the order of {@link CandidacyRule}
   * @throws dev.hirekit.InvalidValueException if an argument is missing, the applications are
   *     of more than one person or repeat an id, or the proposal names an application not among
   *     them
   */
  public CandidacyVerdict check(Collection<Application> applications,
      Map<RoleId, RoleFamily> families, Proposal proposal) {
    return check(applications, families, proposal, CandidateMerges.none());
  }

  /**
   * Weighs a proposal against one person's applications made under any of their records: the
   * same check, with duplicate records merged into one person by {@code merges}.
   *
   * <pre>{@code
   * rules.check(merges.applicationsOf(ada, all), families, proposal, merges);
   * }</pre>
   *
   * @param applications every application of the person, under any of their records
   * @param families the family of each role that has one; a role missing here is in no family
   * @param proposal what the person or the team would do
   * @param merges which candidate records are one person
   * @return allowed, or every rule that refuses, in the order of {@link CandidacyRule}
   * @throws dev.hirekit.InvalidValueException if an argument is missing, the applications are
   *     of more than one person (after the merges) or repeat an id, or the proposal names an
   *     application not among them
   */
  public CandidacyVerdict check(Collection<Application> applications,
      Map<RoleId, RoleFamily> families, Proposal proposal, CandidateMerges merges) {
    Require.given(merges, "CandidacyRules", "merges");
    Require.given(applications, "CandidacyRules", "applications");
    Require.given(families, "CandidacyRules", "families");
    families.forEach((role, family) -> {
      Require.given(role, "CandidacyRules", "families");
      Require.given(family, "CandidacyRules", "families");
    });
    Require.given(proposal, "CandidacyRules", "proposal");
    List<Application> all = new ArrayList<>();
    Set<CandidateId> people = new HashSet<>();
    Set<ApplicationId> ids = new HashSet<>();
    for (Application a : applications) {
      all.add(Require.given(a, "CandidacyRules", "applications"));
      people.add(merges.personOf(a.candidateId()));
      Require.that(ids.add(a.id()), "CandidacyRules", "applications", "hold application "
          + a.id() + " twice; pass each once");
    }
    Require.that(people.size() <= 1, "CandidacyRules", "applications", "belong to "
        + people.size() + " people; pass one person's applications (with the merges that make"
        + " their records one person, if they have several)");
    Optional<Application> subject = proposal.application().map(id -> all.stream()
        .filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new
            InvalidValueException("CandidacyRules", "proposal", "names application "
            + id + ", which is not among the person's applications; pass it with them")));
    RoleId role = proposal.role().orElseGet(() -> subject.orElseThrow().roleId());
    List<Application> others = all.stream()
        .filter(a -> subject.map(s -> !s.id().equals(a.id())).orElse(true)).toList();
    Optional<RoleFamily> family = Optional.ofNullable(families.get(role));

    List<CandidacyRefusal> refusals = new ArrayList<>();
    for (Application a : others) {
      if (a.roleId().equals(role) && (a.status() == ApplicationStatus.ACTIVE
          || a.status() == ApplicationStatus.PROSPECT)) {
        refusals.add(new CandidacyRefusal(CandidacyRule.ALREADY_IN_PROCESS, "application "
            + a.id() + " to role " + role + " is " + a.status() + "; " + (a.status()
            == ApplicationStatus.PROSPECT ? "convert that prospect instead"
            : "one application per role is in process at a time; carry on with that one"),
            Optional.empty()));
      }
    }
    boolean transfer = proposal.kind() == ProposalKind.TRANSFER;
    if (transfer && subject.orElseThrow().roleId().equals(role)) {
      refusals.add(new CandidacyRefusal(CandidacyRule.ALREADY_IN_PROCESS, "application "
          + subject.get().id() + " is already on role " + role + "; transfer it to another role",
          Optional.empty()));
    }
    long active = others.stream().filter(a -> a.status() == ApplicationStatus.ACTIVE).count();
    if (!transfer && maxInProcess().isPresent() && active >= maxInProcess().getAsInt()) {
      refusals.add(new CandidacyRefusal(CandidacyRule.IN_PROCESS_LIMIT, "the candidate has "
          + active + " ACTIVE application" + (active == 1 ? "" : "s")
          + ", the most allowed at once (" + maxInProcess()
          .getAsInt() + "); " + proposal.kind() + " waits until one of them closes",
          Optional.empty()));
    }
    if (proposal.kind() != ProposalKind.REOPEN) {
      refusals.addAll(cooldowns(others, families, role, family, proposal.at()));
    }
    if (proposal.entry().isPresent()) {
      refusals.addAll(uncredited(all, families, role, family, proposal.plan().orElseThrow(),
          proposal.entry().orElseThrow(), proposal.at()));
    }
    if (transfer) {
      outsideFamily(subject.orElseThrow(), families, role, family).ifPresent(refusals::add);
    }
    return new CandidacyVerdict(refusals);
  }

  private static Optional<CandidacyRefusal> outsideFamily(Application subject,
      Map<RoleId, RoleFamily> families, RoleId role, Optional<RoleFamily> family) {
    Optional<RoleFamily> theirs = Optional.ofNullable(families.get(subject.roleId()));
    if (subject.roleId().equals(role) || family.isPresent() && family.equals(theirs)) {
      return Optional.empty();
    }
    return Optional.of(new CandidacyRefusal(CandidacyRule.OUTSIDE_FAMILY, "role " + role + " ("
        + family.map(f -> "family " + f).orElse("in no family") + ") is not of the family of"
        + " application " + subject.id() + "'s role " + subject.roleId() + " ("
        + theirs.map(f -> "family " + f).orElse("in no family") + "); a transfer stays within"
        + " a family: close this application and apply to " + role + " instead",
        Optional.empty()));
  }

  private List<CandidacyRefusal> cooldowns(List<Application> others,
      Map<RoleId, RoleFamily> families, RoleId role, Optional<RoleFamily> family, Instant at) {
    List<CandidacyRefusal> refusals = new ArrayList<>();
    for (Application a : others) {
      if (a.status() != ApplicationStatus.REJECTED || a.rejection()
          .map(r -> r.side() != RejectionSide.WE_REJECTED).orElse(true)) {
        continue;
      }
      Instant rejectedAt = lastRejection(a);
      Optional<RoleFamily> theirs = Optional.ofNullable(families.get(a.roleId()));
      for (Cooldown cooldown : cooldowns()) {
        boolean holds = cooldown.scope() == CooldownScope.ANYWHERE || a.roleId().equals(role)
            || family.isPresent() && family.equals(theirs);
        Instant until = later(rejectedAt, cooldown.length());
        if (holds && at.isBefore(until)) {
          refusals.add(new CandidacyRefusal(CandidacyRule.COOLDOWN, "application " + a.id()
              + " to role " + a.roleId() + (theirs.map(f -> " (family " + f + ")").orElse(""))
              + " was rejected at " + rejectedAt + "; the cooldown of "
              + spoken(cooldown.length())
              + (cooldown.scope() == CooldownScope.ANYWHERE ? " for every role"
                  : " in the same family") + " holds until " + until
              + "; apply for role " + role + " at or after then", Optional.of(until)));
        }
      }
    }
    return refusals;
  }

  /** A duration as people say it: whole days as days, anything else as ISO-8601. */
  static String spoken(Duration duration) {
    long days = duration.toDays();
    return duration.equals(Duration.ofDays(days))
        ? days + (days == 1 ? " day" : " days") : duration.toString();
  }

  /** A moment plus a duration, or {@link Instant#MAX} when that lies beyond it. */
  static Instant later(Instant moment, Duration duration) {
    return moment.isAfter(Instant.MAX.minus(duration)) ? Instant.MAX : moment.plus(duration);
  }

  private static Instant lastRejection(Application application) {
    Instant at = null;
    for (ApplicationEvent event : application.history()) {
      if (event instanceof ApplicationEvent.Rejected) {
        at = event.at();
      }
    }
    return Objects.requireNonNull(at, "a REJECTED application has a Rejected event");
  }

  private List<CandidacyRefusal> uncredited(List<Application> all,
      Map<RoleId, RoleFamily> families, RoleId role, Optional<RoleFamily> family,
      InterviewPlan plan, StageId entry, Instant at) {
    List<CandidacyRefusal> refusals = new ArrayList<>();
    List<Pass> passes = new ArrayList<>();
    for (Application a : all) {
      for (Pass pass : Passes.of(a)) {
        if (pass.role().equals(role) || family.isPresent()
            && family.equals(Optional.ofNullable(families.get(pass.role())))) {
          passes.add(pass);
        }
      }
    }
    for (Stage stage : plan.stages()) {
      if (stage.id().equals(entry)) {
        break;
      }
      Optional<StageCredit> credit = credits().stream().filter(c -> c.kind() == stage.kind())
          .findFirst();
      boolean covered = credit.isPresent() && passes.stream().anyMatch(p -> p.kind()
          == stage.kind() && !p.at().isAfter(at)
          && at.isBefore(later(p.at(), credit.get().validFor())));
      if (!covered) {
        String where = family.map(f -> "in family " + f).orElse("for role " + role
            + " (in no family)");
        String why = credit.isEmpty() ? "results of " + stage.kind() + " stages never carry"
            + " over" : "no " + stage.kind() + " stage " + where + " was passed within "
            + spoken(credit.get().validFor()) + " before " + at;
        refusals.add(new CandidacyRefusal(CandidacyRule.STAGE_NOT_CREDITED, "stage "
            + stage.id() + " (" + stage.kind() + ") comes before the entry stage " + entry
            + " and " + why + "; enter at " + stage.id() + " or earlier", Optional.empty()));
      }
    }
    return refusals;
  }
}
