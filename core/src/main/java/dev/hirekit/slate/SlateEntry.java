package dev.hirekit.slate;

import dev.hirekit.application.ApplicationId;
import dev.hirekit.internal.Require;
import java.util.Optional;

/**
 * One application as the committee ranked it: its rank (1 is first; equal ranks are a tie),
 * and, on a slate with categories, its category and its preference inside the category. The
 * preference is your data (for instance the priority a public employer's rules give some
 * applicants inside a category): Hirekit orders by it and knows no law behind it.
 *
 * <pre>{@code
 * SlateEntry first = SlateEntry.of(ApplicationId.of("a-7"), 1);
 * SlateEntry preferred = SlateEntry.of(ApplicationId.of("a-9"), 3, "best-qualified", 1);
 * }</pre>
 *
 * @param application the application ranked
 * @param rank the committee's rank, from 1; equal ranks tie
 * @param category the category, on a slate with categories
 * @param preference the priority inside the category, 0 or more; higher goes first
 */
public record SlateEntry(ApplicationId application, int rank, Optional<String> category,
    int preference) {
  /**
   * Checks the entry.
   *
   * @param application the application ranked
   * @param rank the committee's rank, from 1
   * @param category the category, if any: an identifier
   * @param preference 0 or more
   * @throws dev.hirekit.InvalidValueException if a component is missing or out of bounds
   */
  public SlateEntry {
    Require.given(application, "SlateEntry", "application");
    Require.that(rank >= 1, "SlateEntry", "rank", "is " + rank + "; ranks start at 1");
    Require.given(category, "SlateEntry", "category");
    category.ifPresent(c -> Require.identifier("SlateEntry", "category", c));
    Require.that(preference >= 0, "SlateEntry", "preference", "is " + preference
        + "; give 0 (no preference) or more");
  }

  /**
   * An entry on a slate without categories.
   *
   * @param application the application
   * @param rank its rank, from 1
   * @return the entry
   */
  public static SlateEntry of(ApplicationId application, int rank) {
    return new SlateEntry(application, rank, Optional.empty(), 0);
  }

  /**
   * An entry on a slate with categories.
   *
   * @param application the application
   * @param rank its rank, from 1
   * @param category its category, one of the slate's
   * @param preference its priority inside the category, 0 or more
   * @return the entry
   */
  public static SlateEntry of(ApplicationId application, int rank, String category,
      int preference) {
    Require.given(category, "SlateEntry", "category");
    return new SlateEntry(application, rank, Optional.of(category), preference);
  }
}
