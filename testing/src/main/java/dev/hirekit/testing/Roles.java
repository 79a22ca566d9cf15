package dev.hirekit.testing;

import dev.hirekit.actor.Actor;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalGroup;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayRange;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.role.CountryArrangement;
import dev.hirekit.role.EmploymentArrangement;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.HeadcountReason;
import dev.hirekit.role.Level;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningCloseReason;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.OpeningStatus;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Requisition;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.RoleId;
import dev.hirekit.role.RoleStatus;
import dev.hirekit.role.TimeZoneWindow;
import dev.hirekit.role.VisaSponsorship;
import dev.hirekit.role.WorkplaceType;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random roles, reached through the role's own actions, and the values of a posting.
 *
 * <pre>{@code
 * Arbitrary<Role> roles = Roles.roles();
 * }</pre>
 */
public final class Roles {
  /** When the generated roles are drafted, and act: 2020-01-01, before any time a test acts at. */
  public static final Instant DRAFTED = Instant.parse("2020-01-01T00:00:00Z");

  /**
   * The approvers of some {@link #roles()}, on their team as approvers: their requisitions name
   * {@code m-1} (finance), then {@code m-2} (executive), whom {@code m-3} replaces in some.
   */
  public static final List<MemberId> APPROVERS = List.of(MemberId.of("m-1"), MemberId.of("m-2"),
      MemberId.of("m-3"));

  private Roles() {}

  /**
   * Known ISO-3166 alpha-2 country codes.
   *
   * <pre>{@code
   * Arbitrary<String> countries = Roles.countries();
   * }</pre>
   *
   * @return country codes
   */
  public static Arbitrary<String> countries() {
    return Arbitraries.of(Locale.getISOCountries());
  }

  /**
   * Non-blank texts such as titles, cities or statements, of 1 to 31 characters.
   *
   * <pre>{@code
   * Arbitrary<String> titles = Roles.texts();
   * }</pre>
   *
   * @return texts
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.')
        .ofMinLength(0).ofMaxLength(30).map(s -> "T" + s);
  }

  /**
   * Valid locations, with or without a region; half of them have names in any script
   * (accents, CJK, characters beyond the basic plane).
   *
   * <pre>{@code
   * Arbitrary<Location> locations = Roles.locations();
   * }</pre>
   *
   * @return locations
   */
  public static Arbitrary<Location> locations() {
    Arbitrary<String> names = Arbitraries.oneOf(texts(), Texts.names());
    return Combinators.combine(names, names.optional(), countries())
        .as((city, region, country) ->
            Location.builder().city(city).region(region).country(country).build());
  }

  /**
   * Valid time zone windows, in quarter hours from UTC-18 to UTC+18.
   *
   * <pre>{@code
   * Arbitrary<TimeZoneWindow> windows = Roles.timeZoneWindows();
   * }</pre>
   *
   * @return windows
   */
  public static Arbitrary<TimeZoneWindow> timeZoneWindows() {
    Arbitrary<Integer> quarterHours = Arbitraries.integers().between(-18 * 4, 18 * 4);
    return Combinators.combine(quarterHours, quarterHours).as((a, b) -> TimeZoneWindow.of(
        ZoneOffset.ofTotalSeconds(Math.min(a, b) * 900),
        ZoneOffset.ofTotalSeconds(Math.max(a, b) * 900)));
  }

