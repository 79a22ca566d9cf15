package dev.hirekit.offer;

import dev.hirekit.internal.Require;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an offer carries besides its terms: the justification of its compensation for the
 * approvers, and the contingencies an acceptance still depends on.
 *
 * <p>Rules: the justification, when given, is not blank; at most one contingency of each kind.
 * The justification is free text about the compensation, but it may well mention the candidate
 * (their current pay, a competing offer), so it is treated as personal data: left out of {@code
 * toString()} and erased with the application's other free text.
 *
 * <pre>{@code
 * OfferDetails details = OfferDetails.builder()
 *     .justification("Above band: scarce skills, competing offer")
 *     .addContingency(Contingency.of(ContingencyKind.BACKGROUND_CHECK))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class OfferDetails {

  OfferDetails() {}

  /**
   * Why the terms are what they are, for the approvers.
   *
   * @return the justification, not blank
   */
  @Value.Redacted
  public abstract Optional<String> justification();

  /**
   * The contingencies, at most one of each kind, in the order given.
   *
   * @return the contingencies
   */
  public abstract List<Contingency> contingencies();

  /**
   * No justification and no contingencies.
   *
   * @return empty details
   */
  public static OfferDetails none() {
    return builder().build();
  }

  /**
   * A builder of details.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    justification().ifPresent(j -> Require.nonBlank("OfferDetails", "justification", j));
    Require.distinct("OfferDetails", "contingencies", contingencies(), Contingency::kind);
  }

  /** Builds {@link OfferDetails}; see {@link OfferDetails#builder()}. */
  public static final class Builder extends ImmutableOfferDetails.Builder {
    Builder() {}
  }
}
