package dev.hirekit.examples;

import dev.hirekit.actor.Actor;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.application.RejectionReason;
import dev.hirekit.application.RejectionSide;
import dev.hirekit.application.Staffing;
import dev.hirekit.approval.ApprovalChain;
import dev.hirekit.approval.ApprovalMode;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.feedback.RefereeRelationship;
import dev.hirekit.feedback.Reference;
import dev.hirekit.feedback.ReferenceOutcome;
import dev.hirekit.feedback.Scorecard;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.json.JobPosting;
import dev.hirekit.lifecycle.IllegalTransitionException;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.money.Money;
import dev.hirekit.money.PayPeriod;
import dev.hirekit.money.PayRate;
import dev.hirekit.offer.Compensation;
import dev.hirekit.offer.Equity;
import dev.hirekit.offer.EquityKind;
import dev.hirekit.offer.OfferId;
import dev.hirekit.plan.Recommendation;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.report.ReportQuery;
import dev.hirekit.role.EmploymentType;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.MemberId;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * The main demo: the seed posting (a Forward-Deployed Engineer in San Francisco) run end to end
 * with four candidates: one hired after a declined and revised offer, one rejected at the
 * take-home, one who withdraws, and one rejected and then reopened; then the pipeline report's
 * funnel and time in stage. Prints ids, statuses and times only: Hirekit never needs a
 * candidate's name to run a pipeline.
 *
 * <p>It also writes what it built, with the Jackson 3 module, to a directory ({@code
 * examples/target/demo/} under the README's command, which passes the module's build directory
 * in the system property {@value #DIR_PROPERTY}; {@code target/demo/} of the working directory
 * otherwise): the role as posted in {@code role.json} (pretty-printed) and {@code role.jsonld}
 * (its schema.org JobPosting), each application as one line of {@code applications.jsonl}, and
 * the lifecycles as Mermaid diagrams, {@code application.mmd}, {@code offer.mmd} and {@code
 * role.mmd}.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java
 * }</pre>
 */
public final class SeedPipelineDemo {
  private static final Actor RECRUITER =
      Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
  private static final MemberId TECH = MemberId.of("engineer-1");
  private static final MemberId PEOPLE = MemberId.of("engineer-2");
  private static final Actor TECH_INTERVIEWER = Actor.member(TECH, HiringRole.INTERVIEWER);
  private static final Actor PEOPLE_INTERVIEWER = Actor.member(PEOPLE, HiringRole.INTERVIEWER);
  private static final Actor APPROVER =
      Actor.member(MemberId.of("vp-engineering"), HiringRole.APPROVER);

  /** The system property naming the directory the demo writes to. */
  public static final String DIR_PROPERTY = "hirekit.demo.dir";

  private static final JsonMapper JSON =
      JsonMapper.builder().addModule(new HirekitModule()).build();

  private final PrintStream out;
  private final Path dir;
  private Instant now = Instant.parse("2026-03-02T09:00:00Z");

  private SeedPipelineDemo(PrintStream out, Path dir) {
    this.out = out;
    this.dir = dir;
  }

  /**
   * Runs the demo, writing to the directory of the system property {@value #DIR_PROPERTY}, or
   * {@code target/demo} of the working directory without it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, Path.of(System.getProperty(DIR_PROPERTY, "target/demo")));
  }

  /**
   * Runs the demo, printing to a stream and writing its documents to a directory.
   *
   * @param out where to print
   * @param dir where to write, created if missing; files of the same names are replaced
   * @return what the demo built and wrote
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Built run(PrintStream out, Path dir) {
    return new SeedPipelineDemo(out, dir).walk();
  }

  /**
   * What the demo built and wrote.
   *
   * @param role the role as posted, OPEN, written to {@code role.json} and {@code role.jsonld}
   * @param applications the applications at the end of the walk, in the order of the lines of
   *     {@code applications.jsonl}
   */
  public record Built(Role role, List<Application> applications) {
    /**
     * Copies the list.
     *
     * @param role the role as posted
     * @param applications the applications
     */
    public Built {
      applications = List.copyOf(applications);
    }
  }

  private Instant later(Duration gap) {
    now = now.plus(gap);
    return now;
  }

