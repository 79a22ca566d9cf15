package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.actor.Actor;
import dev.hirekit.lifecycle.Transition;
import dev.hirekit.lifecycle.TransitionTable;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.statistics.Statistics;

/**
 * Checks that a table's quick answers agree with its reasons: for every row that leaves a state,
 * {@code Guard.passes} is true exactly when {@code Guard.refusal} is empty, and the policy's
 * {@code Permission.allows} exactly when its {@code refusal} is empty. The engine asks the quick
 * answers on its success path and the reasons only to refuse, so a disagreement would let a move
 * through that {@code refusal} and {@code allowedActions} call illegal, or the reverse.
 */
public final class TableAnswers {
  private static final String GUARD = "guard passes";
  private static final String POLICY = "policy allows";

  private TableAnswers() {}

  /**
   * Checks every row leaving {@code state}, collecting the guards' and the policy's answers in
   * the statistics labels {@code "guard passes"} and {@code "policy allows"}.
   *
   * @param table the table
   * @param state the state
   * @param context what the guards read
   * @param actor who would act
   * @param <S> the state type
   * @param <A> the action type
   * @param <C> the context type
   * @return how many rows were checked
   */
  public static <S extends Enum<S>, A extends Enum<A>, C> int agree(
      TransitionTable<S, A, C, Actor> table, S state, C context, Actor actor) {
    int rows = 0;
    for (Transition<S, A, C, Actor> row : table.transitions()) {
      if (row.from() != state) {
        continue;
      }
      rows++;
      Optional<String> refusal = row.guard().refusal(context, actor);
      boolean passes = row.guard().passes(context, actor);
      assertThat(passes).as("guard '%s' of %s -%s-> %s for %s: passes, yet refuses with %s",
          row.guard().description(), row.from(), row.action(), row.to(), actor, refusal)
          .isEqualTo(refusal.isEmpty());
      Statistics.label(GUARD).collect(passes);
      Optional<String> denial = table.policy().refusal(actor, row.action(), context);
      boolean allows = table.policy().allows(actor, row.action(), context);
      assertThat(allows).as("policy on %s by %s: allows, yet refuses with %s", row.action(),
          actor, denial).isEqualTo(denial.isEmpty());
      Statistics.label(POLICY).collect(allows);
    }
    return rows;
  }

  /**
   * In a full run (see {@link TestRuns}), checks at the end of a property that guards and the
   * policy answered both yes and no in its tries, so that the agreement was checked both ways.
   */
  public static void checkBothAnswersSeen() {
    if (!TestRuns.isFull()) {
      return;
    }
    for (String label : List.of(GUARD, POLICY)) {
      Statistics.label(label).coverage(c -> {
        c.check(true).count(n -> n > 0);
        c.check(false).count(n -> n > 0);
      });
    }
  }
}
