package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.Candidate;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.candidate.Source;
import dev.hirekit.candidate.SourceKind;
import dev.hirekit.report.PipelineReport;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.HiringPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  @Test
  void theExampleRunsAndEndsBackAtTheCall() {
    Application app = ReadmeExample.run(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(app.status()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(app.stage()).get().extracting(Object::toString).isEqualTo("call");
  }

  @Test
  void theReadmeShowsTheCompiledExample() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/dev/hirekit/examples/ReadmeExample.java"));
    Matcher region = Pattern.compile("// README:begin\\n(.*?)\\n\\s*// README:end",
        Pattern.DOTALL).matcher(source);
    assertThat(region.find()).isTrue();
    String example = region.group(1).stripIndent();
    String readme = Files.readString(Path.of("..", "README.md"));
    assertThat(readme).contains("```java\n" + example + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "team") + "\n"
        + marked(source, "load") + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "subject") + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "store") + "\n```");
    assertThat(readme).contains("```java\n" + marked(source, "report") + "\n```");
  }

  private static String marked(String source, String name) {
    Matcher region = Pattern.compile("// README:" + name + "-begin\\n(.*?)\\n\\s*// README:"
        + name + "-end", Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("README region %s", name).isTrue();
    return region.group(1).stripIndent();
  }

  @Test
  void theReportExampleMeasuresWorkingTimeAndKnowsTheSources() {
    Instant monday = Instant.parse("2026-04-06T09:00:00Z");  // 02:00 in Los Angeles
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Role role = SeedPosting.role(recruiter, monday).open(recruiter, monday);
    CandidateId ana = CandidateId.of("cand-ana");
    Application app = Application.apply(ApplicationId.of("app-11"), ana, role,
        Actor.candidate(ana), monday).advance(recruiter, monday.plus(Duration.ofDays(7)));
    Candidate candidate = Candidate.builder().id(ana).name("Ana")
        .source(Source.referral(MemberId.of("recruiter-1"))).build();
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PipelineReport report;
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      report = ReadmeExample.report(List.of(app), List.of(candidate));
    } finally {
      System.setOut(original);
    }
    // Monday 02:00 to the next Monday 02:00 in Los Angeles: 22 + 4 x 24 + 2 hours of working
    // days, five days of working time.
    assertThat(report.timeToFirstDecision().max()).isEqualTo(Duration.ofDays(5));
    assertThat(report.sources().bySource()).containsOnlyKeys(SourceKind.REFERRAL);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Funnel: role fde-sf, plan v1")
        .contains("(working time; a day is 24 hours of working days)");
  }

  @Test
  void theStoreExampleAppendsTheOneNewEventAndTheSubjectPolicyKeepsHiringToManagers() {
    assertThat(ReadmeExample.store(Instant.parse("2026-03-02T09:00:00Z")))
        .singleElement()
        .satisfies(e -> assertThat(e.sequence()).isEqualTo(2))
        .satisfies(e -> assertThat(e.type()).isEqualTo("application.advanced"));
  }

  @Test
  void onlyAHiringManagerOfTheApplicationsTeamMayHireUnderTheSubjectPolicy() {
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    Actor recruiter = Actor.member(MemberId.of("recruiter-1"), HiringRole.RECRUITER);
    Actor manager = Actor.member(MemberId.of("manager-1"), HiringRole.HIRING_MANAGER);
    Actor otherManager = Actor.member(MemberId.of("manager-2"), HiringRole.HIRING_MANAGER);
    Role role = SeedPosting.role(recruiter, now).setTeam(recruiter, now, HiringTeam.of(
        TeamMember.of(MemberId.of("manager-1"), HiringRole.HIRING_MANAGER))).open(recruiter, now);
    Application app = Application.apply(ApplicationId.of("app-10"), CandidateId.of("cand-45"),
        role, recruiter, now);
    Policy<ApplicationAction, Application> policy = ReadmeExample.managersHire();

    assertThat(policy.allows(manager, ApplicationAction.HIRE, app)).isTrue();
    assertThat(policy.allows(otherManager, ApplicationAction.HIRE, app)).isFalse();
    assertThat(policy.allows(recruiter, ApplicationAction.HIRE, app)).isFalse();
    assertThat(policy.allows(recruiter, ApplicationAction.ADVANCE, app)).isTrue();
    assertThat(policy.allows(manager, ApplicationAction.WITHDRAW, app)).isFalse();
  }

  @Test
  void theTeamPolicyExampleCreatesAndLoadsUnderTheTeam() {
    Application loaded = ReadmeExample.team(Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(loaded.hiringTeam().members()).hasSize(1);
    assertThat(loaded.policy()).isEqualTo(HiringPolicy.team().applications());
  }
}
