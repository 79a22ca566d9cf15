package dev.hirekit.examples;

import dev.hirekit.application.Application;
import dev.hirekit.lifecycle.TransitionTable;
import dev.hirekit.offer.Offer;
import dev.hirekit.role.Role;
import java.util.List;

/**
 * Prints the three lifecycle tables as Mermaid diagrams (the blocks of docs/ARCHITECTURE.md), or
 * as Graphviz DOT with the argument {@code dot}.
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java \
 *     -Dexec.mainClass=dev.hirekit.examples.LifecycleDiagrams -Dexec.args=dot
 * }</pre>
 */
public final class LifecycleDiagrams {
  private LifecycleDiagrams() {}

  /**
   * The three lifecycles, application, offer and role, in that order.
   *
   * <pre>{@code
   * LifecycleDiagrams.tables().forEach(t -> System.out.print(t.toMermaid()));
   * }</pre>
   *
   * @return the transition tables
   */
  public static List<TransitionTable<?, ?, ?, ?>> tables() {
    return List.of(Application.LIFECYCLE, Offer.LIFECYCLE, Role.LIFECYCLE);
  }

  /**
   * Prints the diagrams.
   *
   * @param args {@code dot} for Graphviz, nothing for Mermaid
   */
  public static void main(String[] args) {
    boolean dot = args.length > 0 && args[0].equals("dot");
    for (TransitionTable<?, ?, ?, ?> table : tables()) {
      if (dot) {
        System.out.println(table.toDot());
      } else {
        System.out.println("<!-- lifecycle:" + table.entity() + " -->");
        System.out.println("```mermaid");
        System.out.print(table.toMermaid());
        System.out.println("```");
        System.out.println();
      }
    }
  }
}
