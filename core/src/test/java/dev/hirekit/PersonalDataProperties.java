package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.application.UnhireReason;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Contact;
import dev.hirekit.candidate.Source;
import dev.hirekit.feedback.AttributeRating;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.InterviewPlan;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.plan.Stage;
import dev.hirekit.plan.StageId;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.OpeningId;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleCloseReason;
import dev.hirekit.role.SeedRole;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.slf4j.LoggerFactory;

/**
 * Personal data never leaves the model by the side doors: a candidate with a recognisable name,
 * email, phone and link goes through every action of the application, offer and role lifecycles
 * (each also attempted where it is refused), with the name, email and phone written into every
 * free text the actions take, and no log line (TRACE and up, captured), no exception message and
 * no {@code toString()} of any candidate, application, event, offer, scorecard, reference,
 * rejection reason, stage visit or role holds any of them. The free texts a user may fill with
 * personal data hold it too: rejection codes and notes, rating attributes, a source's agency or
 * event name and the candidate's tags; and values refused for a control character in such a
 * field do not echo it.
 *
 * <p>Logging: slf4j-simple writes to {@code System.err}, resolved at every write (see
 * {@code simplelogger.properties}), so the property swaps {@code System.err} for a buffer while
 * it runs. slf4j-simple fixes a logger's level when the logger is made, so {@code dev.hirekit}
 * logs at TRACE only in the JVM of the surefire execution {@code personal-data} (core/pom.xml),
 * which runs this class alone and requires TRACE; the rest of the build stays quiet. Run in a JVM
 * where dev.hirekit loggers were made earlier at another level (e.g. all suites at once in an
 * IDE), the property still checks exception messages and {@code toString()}, and checks the
 * logs only if they are at TRACE.
 */
class PersonalDataProperties {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  private static final ApplicationId APP = ApplicationId.of("app-pii-1");
  private static final ApplicationId PROSPECT = ApplicationId.of("app-pii-2");
  private static final OfferId OFFER_A = OfferId.of("offer-pii-a");
  private static final OpeningId OPENING = SeedRole.OPENING;
  private static final OpeningId SECOND_OPENING = OpeningId.of("opening-pii-2");
  private static final MemberId ALICE = MemberId.of("int-alice");
  private static final MemberId FINANCE = MemberId.of("appr-finance");
  private static final MemberId CEO = MemberId.of("appr-ceo");
  private static final Actor RECRUITER = Actor.member(MemberId.of("rec-1"), HiringRole.RECRUITER);
  private static final Actor MANAGER =
      Actor.member(MemberId.of("hm-1"), HiringRole.HIRING_MANAGER);
  private static final Actor INTERVIEWER = Actor.member(ALICE, HiringRole.INTERVIEWER);
  private static final Actor APPROVER_FINANCE = Actor.member(FINANCE, HiringRole.APPROVER);
  private static final Actor APPROVER_CEO = Actor.member(CEO, HiringRole.APPROVER);
  private static final String TRACE_PROPERTY = "org.slf4j.simpleLogger.log.dev.hirekit";
  private static final List<String> FIRST_NAMES = List.of("Zoë", "Åsa", "Ingríð", "Łucja",
      "Øyvind", "Siobhán", "Jiří", "Mërgim");

  /**
   * Whether dev.hirekit logs at TRACE in this JVM; fails where it must (the surefire execution
   * personal-data sets hirekit.personalData.requireTrace).
   */
  private static boolean tracing() {
    boolean on = LoggerFactory.getLogger(Application.class).isTraceEnabled();
    if (!on && Boolean.getBoolean("hirekit.personalData.requireTrace")) {
      fail("dev.hirekit must log at TRACE here: set the system property " + TRACE_PROPERTY
          + "=trace before any logger is created");
    }
    return on;
  }

  /** A candidate's personal data, made of random tokens that cannot occur by accident. */
  record Person(CandidateId id, String name, String email, String phone, URI link) {
    String surname() {
      return name.substring(name.indexOf(' ') + 1);
    }

    String phoneDigits() {
      return phone.replaceAll("[^0-9]", "");
    }

    List<String> secrets() {
      return List.of(name, surname(), email, email.substring(0, email.indexOf('@')), phone,
          phoneDigits(), link.toString(), link.getHost());
    }

    Candidate candidate() {
      return Candidate.builder().id(id).name(name)
          .contact(Contact.builder().addEmail(email).addPhone(phone).addLink(link).build())
          .source(Source.referral(MemberId.of("rec-1"))).addTag("java").build();
    }
  }