  private Built walk() {
    Role role = SeedPosting.role(RECRUITER, now).open(RECRUITER, now);
    Role posted = role;                              // OPEN: what the careers page shows
    out.println("Role " + role.id() + ": " + role.posting().title() + ", " + role.status() + ", "
        + role.openOpenings().size() + " open opening(s), "
        + role.plan().orElseThrow().stages().size() + " stages");

    Application ada = apply(role, "app-ada", "cand-ada");
    Application ben = apply(role, "app-ben", "cand-ben");
    Application cy = apply(role, "app-cy", "cand-cy");
    Application dee = apply(role, "app-dee", "cand-dee");

    // Everyone through review to the 30-minute call, then to the take-home.
    ada = ada.advance(RECRUITER, later(Duration.ofDays(1))).advance(RECRUITER, later(hours(4)));
    ben = ben.advance(RECRUITER, later(hours(1))).advance(RECRUITER, later(hours(3)));
    cy = cy.advance(RECRUITER, later(hours(1))).advance(RECRUITER, later(hours(3)));
    dee = dee.advance(RECRUITER, later(hours(1)));

    dee = dee.reject(RECRUITER, later(hours(2)),
        RejectionReason.of(RejectionSide.WE_REJECTED, "experience-mismatch"));
    try {
      dee.advance(RECRUITER, later(hours(1)));
    } catch (IllegalTransitionException refused) {
      out.println("Refused, nothing changed: " + refused.getMessage());
    }
    dee = dee.reopen(RECRUITER, later(Duration.ofDays(1)), "hiring manager asked for a call");

    ben = ben.reject(RECRUITER, later(Duration.ofDays(2)),
        RejectionReason.of(RejectionSide.WE_REJECTED, "take-home-below-bar"));

    // Ada and Cy reach the interviews; the candidate picked video over a visit.
    ada = ada.advance(RECRUITER, later(Duration.ofDays(2)));
    cy = cy.advance(RECRUITER, later(hours(1)));
    cy = cy.withdraw(Actor.candidate(cy.candidateId()), later(Duration.ofDays(1)),
        "accepted another offer");

    ada = ada.submitScorecard(TECH_INTERVIEWER, later(Duration.ofDays(1)),
            card(SeedPosting.TECHNICAL, TECH, Recommendation.STRONG_YES))
        .submitScorecard(PEOPLE_INTERVIEWER, later(hours(1)),
            card(SeedPosting.NON_TECHNICAL, PEOPLE, Recommendation.YES))
        .advance(RECRUITER, later(hours(2)))
        .recordReference(RECRUITER, later(Duration.ofDays(1)), Reference.builder()
            .referee("(kept by the ATS)").relationship(RefereeRelationship.MANAGER)
            .outcome(ReferenceOutcome.POSITIVE).checkedBy(MemberId.of("recruiter-1")).build())
        .advance(RECRUITER, later(hours(1)));

    // The first offer is declined, the revised one accepted.
    ApprovalChain chain = ApprovalChain.of(ApprovalMode.SEQUENTIAL, 1,
        MemberId.of("vp-engineering"));
    ada = ada.draftOffer(RECRUITER, later(hours(2)), OfferId.of("offer-ada"),
            terms("180000"), now.plus(Duration.ofDays(7)), chain)
        .submitOfferForApproval(RECRUITER, later(hours(1)))
        .approveOffer(APPROVER, later(hours(3)))
        .extendOffer(RECRUITER, later(hours(1)))
        .declineOffer(Actor.candidate(ada.candidateId()), later(Duration.ofDays(2)),
            "base below expectations");
    ada = ada.reviseOffer(RECRUITER, later(hours(5)), terms("195000"),
            now.plus(Duration.ofDays(7)))
        .submitOfferForApproval(RECRUITER, later(hours(1)))
        .approveOffer(APPROVER, later(hours(2)))
        .extendOffer(RECRUITER, later(hours(1)))
        .acceptOffer(Actor.candidate(ada.candidateId()), later(Duration.ofDays(1)));
    Staffing.Staffed hired = Staffing.hire(role, ada, RECRUITER, later(hours(2)),
        SeedPosting.OPENING);                       // application and role, one step
    ada = hired.application();
    role = hired.role();

    out.println();
    for (Application app : new Application[] {ada, ben, cy, dee}) {
      out.println(app + "  (" + app.history().size() + " events; offers: "
          + app.offers().stream().map(o -> "v" + o.version() + " " + o.status()).toList() + ")");
    }
    // The pipeline report: with four applications, exact percentiles cost nothing.
    PipelineReport report = ReportQuery.builder().exactPercentiles().build()
        .over(List.of(ada, ben, cy, dee));
    out.println();
    out.print(report.funnelTable());
    out.println();
    out.print(report.timeInStageTable());
    out.println();
    out.println("Role " + role.id() + " after the hire: " + role.status() + ", "
        + role.openOpenings().size() + " open opening(s)");
    out.println("What the recruiter may do with " + dee.id() + " now: "
        + dee.allowedActions(RECRUITER));
    out.println("Replay of " + ada.id() + " equals it: "
        + Application.replay(ada.history()).equals(ada));

    Built built = new Built(posted, List.of(ada, ben, cy, dee));
    write(built);
    return built;
  }

  /** Writes the role as posted, the applications and the lifecycles, and says where. */
  private void write(Built built) {
    Role role = built.role();
    List<String> names = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      names.add(write("role.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(role)
          + "\n"));
      names.add(write("role.jsonld", JSON.writerWithDefaultPrettyPrinter()
          .writeValueAsString(JobPosting.of(role)) + "\n"));
      StringBuilder lines = new StringBuilder();
      for (Application application : built.applications()) {
        lines.append(JSON.writeValueAsString(application)).append('\n');
      }
      names.add(write("applications.jsonl", lines.toString()));
      for (TransitionTable<?, ?, ?, ?> table : LifecycleDiagrams.tables()) {
        names.add(write(table.entity().toLowerCase(Locale.ROOT) + ".mmd", table.toMermaid()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.println("Wrote " + String.join(", ", names) + " to " + shown(dir));
  }

  private String write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return name;
  }

  /** The directory as the user would type it: relative when under the working directory. */
  private static Path shown(Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    if (absolute.equals(here)) {
      return Path.of(".");
    }
    return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
  }

  private Application apply(Role role, String application, String candidate) {
    CandidateId id = CandidateId.of(candidate);
    return Application.apply(ApplicationId.of(application), id, role, Actor.candidate(id),
        later(hours(1)));
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }

  private static Scorecard card(dev.hirekit.plan.InterviewId interview, MemberId interviewer,
      Recommendation recommendation) {
    return Scorecard.builder().interview(interview).interviewer(interviewer)
        .recommendation(recommendation).build();
  }

  private static Compensation terms(String base) {
    return Compensation.builder()
        .base(PayRate.of(Money.of(base, "USD"), PayPeriod.YEARLY))
        .equity(Equity.builder().kind(EquityKind.OPTIONS).amount(new BigDecimal("20000"))
            .vestingMonths(48).cliffMonths(12).build())
        .startDate(LocalDate.of(2026, 4, 20))
        .employmentType(EmploymentType.FULL_TIME)
        .build();
  }
}
