package dev.hirekit.plan;

import dev.hirekit.internal.Require;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A condition of employment a candidate must meet, such as the right to work in the country, a
 * citizenship or a security clearance: data of the {@link InterviewPlan} ({@link
 * InterviewPlan#requirements()}) that the team checks each application against and records
 * (met or not met, {@code Application#checkRequirement}), and that a stage can require met before
 * it is left forward ({@link Stage#requires()}). Hirekit holds no law: what meets a requirement is
 * the user's own check; the library records its outcome and holds the stage until it is met.
 *
 * <p>Rules: the name is an identifier (1 to 128 letters, digits, {@code . _ : -}), unique within
 * the plan; the description, when given, is a one-line text (not blank, no control characters).
 *
 * <pre>{@code
 * Requirement clearance = Requirement.builder().name("secret-clearance")
 *     .kind(RequirementKind.SECURITY_CLEARANCE)
 *     .description("Holds, or can obtain, a Secret clearance").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /**
   * The requirement's name, such as {@code "us-work-authorisation"}; unique within the plan.
   *
   * @return the name, an identifier
   */
  public abstract String name();

  /**
   * The sort of condition.
   *
   * @return the kind
   */
  public abstract RequirementKind kind();

  /**
   * What exactly is required, in words, such as "authorised to work in the US without
   * sponsorship".
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * A requirement without a description.
   *
   * @param name its name, an identifier
   * @param kind the sort of condition
   * @return the requirement
   * @throws dev.hirekit.InvalidValueException if a rule is broken
   */
  public static Requirement of(String name, RequirementKind kind) {
    return builder().name(name).kind(kind).build();
  }

  /**
   * A builder of requirements.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Require.identifier("Requirement", "name", name());
    description().ifPresent(d -> Require.name("Requirement", "description", d));
  }

  /** Builds a {@link Requirement}; see {@link Requirement#builder()}. */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