  /**
   * Valid remote policies of 0 to 4 countries and 0 to 3 regions of other countries (ISO-3166-2
   * codes such as {@code US-CA}), with or without a time zone window, and an employment
   * arrangement for some of the countries they name.
   *
   * <pre>{@code
   * Arbitrary<RemotePolicy> policies = Roles.remotePolicies();
   * }</pre>
   *
   * @return policies
   */
  public static Arbitrary<RemotePolicy> remotePolicies() {
    Arbitrary<String> regions = Combinators.combine(countries(),
            Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(3))
        .as((country, code) -> country + "-" + code);
    Arbitrary<List<Optional<EmploymentArrangement>>> arrangements =
        Arbitraries.of(EmploymentArrangement.class).optional(0.6).list().ofSize(7);
    return Combinators.combine(countries().set().ofMaxSize(4), regions.set().ofMaxSize(3),
            arrangements, timeZoneWindows().optional())
        .as((countries, drawn, kinds, window) -> {
          Set<String> kept = new TreeSet<>();
          for (String region : drawn) {
            if (!countries.contains(region.substring(0, 2))) {
              kept.add(region);
            }
          }
          Set<String> named = new TreeSet<>(countries);
          kept.forEach(region -> named.add(region.substring(0, 2)));
          List<CountryArrangement> employed = new ArrayList<>();
          int i = 0;
          for (String country : named) {
            kinds.get(i++).ifPresent(kind -> employed.add(CountryArrangement.of(country, kind)));
          }
          return RemotePolicy.builder().allowedCountries(countries).allowedRegions(kept)
              .arrangements(employed).timeZones(window).build();
        });
  }

  /**
   * Valid descriptions, with 0 to 4 responsibilities, qualifications and benefits.
   *
   * <pre>{@code
   * Arbitrary<RoleDescription> descriptions = Roles.descriptions();
   * }</pre>
   *
   * @return descriptions
   */
  public static Arbitrary<RoleDescription> descriptions() {
    Arbitrary<List<String>> lists = texts().list().ofMaxSize(4);
    return Combinators.combine(texts(), lists, lists, lists, texts().optional())
        .as((summary, responsibilities, qualifications, benefits, travel) ->
            RoleDescription.builder().summary(summary).responsibilities(responsibilities)
                .qualifications(qualifications).benefits(benefits).travel(travel).build());
  }

  /**
   * Role ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<RoleId> ids = Roles.roleIds();
   * }</pre>
   *
   * @return role ids
   */
  public static Arbitrary<RoleId> roleIds() {
    return Texts.identifiers().map(RoleId::of);
  }

  /**
   * Opening ids of 1 to 128 characters, the longest included.
   *
   * <pre>{@code
   * Arbitrary<OpeningId> ids = Roles.openingIds();
   * }</pre>
   *
   * @return opening ids
   */
  public static Arbitrary<OpeningId> openingIds() {
    return Texts.identifiers().map(OpeningId::of);
  }

