package dev.hirekit.role;

import dev.hirekit.actor.Actor;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.PlanArbitraries;
import dev.hirekit.team.TeamArbitraries;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random valid values of the role package, for property suites. */
public final class RoleArbitraries {
  private RoleArbitraries() {}

  /**
   * Known ISO-3166 alpha-2 country codes.
   *
   * @return country codes
   */
  public static Arbitrary<String> countries() {
    return Arbitraries.of(Locale.getISOCountries());
  }

  /**
   * Non-blank texts such as titles, cities or statements.
   *
   * @return texts
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().alpha().numeric().withChars(' ', '-', '.')
        .ofMinLength(0).ofMaxLength(30).map(s -> "T" + s);
  }

  /**
   * Valid locations, with or without a region.
   *
   * @return locations
   */
  public static Arbitrary<Location> locations() {
    return Combinators.combine(texts(), texts().optional(), countries())
        .as((city, region, country) ->
            Location.builder().city(city).region(region).country(country).build());
  }

  /**
   * Valid time zone windows.
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
   * Valid remote policies of 0 to 4 countries, with or without a time zone window.
   *
   * @return policies
   */
  public static Arbitrary<RemotePolicy> remotePolicies() {
    return Combinators.combine(countries().set().ofMaxSize(4), timeZoneWindows().optional())
        .as((countries, window) ->
            RemotePolicy.builder().allowedCountries(countries).timeZones(window).build());
  }

  /**
   * Valid descriptions.
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
   * Valid openings, open or closed, with ids drawn from a small range.
   *
   * @return openings
   */
  public static Arbitrary<Opening> openings() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.of(OpeningCloseReason.class).optional())
        .as((i, reason) -> reason
            .map(r -> Opening.closed(OpeningId.of("opening-" + i), r))
            .orElseGet(() -> Opening.open(OpeningId.of("opening-" + i))));
  }

  /**
   * Valid yearly pay ranges in USD.
   *
   * @return pay ranges
   */
  public static Arbitrary<PayRange> payRanges() {
    Arbitrary<Integer> amounts = Arbitraries.integers().between(0, 500_000);
    return Combinators.combine(amounts, amounts, Arbitraries.of(PayPeriod.class))
        .as((a, b, period) -> PayRange.of(usd(Math.min(a, b)), usd(Math.max(a, b)), period));
  }

  private static Money usd(int whole) {
    return Money.of(BigDecimal.valueOf(whole), Currency.getInstance("USD"));
  }

  /**
   * Valid apply links.
   *
   * @return links
   */
  public static Arbitrary<URI> applyUrls() {
    return Combinators.combine(Arbitraries.of("http", "https"),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
        .as((scheme, path) -> URI.create(scheme + "://jobs.example.com/" + path));
  }

  /**
   * Valid postings: 1 to 3 locations, any workplace type (a remote policy only off site),
   * optional pay range, statements and apply link.
   *
   * @return postings
   */
  public static Arbitrary<Posting> postings() {
    Arbitrary<Posting> core = Combinators.combine(
            texts(),
            texts(),
            locations().list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(WorkplaceType.class),
            remotePolicies().optional(),
            Arbitraries.of(EmploymentType.class),
            descriptions())
        .as((title, department, locations, workplace, policy, employment, description) ->
            Posting.builder().title(title).department(department).locations(locations)
                .workplaceType(workplace)
                .remotePolicy(workplace == WorkplaceType.ON_SITE ? Optional.empty() : policy)
                .employmentType(employment).description(description).build());
    return Combinators.combine(
            core,
            payRanges().optional(),
            texts().optional(),
            texts().optional(),
            texts().optional(),
            applyUrls().optional())
        .as((posting, pay, equity, note, statement, url) -> Posting.builder().from(posting)
            .payRange(pay).equityStatement(equity).compensationNote(note)
            .equalOpportunityStatement(statement).applyUrl(url).build());
  }

  /** When the generated roles are drafted, before the times the suites act at. */
  public static final Instant DRAFTED = Instant.parse("2020-01-01T00:00:00Z");

  /**
   * Valid drafts, reached as users reach them, all by the system at {@link #DRAFTED}: drafted
   * with a random posting, then maybe given a team, maybe a plan (30 %), and 0 to 4 open
   * openings {@code opening-0}, {@code opening-1}, ...
   *
   * @return drafts
   */
  public static Arbitrary<Role> roles() {
    Arbitrary<RoleId> ids = Arbitraries.integers().between(0, 999).map(i -> RoleId.of("role-" + i));
    return Combinators.combine(ids, postings(), TeamArbitraries.teams().optional(),
            PlanArbitraries.plans().optional(0.3), Arbitraries.integers().between(0, 4))
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
   * Roles in every state, reached as users reach them: a draft with a plan and 1 to 4 openings,
   * opened, some openings filled or cancelled, held or closed, all by the system.
   *
   * @return roles
   */
  public static Arbitrary<Role> rolesInEveryState() {
    Arbitrary<List<Optional<OpeningCloseReason>>> fates = Arbitraries.of(OpeningCloseReason.class)
        .optional().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<RoleStatus> statuses = Arbitraries.frequency(Tuple.of(5, RoleStatus.DRAFT),
        Tuple.of(1, RoleStatus.OPEN), Tuple.of(1, RoleStatus.ON_HOLD),
        Tuple.of(1, RoleStatus.CLOSED));
    Arbitrary<Role> drafts = Combinators.combine(
            Arbitraries.integers().between(0, 999).map(i -> RoleId.of("role-" + i)), postings(),
            TeamArbitraries.teams())
        .as((id, posting, team) -> Role.draft(id, posting, Actor.system(), DRAFTED)
            .setTeam(Actor.system(), DRAFTED, team));
    return Combinators.combine(drafts, fates, PlanArbitraries.plans(), statuses)
        .as(RoleArbitraries::lived);
  }

  private static Role lived(Role draft, List<Optional<OpeningCloseReason>> fates,
      InterviewPlan plan, RoleStatus status) {
    Actor system = Actor.system();
    Role role = draft.setPlan(system, DRAFTED, plan);
    for (int i = 0; i < fates.size(); i++) {
      role = role.addOpening(system, DRAFTED, OpeningId.of("opening-" + i));
    }
    if (status == RoleStatus.DRAFT) {
      return role;
    }
    Instant at = Instant.parse("2020-01-01T00:00:00Z");
    role = role.open(system, at);
    for (int i = 0; i < fates.size(); i++) {
      OpeningId id = OpeningId.of("opening-" + i);
      Optional<OpeningCloseReason> fate = fates.get(i);
      if (fate.isPresent() && role.status() != RoleStatus.CLOSED) {
        role = fate.get() == OpeningCloseReason.FILLED ? role.fillOpening(system, at, id)
            : role.closeOpening(system, at, id);
      }
    }
    if (status == RoleStatus.ON_HOLD && role.status() == RoleStatus.OPEN) {
      role = role.hold(system, at);
    } else if (status == RoleStatus.CLOSED && role.status() != RoleStatus.CLOSED) {
      role = role.close(system, at, RoleCloseReason.CANCELLED);
    }
    return role;
  }
}
