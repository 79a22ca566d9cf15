package dev.hirekit.role;

import dev.hirekit.TableAnswers;
import dev.hirekit.TestRuns;
import dev.hirekit.actor.Actor;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Roles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The role table's guards and policy answer yes or no as their reasons say, in the state where a
 * generated role's walk ends, for members of every hiring role, candidates and the system
 * (see {@link TableAnswers}).
 */
class QuickAnswersProperties {
  @Provide
  Arbitrary<Role> roles() {
    return Roles.roles();
  }

  @Property
  void guardsAndPolicyAnswerAsTheirReasonsSay(@ForAll("roles") Role role) {
    for (Actor actor : Applications.ACTORS) {
      TableAnswers.agree(role.rules(), role.status(), role, actor);
    }
    if (TestRuns.isFull()) {
      Statistics.label("guard passes").coverage(c -> {
        c.check(true).count(n -> n > 0);
        c.check(false).count(n -> n > 0);
      });
      Statistics.label("policy allows").coverage(c -> {
        c.check(true).count(n -> n > 0);
        c.check(false).count(n -> n > 0);
      });
    }
  }
}
