package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Consent;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRange;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.plan.Interview;
import dev.hirekit.plan.InterviewFocus;
import dev.hirekit.plan.InterviewId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.TimeBox;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Location;
import dev.hirekit.role.Opening;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Posting;
import dev.hirekit.role.RemotePolicy;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleDescription;
import dev.hirekit.role.SeedRole;
import dev.hirekit.role.TimeZoneWindow;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import java.io.File;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Hostile input against every public factory, builder setter and {@code with*} copy of the value
 * types, found by reflection over the exported packages: nulls, blanks, invisible and control
 * characters, 1 MB strings, extreme decimals and instants. Each call either succeeds or throws the
 * documented {@link InvalidValueException} (a null always throws it, naming the value type), in
 * bounded time (each call under {@value #LIMIT_SECONDS} seconds, a generous bound: a fixed
 * call takes microseconds), with a message of printable ASCII of bounded length that holds no
 * generated personal data.
 *
 * <p>The statics of {@code Role} ({@code draft}, {@code replay}, {@code load}) are in: a null
 * argument or event is an {@link InvalidValueException} naming {@code Role}. Left out, as
 * documented in {@link InvalidValueException}: the lifecycle statics of {@code Application},
 * {@code Staffing} and {@code Offer} ({@code draft}), the engine of {@code dev.hirekit.lifecycle}
 * and the policies of {@code dev.hirekit.actor} (the {@link Actor} factories are in), and a null
 * collection, array, {@code Optional} or {@code OptionalInt} itself given to a generated
 * setter.
 */
class HostileInputProperties {
  private static final int LIMIT_SECONDS = 2;
  private static final int MESSAGE_LIMIT = 400;
  private static final List<String> PACKAGES = List.of("dev.hirekit", "dev.hirekit.money",
      "dev.hirekit.team", "dev.hirekit.plan", "dev.hirekit.role", "dev.hirekit.candidate",
      "dev.hirekit.approval", "dev.hirekit.offer", "dev.hirekit.application",
      "dev.hirekit.lifecycle", "dev.hirekit.actor", "dev.hirekit.feedback",
      "dev.hirekit.candidacy", "dev.hirekit.slate", "dev.hirekit.pool");
  private static final Set<String> EXCLUDED_TYPES = Set.of("Application", "Staffing", "Offer",
      "ApplicationEvent", "RoleEvent", "TransitionTable", "Transition", "Guard", "Policy",
      "RolePolicy", "TeamPolicy", "TestRuns");
  private static final Set<String> EXCLUDED_METHODS = Set.of();
  /** The fields whose messages may quote a short escaped prefix: codes, never personal data. */
  private static final Set<String> QUOTING_FIELDS = Set.of("Money.amount", "Money.currency",
      "Location.country", "RemotePolicy.allowedCountries", "RemotePolicy.allowedRegions",
      "CountryArrangement.country");

  /** Personal data in a generated value; no message may hold it. */
  static final String SECRET_NAME = "Qzorvath-7f3e";
  static final String SECRET_EMAIL = "qzorvath.7f3e@secret.example";
  static final String PERSON = "Zoë " + SECRET_NAME + " <" + SECRET_EMAIL + ">";
  static final String MEGABYTE = "x".repeat(1 << 20);
  /**
   * 100,000 nines, built once: parsing that many digits is quadratic and took most of this
   * class's time when every BigDecimal parameter parsed it again.
   */
  private static final BigDecimal NINES = BigDecimal.TEN.pow(100_000).subtract(BigDecimal.ONE);

  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "hostile-input");
    thread.setDaemon(true);
    return thread;
  });

  // ------------------------------------------------------------------------ discovery

  /** One way into a value type: a static factory, a builder setter or a with* copy. */
  record Entry(String name, String type, Method method, Supplier<Object> receiver) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** One call: an entry with one argument made hostile, the others sample values. */
  record Call(Entry entry, int index, Object value, String label) {
    @Override
    public String toString() {
      return entry.name() + " arg " + index + " = " + label;
    }
  }

  static List<Class<?>> exportedClasses() {
    List<Class<?>> classes = new ArrayList<>();
    for (String pkg : PACKAGES) {
      File dir;
      try {
        URL root = Money.class.getProtectionDomain().getCodeSource().getLocation();
        dir = new File(new File(root.toURI()), pkg.replace('.', '/'));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
      File[] files = dir.listFiles((d, n) -> n.endsWith(".class") && !n.contains("$")
          && !n.startsWith("Immutable") && !n.equals("package-info.class"));
      for (File file : files) {
        try {
          Class<?> type = Class.forName(pkg + "." + file.getName().replace(".class", ""));
          if (Modifier.isPublic(type.getModifiers()) && !type.isEnum() && !type.isInterface()
              && !Throwable.class.isAssignableFrom(type)
              && !EXCLUDED_TYPES.contains(type.getSimpleName())) {
            classes.add(type);
          }
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }

  static List<Entry> discover() {
    List<Entry> entries = new ArrayList<>();
    for (Class<?> type : exportedClasses()) {
      String name = type.getSimpleName();
      for (Method method : sorted(type.getMethods())) {
        if (!Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != type
            || EXCLUDED_METHODS.contains(name + "." + method.getName())) {
          continue;
        }
        if (method.getParameterCount() > 0) {
          entries.add(new Entry(name + "." + signature(method), name, method, () -> null));
        }
        if (method.getName().equals("builder") && method.getParameterCount() == 0) {
          addSetters(entries, type, method);
        }
      }
      if (SAMPLES.containsKey(type)) {
        for (Method method : sorted(type.getMethods())) {
          if (!Modifier.isStatic(method.getModifiers()) && method.getName().startsWith("with")
              && method.getParameterCount() == 1 && type.isAssignableFrom(method.getReturnType())
              && !method.getName().equals("withPolicy")) {
            entries.add(new Entry(name + "." + signature(method), name, method,
                () -> SAMPLES.get(type)));
          }
        }
      }
    }
    return entries;
  }

  private static void addSetters(List<Entry> entries, Class<?> type, Method builder) {
    Class<?> builderType = builder.getReturnType();
    Method from = Arrays.stream(builderType.getMethods())
        .filter(m -> m.getName().equals("from") && m.getParameterTypes()[0] == type)
        .findFirst().orElseThrow();
    for (Method setter : sorted(builderType.getMethods())) {
      if (setter.getParameterCount() != 1 || Modifier.isStatic(setter.getModifiers())
          || !builderType.isAssignableFrom(setter.getReturnType())
          || setter.getName().equals("policy") || setter.getName().equals("history")) {
        continue;
      }
      boolean isFrom = setter.getName().equals("from");
      entries.add(new Entry(type.getSimpleName() + ".Builder." + signature(setter),
          type.getSimpleName(), setter, () -> {
            Object fresh = invoke(builder, null);
            return isFrom ? fresh : invoke(from, fresh, SAMPLES.get(type));
          }));
    }
  }

  private static List<Method> sorted(Method[] methods) {
    return Arrays.stream(methods).sorted(Comparator.comparing(HostileInputProperties::signature))
        .collect(Collectors.toList());
  }

  private static String signature(Method method) {
    return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  private static Object invoke(Method method, Object receiver, Object... args) {
    try {
      return method.invoke(receiver, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("sample set-up failed: " + method, e.getCause());
    }
  }

  // ------------------------------------------------------------------------ samples

  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
  static final Map<Class<?>, Object> SAMPLES = samples();
  static final List<Entry> ENTRIES = discover();

  private static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> s = new LinkedHashMap<>();
    MemberId member = MemberId.of("member-1");
    Money money = Money.of("100", "USD");
    s.put(String.class, "sample");
    s.put(int.class, 1);
    s.put(boolean.class, false);
    s.put(BigDecimal.class, BigDecimal.ONE);
    s.put(Instant.class, AT);
    s.put(LocalDate.class, LocalDate.of(2026, 9, 1));
    s.put(Duration.class, Duration.ofHours(1));
    s.put(ZoneOffset.class, ZoneOffset.UTC);
    s.put(URI.class, URI.create("https://example.com/x"));
    s.put(Currency.class, Currency.getInstance("USD"));
    s.put(Money.class, money);
    s.put(PayRange.class, PayRange.of(money, Money.of("200", "USD"), PayPeriod.YEARLY));
    s.put(PayRate.class, PayRate.of(money, PayPeriod.YEARLY));
    s.put(MemberId.class, member);
    s.put(TeamMember.class, TeamMember.of(member, HiringRole.RECRUITER));
    s.put(HiringTeam.class, HiringTeam.of(TeamMember.of(member, HiringRole.RECRUITER)));
    s.put(Actor.class, Actor.member(member, HiringRole.RECRUITER));
    s.put(CandidateId.class, CandidateId.of("cand-1"));
    s.put(Contact.class, Contact.builder().addEmail("a@example.com").build());
    s.put(Source.class, Source.agency("Acme"));
    s.put(Consent.class, Consent.of(AT, AT.plusSeconds(60)));
    s.put(Candidate.class, Candidate.builder().id(CandidateId.of("cand-1")).name("Ada")
        .addTag("java").build());
    s.put(InterviewId.class, SeedRole.TECHNICAL_INTERVIEW);
    s.put(Interview.class, Interview.builder().id(InterviewId.of("i-1")).name("Design")
        .focus(InterviewFocus.TECHNICAL).duration(Duration.ofHours(1)).addInterviewer(member)
        .build());
    s.put(TimeBox.class, TimeBox.about(Duration.ofDays(2)));
    s.put(dev.hirekit.plan.DecisionRule.class, dev.hirekit.plan.DecisionRule.votesIn(2));
    s.put(dev.hirekit.plan.ScaleLabel.class,
        dev.hirekit.plan.ScaleLabel.of("High", dev.hirekit.plan.Recommendation.STRONG_YES));
    s.put(dev.hirekit.plan.ScoringScale.class, dev.hirekit.plan.ScoringScale.builder()
        .name("High / Low").addLabels(dev.hirekit.plan.ScaleLabel.of("Low",
            dev.hirekit.plan.Recommendation.NO), dev.hirekit.plan.ScaleLabel.of("High",
            dev.hirekit.plan.Recommendation.STRONG_YES)).build());
    s.put(dev.hirekit.plan.TimeRule.class, dev.hirekit.plan.TimeRule.of(
        dev.hirekit.plan.TimeRule.Kind.WINDOW, 2, dev.hirekit.plan.TimeRule.Unit.HOURS));
    s.put(dev.hirekit.time.Due.class, dev.hirekit.time.Due.at(
        dev.hirekit.time.Due.Deadline.OFFER_EXPIRY, "offer-1",
        java.time.Instant.parse("2026-12-01T09:00:00Z"),
        java.time.Instant.parse("2026-12-01T10:00:00Z"), dev.hirekit.time.Due.Party.SYSTEM,
        dev.hirekit.offer.OfferAction.EXPIRE));
    InterviewPlan plan = SeedRole.plan();
    s.put(InterviewPlan.class, plan);
    s.put(Stage.class, plan.stages().get(2));
    s.put(dev.hirekit.plan.StageId.class, SeedRole.SCREEN);
    s.put(Recommendation.class, Recommendation.YES);
    s.put(Location.class, Location.of("Berlin", "DE"));
    s.put(RemotePolicy.class, RemotePolicy.builder().addAllowedCountry("DE").build());
    s.put(TimeZoneWindow.class, TimeZoneWindow.of(ZoneOffset.ofHours(-1), ZoneOffset.ofHours(2)));
    s.put(RoleDescription.class, RoleDescription.of("Build things"));
    s.put(OpeningId.class, SeedRole.OPENING);
    s.put(Opening.class, Opening.open(SeedRole.OPENING));
    s.put(dev.hirekit.role.RoleId.class, SeedRole.ROLE);
    s.put(Posting.class, SeedRole.posting());
    s.put(Role.class, SeedRole.role());
    s.put(dev.hirekit.actor.Policy.class, allowAll());
    s.put(Equity.class, Equity.builder().kind(EquityKind.OPTIONS).amount(BigDecimal.TEN)
        .vestingMonths(48).cliffMonths(12).strikePrice(Money.of("1", "USD")).build());
    s.put(Compensation.class, Compensation.builder().base(PayRate.of(money, PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 9, 1)).employmentType(EmploymentType.FULL_TIME).build());
    s.put(ApprovalChain.class, ApprovalChain.of(ApprovalMode.PARALLEL, 1, member));
    s.put(dev.hirekit.offer.OfferId.class, dev.hirekit.offer.OfferId.of("offer-1"));
    s.put(dev.hirekit.application.ApplicationId.class,
        dev.hirekit.application.ApplicationId.of("app-1"));
    s.put(AttributeRating.class, AttributeRating.of("design", 3));
    s.put(Reference.class, Reference.builder().referee("Grace").relationship(
            RefereeRelationship.PEER).outcome(ReferenceOutcome.POSITIVE).checkedBy(member)
        .build());
    s.put(Scorecard.class, Scorecard.builder().interview(SeedRole.TECHNICAL_INTERVIEW)
        .interviewer(member).recommendation(Recommendation.YES).build());
    s.put(RejectionReason.class, RejectionReason.of(RejectionSide.WE_REJECTED, "skills"));
    s.put(dev.hirekit.plan.StageChoice.class,
        dev.hirekit.plan.StageChoice.of("exercise", "pairing", "take-home"));
    s.put(dev.hirekit.role.Level.class, dev.hirekit.role.Level.of("Senior", 5));
    s.put(dev.hirekit.role.HeadcountReason.class, dev.hirekit.role.HeadcountReason.backfill(
        "a departing engineer"));
    s.put(dev.hirekit.role.Requisition.class, dev.hirekit.role.Requisition.of(
        dev.hirekit.role.Level.of("Senior", 5), dev.hirekit.role.HeadcountReason.newHeadcount()));
    s.put(dev.hirekit.plan.ArtifactAsk.class, dev.hirekit.plan.ArtifactAsk.of("cv",
        dev.hirekit.plan.ArtifactKind.CV));
    s.put(dev.hirekit.plan.Requirement.class, dev.hirekit.plan.Requirement.of("right-to-work",
        dev.hirekit.plan.RequirementKind.RIGHT_TO_WORK));
    s.put(dev.hirekit.application.Checksum.class, dev.hirekit.application.Checksum.of(
        dev.hirekit.application.ChecksumAlgorithm.MD5, "0123456789abcdef0123456789abcdef"));
    s.put(dev.hirekit.application.Artifact.class, dev.hirekit.application.Artifact.of(
        URI.create("https://files.example.com/cv.pdf"), "application/pdf",
        dev.hirekit.application.Checksum.of(dev.hirekit.application.ChecksumAlgorithm.MD5,
            "0123456789abcdef0123456789abcdef")));
    s.put(dev.hirekit.approval.ApprovalGroup.class,
        dev.hirekit.approval.ApprovalGroup.of("finance", 1, member));
    s.put(dev.hirekit.offer.ContingencyKind.class,
        dev.hirekit.offer.ContingencyKind.BACKGROUND_CHECK);
    s.put(dev.hirekit.offer.Contingency.class,
        dev.hirekit.offer.Contingency.of(dev.hirekit.offer.ContingencyKind.BACKGROUND_CHECK));
    s.put(dev.hirekit.offer.OfferDetails.class, dev.hirekit.offer.OfferDetails.builder()
        .justification("scarce skills").build());
    s.put(dev.hirekit.offer.Offer.class, dev.hirekit.offer.Offer.draft(
        dev.hirekit.offer.OfferId.of("offer-1"), (Compensation) s.get(Compensation.class),
        AT.plusSeconds(3600), (ApprovalChain) s.get(ApprovalChain.class)));
    s.put(java.util.OptionalInt.class, java.util.OptionalInt.empty());
    s.put(dev.hirekit.slate.SlateId.class, dev.hirekit.slate.SlateId.of("slate-1"));
    s.put(dev.hirekit.pool.PoolId.class, dev.hirekit.pool.PoolId.of("pool-1"));
    s.put(dev.hirekit.candidacy.RoleFamily.class, dev.hirekit.candidacy.RoleFamily.of("eng"));
    s.put(dev.hirekit.candidacy.Cooldown.class, dev.hirekit.candidacy.Cooldown.of(
        Duration.ofDays(90), dev.hirekit.candidacy.CooldownScope.ANYWHERE));
    s.put(dev.hirekit.candidacy.StageCredit.class, dev.hirekit.candidacy.StageCredit.of(
        dev.hirekit.plan.StageKind.ASSESSMENT, Duration.ofDays(90)));
    s.put(dev.hirekit.candidacy.CandidacyRules.class,
        dev.hirekit.candidacy.CandidacyRules.none());
    s.put(dev.hirekit.candidacy.Proposal.class,
        dev.hirekit.candidacy.Proposal.apply(SeedRole.ROLE, AT));
    s.put(java.util.function.Predicate.class,
        (java.util.function.Predicate<Object>) anything -> true);
    s.put(dev.hirekit.actor.Eligibility.class, dev.hirekit.actor.Eligibility.of(
        HiringRole.INTERVIEWER, "trained", anyone -> true));
    s.put(dev.hirekit.role.CountryArrangement.class, dev.hirekit.role.CountryArrangement.of("PT",
        dev.hirekit.role.EmploymentArrangement.EMPLOYER_OF_RECORD));
    s.put(dev.hirekit.offer.ApprovalRule.class, dev.hirekit.offer.ApprovalRule.signOnAbove(
        money, dev.hirekit.approval.ApprovalGroup.of("finance", 1, member)));
    return s;
  }

  /**
   * A policy that allows every action of any lifecycle, so a sample policy never refuses a call;
   * generic, so the lambda casts an action to no particular action type.
   */
  private static <A extends Enum<A>, C> dev.hirekit.actor.Policy<A, C> allowAll() {
    return (actor, action, subject) -> true;
  }

  /** A harmless value of a parameter type. */
  static Object sample(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (type == Set.class) {
      return Set.of();
    }
    if (Iterable.class.isAssignableFrom(type)) {
      return List.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    Object sample = SAMPLES.get(type);
    if (sample == null) {
      throw new IllegalStateException("no sample of " + type + ": add one to SAMPLES");
    }
    return sample;
  }

  // ------------------------------------------------------------------------ hostile values

  /** A hostile value with a label for reports (the value itself may be a megabyte). */
  record Hostile(String label, Object value) {}

  static final List<String> HOSTILE_TEXTS = List.of("", " ", "\t\n ", "\u200B", "\u00A0",
      "\u3164", "\u115F\u1160", "\uFFA0", "\uFEFF\u2060", "\u2800", "\u0000", "Ada\u0000",
      "Ada\nINFO forged log line", "\u001B[31mred\u001B[0m", "\u202Eevil", "Ada\u2066x\u2069",
      "\uD800", "x\uDC00y", PERSON, PERSON + "\n" + PERSON, MEGABYTE, SECRET_EMAIL,
      "https://" + SECRET_NAME + ".example/", "+44 20 8317 2649 " + SECRET_NAME);

  static List<Hostile> hostileValues(Type generic, Class<?> type) {
    List<Hostile> values = new ArrayList<>();
    if (type == String.class) {
      for (String text : HOSTILE_TEXTS) {
        values.add(new Hostile(label(text), text));
      }
    } else if (type == BigDecimal.class) {
      for (String text : List.of("1e1000000000", "1e2147483647", "-1e2147483647",
          "1e-2147483647", "0E-1000000000", "0E+1000000000", "1E+15", "-1E-35",
          "99999999999999999999999999999999999", "0.1")) {
        values.add(new Hostile(text, new BigDecimal(text)));
      }
      values.add(new Hostile("100000 nines", NINES));
    } else if (type == Instant.class) {
      values.add(new Hostile("Instant.MIN", Instant.MIN));
      values.add(new Hostile("Instant.MAX", Instant.MAX));
      values.add(new Hostile("EPOCH", Instant.EPOCH));
    } else if (type == LocalDate.class) {
      values.add(new Hostile("LocalDate.MIN", LocalDate.MIN));
      values.add(new Hostile("LocalDate.MAX", LocalDate.MAX));
    } else if (type == Duration.class) {
      values.add(new Hostile("longest", Duration.ofSeconds(Long.MAX_VALUE, 999_999_999)));
      values.add(new Hostile("most negative", Duration.ofSeconds(Long.MIN_VALUE)));
      values.add(new Hostile("zero", Duration.ZERO));
      values.add(new Hostile("-1ns", Duration.ofNanos(-1)));
    } else if (type == ZoneOffset.class) {
      values.add(new Hostile("MIN", ZoneOffset.MIN));
      values.add(new Hostile("MAX", ZoneOffset.MAX));
    } else if (type == int.class) {
      for (int i : new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}) {
        values.add(new Hostile(String.valueOf(i), i));
      }
    } else if (type == URI.class) {
      values.add(new Hostile("javascript", URI.create("javascript:alert(1)")));
      values.add(new Hostile("mailto secret", URI.create("mailto:" + SECRET_EMAIL)));
      values.add(new Hostile("long host", URI.create("https://" + "a".repeat(100_000) + ".x/")));
    } else if (type == Currency.class) {
      values.add(new Hostile("XAU", Currency.getInstance("XAU")));
    } else if (type == Money.class) {
      values.add(new Hostile("largest", Money.of("999999999999999.99", "USD")));
      values.add(new Hostile("negative", Money.of("-0.01", "USD")));
      values.add(new Hostile("JPY", Money.of("1", "JPY")));
    } else if (Collection.class.isAssignableFrom(type) || type == Iterable.class) {
      boolean set = type == Set.class;
      Collection<Object> withNull = set ? new java.util.HashSet<>() : new ArrayList<>();
      withNull.add(null);
      values.add(new Hostile("[null]", withNull));
      if (elementType(generic) == String.class) {
        for (String text : HOSTILE_TEXTS) {
          values.add(new Hostile("[" + label(text) + "]", set ? Set.of(text) : List.of(text)));
        }
      }
    } else if (type.isArray()) {
      Object withNull = Array.newInstance(type.getComponentType(), 1);
      values.add(new Hostile("{null}", withNull));
      if (type.getComponentType() == String.class) {
        for (String text : HOSTILE_TEXTS) {
          values.add(new Hostile("{" + label(text) + "}", new String[] {text}));
        }
      }
    }
    return values;
  }

  private static Type elementType(Type generic) {
    if (generic instanceof ParameterizedType p) {
      Type arg = p.getActualTypeArguments()[0];
      return arg instanceof java.lang.reflect.WildcardType w ? w.getUpperBounds()[0] : arg;
    }
    return Object.class;
  }

  static String label(String text) {
    return text.length() > 40 ? text.length() + " chars" : text.codePoints()
        .mapToObj(c -> c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
            : String.format("\\u%04x", c))
        .collect(Collectors.joining());
  }

  static List<Call> nullCalls() {
    List<Call> calls = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      Class<?>[] types = entry.method().getParameterTypes();
      for (int i = 0; i < types.length; i++) {
        boolean container = types[i].isArray() || Iterable.class.isAssignableFrom(types[i])
            || types[i] == Optional.class || types[i] == java.util.OptionalInt.class;
        boolean generatedSetter = !Modifier.isStatic(entry.method().getModifiers());
        if (!types[i].isPrimitive() && !(container && generatedSetter)) {
          calls.add(new Call(entry, i, null, "null"));
        }
      }
    }
    return calls;
  }

  static List<Call> hostileCalls() {
    List<Call> calls = new ArrayList<>();
    for (Entry entry : ENTRIES) {
      Method method = entry.method();
      for (int i = 0; i < method.getParameterCount(); i++) {
        for (Hostile hostile : hostileValues(method.getGenericParameterTypes()[i],
            method.getParameterTypes()[i])) {
          calls.add(new Call(entry, i, hostile.value(), hostile.label()));
        }
      }
    }
    return calls;
  }

  // ------------------------------------------------------------------------ running a call

  /** What a call did: returned normally, or threw. */
  record Outcome(Object result, Throwable thrown) {}

  static Outcome run(Call call) {
    Method method = call.entry().method();
    Object receiver = call.entry().receiver().get();
    Object[] args = new Object[method.getParameterCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = i == call.index() ? call.value() : sample(method.getParameterTypes()[i]);
    }
    method.setAccessible(true);
    Future<Outcome> future = RUNNER.submit(() -> {
      try {
        Object result = method.invoke(receiver, args);
        if (result != null && result.getClass().getName().endsWith("$Builder")) {
          Method build = result.getClass().getMethod("build");
          build.setAccessible(true);
          result = build.invoke(result);
        }
        if (result != null) {
          String.valueOf(result);
        }
        return new Outcome(result, null);
      } catch (InvocationTargetException e) {
        return new Outcome(null, e.getCause());
      }
    });
    try {
      return future.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError(call + " took more than " + LIMIT_SECONDS + " s");
    } catch (Exception e) {
      throw new AssertionError(call + " failed to run", e);
    }
  }

  /** The documented exception only, with a bounded, printable message free of personal data. */
  static void checkRefusal(Call call, Throwable thrown) {
    if (!(thrown instanceof InvalidValueException e)) {
      throw new AssertionError(call + " threw " + thrown.getClass().getName()
          + " instead of InvalidValueException", thrown);
    }
    String message = e.getMessage();
    assertThat(message).as(call.toString()).hasSizeLessThanOrEqualTo(MESSAGE_LIMIT)
        .matches("[\\x20-\\x7E]*")
        .startsWith(e.type() + "." + e.field() + ": ");
    assertThat(e.field()).as(call.toString()).isNotBlank();
    if (!QUOTING_FIELDS.contains(e.type() + "." + e.field())) {
      // A refused character is named by its code point (U+8317 is a CJK character a generator
      // may give), which is not the secret digits 8317 repeated.
      String withoutCodePoints = message.replaceAll("U\\+[0-9A-F]{4,6}", "U+?");
      assertThat(withoutCodePoints).as(call.toString()).doesNotContain(SECRET_NAME)
          .doesNotContain(SECRET_EMAIL).doesNotContain("8317");
    }
  }

  // ------------------------------------------------------------------------ the properties

  @Provide
  Arbitrary<Call> nulls() {
    return Arbitraries.of(nullCalls());
  }

  @Provide
  Arbitrary<Call> hostile() {
    return Arbitraries.of(hostileCalls());
  }

  @Provide
  Arbitrary<Call> generatedTexts() {
    List<Entry> withText = ENTRIES.stream()
        .filter(e -> Arrays.asList(e.method().getParameterTypes()).contains(String.class))
        .collect(Collectors.toList());
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> texts = Arbitraries.oneOf(noise, noise.map(n -> n + PERSON + n),
        Arbitraries.strings().withChars('\u200B', '\u00A0', '\u3164', '\uFEFF', ' ', '\t')
            .ofMinLength(1).ofMaxLength(20),
        Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(5)
            .map(c -> "Ada" + c + SECRET_NAME));
    return Arbitraries.of(withText).flatMap(entry -> texts.map(text -> new Call(entry,
        Arrays.asList(entry.method().getParameterTypes()).indexOf(String.class), text,
        label(text))));
  }

  @Property
  void aNullIsAlwaysRefusedWithAnInvalidValueNamingTheTypeAndField(@ForAll("nulls") Call call) {
    Outcome outcome = run(call);
    if (outcome.thrown() == null) {
      fail(call + " accepted a null");
    }
    checkRefusal(call, outcome.thrown());
    InvalidValueException e = (InvalidValueException) outcome.thrown();
    assertThat(e.type()).as(call.toString()).isEqualTo(call.entry().type());
  }

  @Property
  void hostileValuesAreAcceptedOrRefusedAsDocumentedAtOnce(@ForAll("hostile") Call call) {
    Outcome outcome = run(call);
    if (outcome.thrown() != null) {
      checkRefusal(call, outcome.thrown());
    }
  }

  @Property
  void generatedHostileTextIsAcceptedOrRefusedAsDocumentedAtOnce(
      @ForAll("generatedTexts") Call call) {
    Outcome outcome = run(call);
    if (outcome.thrown() != null) {
      checkRefusal(call, outcome.thrown());
    }
  }

  @Example
  void everyNullAndEveryFixedHostileValueIsHandledAsDocumented() {
    for (Call call : nullCalls()) {
      aNullIsAlwaysRefusedWithAnInvalidValueNamingTheTypeAndField(call);
    }
    for (Call call : hostileCalls()) {
      hostileValuesAreAcceptedOrRefusedAsDocumentedAtOnce(call);
    }
  }

  @Example
  void discoveryReachesEveryValueTypeItsFactoriesSettersAndCopies() {
    List<String> names = ENTRIES.stream().map(Entry::name).collect(Collectors.toList());
    assertThat(names).contains("Money.of(String,String)", "Money.of(BigDecimal,Currency)",
        "PayRange.Builder.min(Money)", "Posting.Builder.title(String)",
        "Posting.withTitle(String)", "Role.draft(RoleId,Posting,Actor,Instant)",
        "Role.draft(RoleId,Posting,Actor,Instant,Policy)", "Role.replay(List)",
        "Role.replay(List,Policy)", "Role.load(List,Policy)",
        "Candidate.Builder.addTag(String)", "Equity.Builder.amount(BigDecimal)",
        "Actor.member(MemberId,HiringRole,HiringRole[])", "CandidateId.of(String)",
        "Source.agency(String)", "Consent.of(Instant,Instant)", "ApprovalChain.of(ApprovalMode,"
            + "int,MemberId[])", "InterviewPlan.of(Stage,Stage[])", "Candidate.pseudonymOf("
            + "CandidateId)", "AttributeRating.of(String,int)");
    assertThat(names).noneMatch(n -> n.startsWith("Application.") || n.startsWith("Staffing.")
        || n.startsWith("Offer.") || n.startsWith("Role.Builder") || n.startsWith("Role.with"));
    assertThat(exportedClasses().stream().filter(c -> hasBuilderOrFactory(c))
        .collect(Collectors.toList())).allMatch(SAMPLES::containsKey);
    assertThat(nullCalls().size()).isGreaterThan(200);
    assertThat(hostileCalls().size()).isGreaterThan(2_000);
  }

  private static boolean hasBuilderOrFactory(Class<?> type) {
    return Arrays.stream(type.getMethods()).anyMatch(m -> Modifier.isStatic(m.getModifiers())
        && m.getName().equals("builder")) && !type.getSimpleName().equals("Actor");
  }

  @AfterContainer
  static void stopRunner() {
    RUNNER.shutdownNow();
  }
}