  /**
   * Valid openings, open or closed for any reason, with ids {@code opening-0} to {@code
   * opening-99}, some with a target start date and some with their own headcount reason.
   *
   * <pre>{@code
   * Arbitrary<Opening> openings = Roles.openings();
   * }</pre>
   *
   * @return openings
   */
  public static Arbitrary<Opening> openings() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            openingCloseReasons().optional(),
            Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(2020, 1, 1)
                .plusDays(d)).optional(),
            headcountReasons().optional())
        .as((i, reason, start, headcount) -> Opening.builder()
            .from(reason.map(r -> Opening.closed(OpeningId.of("opening-" + i), r))
                .orElseGet(() -> Opening.open(OpeningId.of("opening-" + i))))
            .targetStart(start).reason(headcount).build());
  }

  /**
   * Valid pay ranges in whole US dollars from 0 to 500,000, as postings show them.
   *
   * <pre>{@code
   * Arbitrary<PayRange> posted = Roles.payRanges();
   * }</pre>
   *
   * @return pay ranges of any period
   */
  public static Arbitrary<PayRange> payRanges() {
    Arbitrary<Integer> amounts = Arbitraries.integers().between(0, 500_000);
    return Combinators.combine(amounts, amounts, Moneys.payPeriods())
        .as((a, b, period) -> PayRange.of(usd(Math.min(a, b)), usd(Math.max(a, b)), period));
  }

  private static Money usd(int whole) {
    return Money.of(BigDecimal.valueOf(whole), Currency.getInstance("USD"));
  }

  /**
   * Valid apply links, http or https.
   *
   * <pre>{@code
   * Arbitrary<URI> links = Roles.applyUrls();
   * }</pre>
   *
   * @return links
   */
  public static Arbitrary<URI> applyUrls() {
    return Combinators.combine(Arbitraries.of("http", "https"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
        .as((scheme, path) -> URI.create(scheme + "://jobs.example.com/" + path));
  }

  /**
   * Every workplace type.
   *
   * <pre>{@code
   * Arbitrary<WorkplaceType> types = Roles.workplaceTypes();
   * }</pre>
   *
   * @return workplace types
   */
  public static Arbitrary<WorkplaceType> workplaceTypes() {
    return Arbitraries.of(WorkplaceType.class);
  }

  /**
   * Every employment type.
   *
   * <pre>{@code
   * Arbitrary<EmploymentType> types = Roles.employmentTypes();
   * }</pre>
   *
   * @return employment types
   */
  public static Arbitrary<EmploymentType> employmentTypes() {
    return Arbitraries.of(EmploymentType.class);
  }

  /**
   * Every status of a role.
   *
   * <pre>{@code
   * Arbitrary<RoleStatus> statuses = Roles.roleStatuses();
   * }</pre>
   *
   * @return role statuses
   */
  public static Arbitrary<RoleStatus> roleStatuses() {
    return Arbitraries.of(RoleStatus.class);
  }

  /**
   * Every action on a role.
   *
   * <pre>{@code
   * Arbitrary<RoleAction> actions = Roles.roleActions();
   * }</pre>
   *
   * @return role actions
   */
  public static Arbitrary<RoleAction> roleActions() {
    return Arbitraries.of(RoleAction.class);
  }

  /**
   * Every reason to close a role.
   *
   * <pre>{@code
   * Arbitrary<RoleCloseReason> reasons = Roles.roleCloseReasons();
   * }</pre>
   *
   * @return reasons
   */
  public static Arbitrary<RoleCloseReason> roleCloseReasons() {
    return Arbitraries.of(RoleCloseReason.class);
  }

  /**
   * Every status of an opening.
   *
   * <pre>{@code
   * Arbitrary<OpeningStatus> statuses = Roles.openingStatuses();
   * }</pre>
   *
   * @return opening statuses
   */
  public static Arbitrary<OpeningStatus> openingStatuses() {
    return Arbitraries.of(OpeningStatus.class);
  }

  /**
   * Every reason to close an opening.
   *
   * <pre>{@code
   * Arbitrary<OpeningCloseReason> reasons = Roles.openingCloseReasons();
   * }</pre>
   *
   * @return reasons
   */
  public static Arbitrary<OpeningCloseReason> openingCloseReasons() {
    return Arbitraries.of(OpeningCloseReason.class);
  }

  /**
   * Valid postings: 1 to 3 locations, any workplace type (a remote policy only off site),
   * optional pay range, statements, apply link and close date.
   *
   * <pre>{@code
   * Arbitrary<Posting> postings = Roles.postings();
   * }</pre>
   *
   * @return postings
   */
  public static Arbitrary<Posting> postings() {
    Arbitrary<Posting> core = Combinators.combine(
            texts(),
            texts(),
            locations().list().ofMinSize(1).ofMaxSize(3),
            workplaceTypes(),
            remotePolicies().optional(),
            employmentTypes(),
            descriptions(),
            Arbitraries.of(true, false, false))
        .as((title, department, locations, workplace, policy, employment, description,
            cityless) -> Posting.builder().title(title).department(department)
                // A remote role bounded by its policy alone needs no city.
                .locations(cityless && workplace == WorkplaceType.REMOTE && policy.isPresent()
                    ? List.of() : locations)
                .workplaceType(workplace)
                .remotePolicy(workplace == WorkplaceType.ON_SITE ? Optional.empty() : policy)
                .employmentType(employment).description(description).build());
    return Combinators.combine(
            core,
            payRanges().optional(),
            texts().optional(),
            texts().optional(),
            texts().optional(),
            applyUrls().optional(),
            Arbitraries.longs().between(0, 3L * 365 * 24 * 60).map(m -> DRAFTED.plusSeconds(m * 60))
                .optional(),
            Arbitraries.of(VisaSponsorship.class).optional())
        .as((posting, pay, equity, note, statement, url, closes, visa) -> Posting.builder()
            .from(posting).payRange(pay).equityStatement(equity).compensationNote(note)
            .equalOpportunityStatement(statement).applyUrl(url).closesAt(closes)
            .visaSponsorship(visa).build());
  }

  /**
   * The seed posting: an on-site, full-time Forward-Deployed Engineer in San Francisco, the
   * posting of {@link Applications#role(InterviewPlan)}.
   *
   * <pre>{@code
   * Role role = Role.draft(RoleId.of("fde"), Roles.seedPosting(), Actor.system(), Roles.DRAFTED);
   * }</pre>
   *
   * @return the posting
   */
  public static Posting seedPosting() {
    return Posting.builder()
        .title("Forward-Deployed Engineer")
        .department("Engineering")
        .addLocation(Location.of("San Francisco", "CA", "US"))
        .workplaceType(WorkplaceType.ON_SITE)
        .employmentType(EmploymentType.FULL_TIME)
        .description(RoleDescription.builder()
            .summary("Backend engineering combined with working directly with customers.")
            .addResponsibility("Ship the features key customers need most, quickly and well")
            .addResponsibility("Learn what engineering and infrastructure leaders need")
            .addResponsibility("Be the main contact of key customers for feedback and upgrades")
            .addResponsibility("Feed what customers say back into product direction")
            .addQualification("Deep backend and infrastructure skills (containers, Go, Linux)")
            .addQualification("Curiosity about how engineering, product and sales fit together")
            .addBenefit("A range of benefits on top of pay and equity")
            .travel("Occasional trips to meet customers")
            .build())
        .compensationNote("Competitive pay and equity; no figures are posted")
        .equalOpportunityStatement(
            "We are an equal opportunity employer and welcome people of every background.")
        .build();
  }

  /**
   * Drafts, reached as users reach them, all by the system at {@link #DRAFTED}: drafted with a
   * random posting and id {@code role-0} to {@code role-999}, then maybe given a team, maybe a
   * plan (30 %), and 0 to 4 open openings {@code opening-0}, {@code opening-1}, ...
   *
   * <pre>{@code
   * Arbitrary<Role> drafts = Roles.drafts();
   * }</pre>
   *
   * @return drafts
   */
  public static Arbitrary<Role> drafts() {
    Arbitrary<RoleId> ids = Arbitraries.integers().between(0, 999).map(i -> RoleId.of("role-" + i));
    return Combinators.combine(ids, postings(), Teams.teams().optional(),
            Plans.plans().optional(0.3), Arbitraries.integers().between(0, 4))
        .as((id, posting, team, plan, openings) -> {
          Actor system = Actor.system();
          Role role = Role.draft(id, posting, system, DRAFTED);
          if (team.isPresent()) {
            role = role.setTeam(system, DRAFTED, team.get());
          }
          if (plan.isPresent()) {
            role = role.setPlan(system, DRAFTED, plan.get());
          }
          for (int i = 0; i < openings; i++) {
            role = role.addOpening(system, DRAFTED, OpeningId.of("opening-" + i));
          }
          return role;
        });
  }

  /**
   * Roles in every status, reached by a random legal sequence of the role's own actions, all
   * by the system at {@link #DRAFTED}: drafted with a random posting, team and plan and 1 to 4
   * openings; then (half of them) opened, some openings filled or closed, and the role held or
   * closed.
   *
   * <pre>{@code
   * Arbitrary<Role> open = Roles.roles().filter(r -> r.status() == RoleStatus.OPEN);
   * }</pre>
   *
   * @return roles
   */
  public static Arbitrary<Role> roles() {
    Arbitrary<List<Optional<OpeningCloseReason>>> fates = openingCloseReasons()
        .optional().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<RoleStatus> statuses = Arbitraries.frequency(Tuple.of(5, RoleStatus.DRAFT),
        Tuple.of(1, RoleStatus.OPEN), Tuple.of(1, RoleStatus.ON_HOLD),
        Tuple.of(1, RoleStatus.CLOSED));
    Arbitrary<Role> drafts = Combinators.combine(
            Arbitraries.integers().between(0, 999).map(i -> RoleId.of("role-" + i)), postings(),
            Teams.teams())
        .as((id, posting, team) -> Role.draft(id, posting, Actor.system(), DRAFTED)
            .setTeam(Actor.system(), DRAFTED, team));
    return Combinators.combine(drafts, fates, Plans.plans(), statuses,
            Arbitraries.integers().between(0, 127), postings())
        .as(Roles::lived);
  }

  /**
   * A role's life: planned, given its openings, then (unless it stays a draft) opened, its
   * openings filled or closed, and the detours the bits of {@code detours} ask for (1: the
   * posting revised; 2: a filled opening reopened; 4: held and resumed; 8: closed, given a new
   * opening where it needs one, and reopened; 16: a requisition set; 32: the first open opening
   * scheduled; 64: before opening, approval asked of {@link #APPROVERS} and given, in part for
   * a draft, as {@link #approvedOrAsked} says), each taken only where
   * the lifecycle allows it; then held or closed as the status asks.
   */
  static Role lived(Role draft, List<Optional<OpeningCloseReason>> fates,
      InterviewPlan plan, RoleStatus status, int detours, Posting revised) {
    Actor system = Actor.system();
    Role role = draft.setPlan(system, DRAFTED, plan);
    for (int i = 0; i < fates.size(); i++) {
      role = role.addOpening(system, DRAFTED, OpeningId.of("opening-" + i));
    }
    if ((detours & 64) != 0) {
      role = approvedOrAsked(role, detours, status == RoleStatus.DRAFT ? detours % 3 : 2);
    }
    if (status == RoleStatus.DRAFT) {
      return role;
    }
    role = role.open(system, DRAFTED);
    for (int i = 0; i < fates.size(); i++) {
      OpeningId id = OpeningId.of("opening-" + i);
      Optional<OpeningCloseReason> fate = fates.get(i);
      if (fate.isPresent() && role.status() != RoleStatus.CLOSED) {
        role = fate.get() == OpeningCloseReason.FILLED ? role.fillOpening(system, DRAFTED, id)
            : role.closeOpening(system, DRAFTED, id);
      }
    }
    Actor by = Actor.system();
    if ((detours & 1) != 0) {
      role = role.revisePosting(by, DRAFTED, revised);
    }
    if ((detours & 2) != 0) {
      for (Opening opening : role.openings()) {
        if (opening.closeReason().equals(Optional.of(OpeningCloseReason.FILLED))
            && role.allowedActions(by).contains(RoleAction.REOPEN_OPENING)) {
          role = role.reopenOpening(by, DRAFTED, opening.id());
          break;
        }
      }
    }
    if ((detours & 16) != 0) {
      role = role.setRequisition(by, DRAFTED, requisition(detours + fates.size()));
    }
    if ((detours & 32) != 0 && role.allowedActions(by).contains(RoleAction.SCHEDULE_OPENING)) {
      role = role.scheduleOpening(by, DRAFTED, role.openOpenings().get(0).id(),
          Optional.of(LocalDate.of(2020, 1, 1).plusDays(7L * detours)),
          (detours & 1) == 0 ? Optional.empty() : Optional.of(headcountReason(fates.size())));
    }
    if ((detours & 4) != 0 && role.allowedActions(by).contains(RoleAction.HOLD)) {
      Role held = role.hold(by, DRAFTED);
      role = held.allowedActions(by).contains(RoleAction.RESUME) ? held.resume(by, DRAFTED)
          : role;
    }
    if ((detours & 8) != 0 && role.allowedActions(by).contains(RoleAction.CLOSE)) {
      Role closed = role.close(by, DRAFTED, RoleCloseReason.FILLED);
      if (!closed.allowedActions(by).contains(RoleAction.REOPEN)
          && closed.allowedActions(by).contains(RoleAction.ADD_OPENING)) {
        closed = closed.addOpening(by, DRAFTED, OpeningId.of("opening-again"));
      }
      role = closed.allowedActions(by).contains(RoleAction.REOPEN) ? closed.reopen(by, DRAFTED)
          : role;
    }
    if (status == RoleStatus.ON_HOLD && role.status() == RoleStatus.OPEN) {
      role = role.hold(system, DRAFTED);
    } else if (status == RoleStatus.CLOSED && role.status() != RoleStatus.CLOSED) {
      role = role.close(system, DRAFTED, RoleCloseReason.CANCELLED);
    }
    return role;
  }

  /**
   * Bit 64 of {@link #lived}: {@link #APPROVERS} put on the team as approvers, a requisition
   * naming the first two in two groups set, approval requested (declined once and requested again
   * when bit 4 is set) and given {@code approvals} times in turn, the second approver replaced by
   * the third first when bit 2 is set.
   */
  private static Role approvedOrAsked(Role role, int detours, int approvals) {
    Actor system = Actor.system();
    List<TeamMember> members = new ArrayList<>();
    role.hiringTeam().members().stream()
        .filter(m -> !APPROVERS.contains(m.id())).forEach(members::add);
    APPROVERS.forEach(a -> members.add(TeamMember.of(a, HiringRole.APPROVER)));
    Role asked = role.setTeam(system, DRAFTED, role.hiringTeam().withMembers(members))
        .setRequisition(system, DRAFTED, requisition(detours).withApprovalChain(ApprovalChain.of(
            ApprovalGroup.of("finance", 1, APPROVERS.get(0)),
            ApprovalGroup.of("executive", 1, APPROVERS.get(1)))))
        .requestApproval(system, DRAFTED);
    if ((detours & 4) != 0) {
      asked = asked.declineApproval(Actor.member(APPROVERS.get(0), HiringRole.APPROVER), DRAFTED,
          "not this quarter").requestApproval(system, DRAFTED);
    }
    for (int i = 0; i < approvals; i++) {
      MemberId next = APPROVERS.get(i);
      if (i == 1 && (detours & 2) != 0) {
        asked = asked.replaceApprover(system, DRAFTED, next, APPROVERS.get(2), "on leave");
        next = APPROVERS.get(2);
      }
      asked = asked.approve(Actor.member(next, HiringRole.APPROVER), DRAFTED);
    }
    return asked;
  }

  /**
   * Valid levels, such as {@code L5} or {@code GS-13}, half of them with a rank from 0 to 20.
   *
   * <pre>{@code
   * Arbitrary<Level> levels = Roles.levels();
   * }</pre>
   *
   * @return levels
   */
  public static Arbitrary<Level> levels() {
    return Combinators.combine(Arbitraries.oneOf(texts(), Texts.names()),
            Arbitraries.integers().between(0, 20).optional())
        .as((name, rank) -> Level.builder().name(name).rank(rank).build());
  }

  /**
   * Valid headcount reasons: new headcount, or a backfill naming whom in any script.
   *
   * <pre>{@code
   * Arbitrary<HeadcountReason> reasons = Roles.headcountReasons();
   * }</pre>
   *
   * @return reasons
   */
  public static Arbitrary<HeadcountReason> headcountReasons() {
    return Arbitraries.oneOf(Arbitraries.just(HeadcountReason.newHeadcount()),
        Arbitraries.oneOf(texts(), Texts.names()).map(HeadcountReason::backfill));
  }

  /**
   * Valid requisitions: a level, a reason and, for about two in three, an approval chain of
   * {@link Offers#approvalChains()} (which gives an empty one too).
   *
   * <pre>{@code
   * Arbitrary<Requisition> requisitions = Roles.requisitions();
   * }</pre>
   *
   * @return requisitions
   */
  public static Arbitrary<Requisition> requisitions() {
    return Combinators.combine(levels(), headcountReasons(), Offers.approvalChains())
        .as((level, reason, chain) -> Requisition.builder().level(level).reason(reason)
            .approvalChain(chain).build());
  }

  /** A requisition picked by a number, for {@link #lived}. */
  static Requisition requisition(int n) {
    return Requisition.of(n % 3 == 0 ? Level.of("GS-" + (9 + n % 7)) : Level.of("L" + n % 8,
        n % 8), headcountReason(n));
  }

  /** A headcount reason picked by a number, for {@link #lived}. */
  static HeadcountReason headcountReason(int n) {
    return n % 2 == 0 ? HeadcountReason.newHeadcount()
        : HeadcountReason.backfill("employee-" + n);
  }
}
