package dev.hirekit.role;

import org.immutables.value.Value;

/**
 * The internal approval to hire for a role: the level it is hired at and why (new headcount or a
 * backfill). Set on a role by {@link Role#setRequisition}; each opening may give its own reason
 * and a target start date with {@link Role#scheduleOpening}.
 *
 * <pre>{@code
 * Requisition req = Requisition.of(Level.of("L5", 5), HeadcountReason.backfill("employee 4711"));
 * role = role.setRequisition(recruiter, now, req);
 * }</pre>
 */
@Value.Immutable
public abstract class Requisition {

  Requisition() {}

  /**
   * The level the role is hired at.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Why the role is hired for, unless an opening gives its own reason.
   *
   * @return the reason
   */
  public abstract HeadcountReason reason();

  /**
   * A requisition.
   *
   * @param level the level
   * @param reason why
   * @return the requisition
   * @throws dev.hirekit.InvalidValueException if an argument is null
   */
  public static Requisition of(Level level, HeadcountReason reason) {
    return builder().level(level).reason(reason).build();
  }

  /**
   * A builder of requisitions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requisition}; see {@link Requisition#builder()}. */
  public static final class Builder extends ImmutableRequisition.Builder {
    Builder() {}
  }
}