  @Provide
  Arbitrary<Person> people() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofLength(6);
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(4);
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(9);
    return Combinators.combine(Arbitraries.of(FIRST_NAMES), letters, hex, letters, digits,
            Arbitraries.integers().between(10, 99))
        .as((first, surname, tag, host, number, country) -> {
          String family = "Q" + surname + "-" + tag;
          String local = family.toLowerCase(Locale.ROOT);
          return new Person(CandidateId.of("cand-pii-" + tag),
              first + " " + family,
              local + "@x" + host + ".example",
              "+" + country + " " + number,
              URI.create("https://p" + host + ".example/" + local));
        });
  }

  /** Everything that left the model as text: toString()s and exception messages. */
  static final class Journal {
    final List<String> texts = new ArrayList<>();
    int refused;

    void note(Object value) {
      texts.add(String.valueOf(value));
    }

    void noteApplication(Application app) {
      note(app);
      note(app.history().get(app.history().size() - 1));
      note(app.currentOffer());
      note(app.rejection());
    }

    void noteAll(Application app) {
      note(app);
      app.history().forEach(this::note);
      app.offers().forEach(this::note);
      app.scorecards().forEach(this::note);
      app.references().forEach(this::note);
      note(app.rejection());
      app.stageVisits().forEach(this::note);
      note(app.history());
    }

    <T> T attempt(Supplier<T> action) {
      try {
        T result = action.get();
        if (result instanceof Application app) {
          noteApplication(app);
        } else {
          note(result);
        }
        return result;
      } catch (IllegalTransitionException | InvalidValueException e) {
        refused++;
        texts.add(e.getMessage());
        texts.add(e.toString());
        if (e instanceof IllegalTransitionException t) {
          texts.add(t.reason());
        }
        return null;
      }
    }
  }

  /** The clock of a walk: every action a minute after the previous one. */
  static final class Clock {
    private Instant now = START;

    Instant next() {
      now = now.plus(Duration.ofMinutes(1));
      return now;
    }

    Instant now() {
      return now;
    }
  }

  private static Compensation terms(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .startDate(LocalDate.of(2026, 9, 1))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }

  private static InterviewPlan plan() {
    InterviewPlan plan = SeedRole.plan();
    return plan.withStages(plan.stages().stream()
        .map(s -> s.id().equals(SeedRole.TAKE_HOME) ? s.withOptional(true) : s)
        .collect(Collectors.toList()));
  }

  private static Reference reference(Person p) {
    return Reference.builder().referee(p.name()).relationship(RefereeRelationship.PEER)
        .outcome(ReferenceOutcome.POSITIVE).checkedBy(MemberId.of("rec-1"))
        .notes("reach " + p.name() + " at " + p.email()).build();
  }

  /** The seed role, open, on the application's plan. */
  private static Role roleFor(Application a) {
    return SeedRole.role(a.plan()).open(Actor.system(), Instant.EPOCH);
  }

  /** Every application and offer action, with the person's data in each free text. */
  private static List<Function<Application, Application>> everyAction(Person p, Actor by,
      Instant at) {
    RejectionReason rejection = RejectionReason.of(RejectionSide.WE_REJECTED, "below-bar")
        .withNote("call " + p.phone());
    Map<StageId, StageId> identity = plan().stages().stream()
        .collect(Collectors.toMap(Stage::id, Stage::id));
    return List.of(
        a -> a.convert(roleFor(a), by, at),
        a -> a.convert(roleFor(a), by, at, SeedRole.INTERVIEWS, p.name() + " was referred"),
        a -> a.advance(by, at),
        a -> a.skip(by, at, p.name() + " did it before"),
        a -> a.moveTo(by, at, SeedRole.SCREEN),
        a -> a.skipTo(by, at, SeedRole.OFFER, "fast track for " + p.name()),
        a -> a.reject(by, at, rejection),
        a -> a.withdraw(by, at, p.name() + " withdrew"),
        a -> a.reopen(by, at, "another look at " + p.name()),
        a -> a.reopen(by, at, SeedRole.SCREEN, "another look at " + p.name()),
        a -> a.submitScorecard(by, at, Scorecard.builder().interview(SeedRole.TECHNICAL_INTERVIEW)
            .interviewer(ALICE).recommendation(Recommendation.YES)
            .notes(p.name() + " was sharp").build()),
        a -> a.recordReference(by, at, reference(p)),
        a -> a.draftOffer(by, at, OfferId.of("offer-pii-x"), terms("150000"),
            at.plus(Duration.ofDays(10)), ApprovalChain.none()),
        a -> a.submitOfferForApproval(by, at),
        a -> a.approveOffer(by, at),
        a -> a.declineOfferApproval(by, at, p.name() + " is over the band"),
        a -> a.extendOffer(by, at),
        a -> a.acceptOffer(by, at),
        a -> a.declineOffer(by, at, p.name() + " found another job"),
        a -> a.rescindOffer(by, at, p.name() + " failed a check"),
        a -> a.expireOffer(by, at),
        a -> a.reviseOffer(by, at, terms("160000"), at.plus(Duration.ofDays(10))),
        a -> Staffing.hire(roleFor(a), a, by, at, OPENING).application(),
        a -> Staffing.unhire(roleFor(a), a, by, at, UnhireReason.CANDIDATE_RENEGED,
            p.name() + " reneged").application(),
        a -> a.migrate(by, at, a.plan().withVersion(a.plan().version() + 1), identity),
        a -> a.advance(by, at.minus(Duration.ofDays(400))));
  }

  /** Attempts every action on the application, by one of several actors; changes nothing. */
  private static void tryEverything(Journal journal, Application app, Person p, int pick,
      Instant at) {
    List<Actor> actors = List.of(RECRUITER, MANAGER, INTERVIEWER, APPROVER_CEO,
        Actor.candidate(p.id()), Actor.candidate(CandidateId.of("cand-someone-else")),
        Actor.system());
    Actor by = actors.get(Math.floorMod(pick, actors.size()));
    for (Function<Application, Application> action : everyAction(p, by, at)) {
      journal.attempt(() -> action.apply(app));
    }
  }

  /** Walks the person through every lifecycle, trying every action at every step. */
  private static List<Application> walk(Person p, int shift, Journal journal) {
    Clock clock = new Clock();
    Candidate candidate = p.candidate();
    journal.note(candidate);
    journal.note(candidate.anonymize());
    Candidate tagged = candidate.withTags(List.of(p.email(), p.phone()))
        .withSource(Source.agency(p.name() + " Recruiting"));
    journal.note(tagged);
    journal.note(tagged.anonymize());
    journal.note(tagged.withSource(Source.event(p.name() + "'s meetup")));
    journal.note(Source.event(p.email()));
    journal.note(AttributeRating.of(p.name(), 3));
    journal.note(RejectionReason.of(RejectionSide.OTHER, p.email()).withNote(p.phone()));
    journal.attempt(() -> Candidate.of(p.id(), p.name() + "\u0000\n" + p.email()));
    journal.attempt(() -> AttributeRating.of(p.name() + "\u001B[31m", 3));
    journal.attempt(() -> Source.agency("\u202E" + p.name()));
    journal.attempt(() -> RejectionReason.of(RejectionSide.OTHER, p.email() + "\n"));
    journal.attempt(() -> CandidateId.of(p.email()));
    journal.attempt(() -> Scorecard.builder().interview(SeedRole.TECHNICAL_INTERVIEW)
        .interviewer(ALICE).recommendation(Recommendation.YES)
        .addRating(AttributeRating.of(p.name(), 3)).addRating(AttributeRating.of(p.name(), 4))
        .build());
    journal.attempt(() -> Contact.builder().addEmail(p.name() + " <" + p.email() + ">").build());
    journal.attempt(() -> Contact.builder().addPhone("call " + p.phone()).build());
    journal.attempt(() -> Contact.builder().addEmail(p.email()).addEmail(p.email()
        .toUpperCase(Locale.ROOT)).build());
    journal.attempt(() -> Contact.builder().addLink(URI.create("ftp://" + p.link().getHost()
        + "/" + p.surname())).build());

    Role role = journal.attempt(() -> SeedRole.role(plan()).open(RECRUITER, clock.next()));
    journal.attempt(() -> Application.apply(APP, p.id(), SeedRole.role(), RECRUITER,
        clock.now()));
    role = journal.attempt(() -> SeedRole.role(plan()).open(RECRUITER, clock.now()));
    Role open = role;
    journal.attempt(() -> open.resume(MANAGER, clock.now()));
    journal.attempt(() -> open.reopenOpening(MANAGER, clock.now(), OPENING));
    role = role.hold(MANAGER, clock.next());
    journal.note(role);
    Role held = role;
    journal.attempt(() -> Application.prospect(PROSPECT, p.id(), held, RECRUITER, clock.now()));
    role = role.resume(MANAGER, clock.next()).addOpening(MANAGER, clock.next(), SECOND_OPENING);
    journal.note(role);

    // The application, through every application and offer action.
    Application[] app = new Application[1];
    int[] step = {shift};
    Role applyTo = role;
    Function<Supplier<Application>, Application> go = action -> {
      Application next = action.get();
      journal.noteApplication(next);
      // Every action is tried at every third state; which third turns with the shift.
      if (step[0]++ % 3 == 0) {
        tryEverything(journal, next, p, step[0] / 3, clock.now());
      }
      app[0] = next;
      return next;
    };
    go.apply(() -> Application.apply(APP, p.id(), applyTo, RECRUITER, clock.next(),
        SeedRole.SCREEN, "referred by " + p.name()));
    go.apply(() -> app[0].skip(RECRUITER, clock.next(), p.name() + " did a take-home before"));
    go.apply(() -> app[0].submitScorecard(INTERVIEWER, clock.next(), Scorecard.builder()
        .interview(SeedRole.TECHNICAL_INTERVIEW).interviewer(ALICE)
        .recommendation(Recommendation.STRONG_YES).notes(p.name() + " (" + p.email() + ")")
        .addRating(AttributeRating.of("like " + p.name(), 4))
        .build()));
    go.apply(() -> app[0].reject(RECRUITER, clock.next(),
        RejectionReason.of(RejectionSide.WE_REJECTED, p.email()).withNote(p.phone())));
    go.apply(() -> app[0].reopen(MANAGER, clock.next(), "second look at " + p.name()));
    go.apply(() -> app[0].moveTo(RECRUITER, clock.next(), SeedRole.SCREEN));
    go.apply(() -> app[0].advance(RECRUITER, clock.next()));
    go.apply(() -> app[0].advance(RECRUITER, clock.next()));
    go.apply(() -> app[0].advance(RECRUITER, clock.next()));
    go.apply(() -> app[0].recordReference(RECRUITER, clock.next(), reference(p)));
    go.apply(() -> app[0].advance(RECRUITER, clock.next()));
    go.apply(() -> app[0].draftOffer(RECRUITER, clock.next(), OFFER_A, terms("150000"),
        clock.now().plus(Duration.ofDays(30)), ApprovalChain.of(ApprovalMode.SEQUENTIAL, 2,
            FINANCE, CEO)));
    go.apply(() -> app[0].submitOfferForApproval(RECRUITER, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_FINANCE, clock.next()));
    go.apply(() -> app[0].declineOfferApproval(APPROVER_CEO, clock.next(),
        p.name() + " asks too much"));
    go.apply(() -> app[0].submitOfferForApproval(RECRUITER, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_FINANCE, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_CEO, clock.next()));
    go.apply(() -> app[0].extendOffer(RECRUITER, clock.next()));
    go.apply(() -> app[0].rescindOffer(RECRUITER, clock.next(), "mistake about " + p.name()));
    go.apply(() -> app[0].reviseOffer(RECRUITER, clock.next(), terms("155000"),
        clock.now().plus(Duration.ofDays(30))));
    go.apply(() -> app[0].submitOfferForApproval(RECRUITER, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_FINANCE, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_CEO, clock.next()));
    go.apply(() -> app[0].extendOffer(RECRUITER, clock.next()));
    go.apply(() -> app[0].declineOffer(Actor.candidate(p.id()), clock.next(),
        p.name() + " wants more"));
    go.apply(() -> app[0].reviseOffer(RECRUITER, clock.next(), terms("165000"),
        clock.now().plus(Duration.ofDays(1))));
    go.apply(() -> app[0].submitOfferForApproval(RECRUITER, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_FINANCE, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_CEO, clock.next()));
    go.apply(() -> app[0].extendOffer(RECRUITER, clock.next()));
    clock.now = clock.now().plus(Duration.ofDays(2));
    go.apply(() -> app[0].expireOffer(Actor.system(), clock.next()));
    go.apply(() -> app[0].reviseOffer(RECRUITER, clock.next(), terms("170000"),
        clock.now().plus(Duration.ofDays(30))));
    go.apply(() -> app[0].submitOfferForApproval(RECRUITER, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_FINANCE, clock.next()));
    go.apply(() -> app[0].approveOffer(APPROVER_CEO, clock.next()));
    go.apply(() -> app[0].extendOffer(RECRUITER, clock.next()));
    go.apply(() -> app[0].acceptOffer(Actor.candidate(p.id()), clock.next()));
    Role[] staffedRole = {role};
    go.apply(() -> {
      Staffing.Staffed hired = Staffing.hire(staffedRole[0], app[0], RECRUITER, clock.next(),
          OPENING);
      staffedRole[0] = hired.role();
      return hired.application();
    });
    journal.note(staffedRole[0]);
    go.apply(() -> {
      Staffing.Staffed unhired = Staffing.unhire(staffedRole[0], app[0], RECRUITER,
          clock.next(), UnhireReason.HIRE_REVERSED, p.name() + " failed the background check");
      staffedRole[0] = unhired.role();
      return unhired.application();
    });
    role = staffedRole[0];
    journal.note(role);
    go.apply(() -> app[0].reopen(RECRUITER, clock.next(), SeedRole.INTERVIEWS,
        p.name() + " cleared it up"));
    go.apply(() -> app[0].migrate(RECRUITER, clock.next(), plan().withVersion(2),
        plan().stages().stream().collect(Collectors.toMap(Stage::id, Stage::id))));
    go.apply(() -> app[0].withdraw(Actor.candidate(p.id()), clock.next(),
        p.name() + " moved abroad"));
    Application main = app[0];
    journal.noteAll(main);
    journal.noteAll(main.anonymize());

    // A prospect, converted at a later stage and withdrawn.
    Role prospectFor = role;
    go.apply(() -> Application.prospect(PROSPECT, p.id(), prospectFor, RECRUITER,
        clock.next()));
    go.apply(() -> app[0].convert(prospectFor, RECRUITER, clock.next(), SeedRole.INTERVIEWS,
        p.name() + " is a strong referral"));
    go.apply(() -> app[0].withdraw(RECRUITER, clock.next(), p.name() + " took another offer"));
    Application prospect = app[0];
    journal.noteAll(prospect);

    // The role, through the rest of its lifecycle.
    Role r = role;
    for (Supplier<Role> action : List.<Supplier<Role>>of(
        () -> r.hold(MANAGER, clock.next()),
        () -> r.reopen(MANAGER, clock.next()),
        () -> r.closeOpening(MANAGER, clock.next(), SECOND_OPENING),
        () -> r.fillOpening(INTERVIEWER, clock.next(), OPENING),
        () -> r.setPlan(MANAGER, clock.next(), plan()),
        () -> r.setTeam(INTERVIEWER, clock.next(), dev.hirekit.team.HiringTeam.empty()),
        () -> r.revisePosting(MANAGER, clock.next(), SeedRole.posting()),
        () -> r.close(MANAGER, clock.next(), RoleCloseReason.CANCELLED))) {
      journal.attempt(action);
    }
    Role closed = r.close(MANAGER, clock.next(), RoleCloseReason.CANCELLED);
    journal.note(closed);
    journal.attempt(() -> closed.reopen(MANAGER, clock.next()));
    journal.attempt(() -> closed.hold(MANAGER, clock.next()));
    journal.note(closed.history());
    return List.of(main, prospect);
  }

  @Property
  void noPersonalDataInLogsExceptionMessagesOrToString(@ForAll("people") Person person,
      @ForAll @IntRange(min = 0, max = 6) int shift) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.err;
    Journal journal = new Journal();
    List<Application> walked;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      walked = walk(person, shift, journal);
    } finally {
      System.err.flush();
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    // Not vacuous: the logs were captured, refusals happened, the data went into the model.
    if (tracing()) {
      assertThat(log).contains("TRACE dev.hirekit.lifecycle.TransitionTable")
          .contains("DEBUG dev.hirekit.application.Application - application app-pii-1")
          .contains("TRACE dev.hirekit.application.Application - application app-pii-1 refused")
          .contains("DEBUG dev.hirekit.role.Role - role " + SeedRole.ROLE);
    }
    assertThat(journal.refused).isGreaterThan(200);
    Application main = walked.get(0);
    assertThat(main.references()).extracting(Reference::referee).containsOnly(person.name());
    assertThat(main.rejection()).isEmpty();
    assertThat(main.offers()).hasSize(4);
    assertThat(main.scorecards().get(0).notes()).hasValueSatisfying(n ->
        assertThat(n).contains(person.name()));

    List<String> leaks = new ArrayList<>();
    for (String secret : person.secrets()) {
      if (log.contains(secret)) {
        leaks.add("log line holds " + secret + ": " + lineWith(log, secret));
      }
      for (String text : journal.texts) {
        if (text.contains(secret)) {
          leaks.add("text holds " + secret + ": " + text);
        }
      }
    }
    if (!leaks.isEmpty()) {
      fail("personal data leaked:\n" + String.join("\n", leaks.subList(0,
          Math.min(5, leaks.size()))));
    }
  }

  private static String lineWith(String log, String secret) {
    return log.lines().filter(l -> l.contains(secret)).findFirst().orElse("");
  }
}
