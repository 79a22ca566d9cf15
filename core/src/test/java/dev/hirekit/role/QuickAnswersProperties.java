package dev.hirekit.role;

import dev.hirekit.TableAnswers;
import dev.hirekit.actor.Actor;
import dev.hirekit.testing.Applications;
import dev.hirekit.testing.Roles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
    TableAnswers.checkBothAnswersSeen();
  }
}
