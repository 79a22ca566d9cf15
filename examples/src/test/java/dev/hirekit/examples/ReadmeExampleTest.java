package dev.hirekit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.Application;
import dev.hirekit.application.ApplicationAction;
import dev.hirekit.application.ApplicationId;
import dev.hirekit.candidate.CandidateId;
import dev.hirekit.role.Role;
import dev.hirekit.team.HiringRole;
import dev.hirekit.team.HiringTeam;
import dev.hirekit.team.MemberId;
import dev.hirekit.team.TeamMember;
import dev.hirekit.application.ApplicationStatus;
import dev.hirekit.application.HiringPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
  }

  private static String marked(String source, String name) {
    Matcher region = Pattern.compile("// README:" + name + "-begin\\n(.*?)\\n\\s*// README:"
        + name + "-end", Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("README region %s", name).isTrue();
    return region.group(1).stripIndent();
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
