package dev.hirekit.offer;

import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition an accepted offer still depends on, such as a background check: it is cleared or
 * failed after acceptance ({@link OfferAction#CLEAR_CONTINGENCY}, {@link
 * OfferAction#FAIL_CONTINGENCY}); the hire waits until every contingency of the offer is cleared,
 * and a failed one lets the offer be rescinded with that reason. A provisional offer followed by
 * checks and a final offer is this same mechanism.
 *
 * <p>Rules: an offer holds at most one contingency of each kind; the description, when given, is
 * not blank. The description is free text and may describe a person, so it is left out of {@code
 * toString()}.
 *
 * <pre>{@code
 * Contingency clearance = Contingency.of(ContingencyKind.SECURITY_CLEARANCE);
 * Contingency licence = Contingency.of(ContingencyKind.OTHER, "a valid driving licence");
 * }</pre>
 */
@Value.Immutable
public abstract class Contingency {

  Contingency() {}

  /**
   * What the contingency waits for; at most one of each kind per offer.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ContingencyKind kind();

  /**
   * What exactly is checked, if said.
   *
   * @return the description, not blank
   */
  @Value.Parameter
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * A contingency without a description.
   *
   * @param kind what it waits for
   * @return the contingency
   */
  public static Contingency of(ContingencyKind kind) {
    return ImmutableContingency.of(kind, Optional.empty());
  }

  /**
   * A contingency with a description.
   *
   * @param kind what it waits for
   * @param description what exactly is checked, not blank
   * @return the contingency
   * @throws dev.hirekit.InvalidValueException if the description is blank
   */
  public static Contingency of(ContingencyKind kind, String description) {
    return ImmutableContingency.of(kind, Optional.of(
        Require.nonBlank("Contingency", "description", description)));
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Require.nonBlank("Contingency", "description", d));
  }
}
