package dev.hirekit.plan;

import dev.hirekit.InvalidValueException;
import dev.hirekit.internal.Require;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ordered stages a candidate passes through for a role.
 *
 * <p>Rules: at least one stage; stage ids are unique; interview ids are unique across the whole
 * plan; the version is 1 or more; requirement names are unique, and a stage requires only
 * requirements of the plan.
 *
 * <pre>{@code
 * InterviewPlan plan = InterviewPlan.of(screen, takeHome, offer);
 * plan.first();                          // screen
 * plan.next(takeHome.id());              // Optional[offer]
 * plan.stagesOfKind(StageKind.OFFER);    // [offer]
 * }</pre>
 */
@Value.Immutable
public abstract class InterviewPlan {

  InterviewPlan() {}

  /**
   * The version of the plan, raised when a plan in use is changed. 1 by default.
   *
   * @return the version, 1 or more
   */
  @Value.Default
  public int version() {
    return 1;
  }

  /**
   * The stages, in the order a candidate passes through them.
   *
   * @return the stages, never empty, each id once
   */
  public abstract List<Stage> stages();

  /**
   * The conditions of employment the team checks each application against (right to work,
   * citizenship, clearance, ...), which stages may require met ({@link Stage#requires()}).
   *
   * @return the requirements, each name once; empty by default
   */
  public abstract List<Requirement> requirements();

  /**
   * The requirement of a name, if the plan has it.
   *
   * @param name the name
   * @return the requirement
   */
  public Optional<Requirement> requirement(String name) {
    return requirements().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * A plan of version 1 with the given stages in order.
   *
   * @param first the first stage
   * @param more the further stages, in order
   * @return the plan
   * @throws InvalidValueException if a stage is missing, or a stage id or interview id repeats
   */
  public static InterviewPlan of(Stage first, Stage... more) {
    return builder().addStage(first).addStages(Require.given(more, "InterviewPlan", "stages"))
        .build();
  }

  /**
   * A builder of plans.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stage of an id.
   *
   * @param id the stage id
   * @return the stage, or empty if the plan has no such stage
   */
  public Optional<Stage> stage(StageId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(stages().get(index));
  }

  /**
   * Whether the plan has a stage of an id.
   *
   * @param id the stage id
   * @return true if the plan has it
   */
  public boolean contains(StageId id) {
    return indexOf(id) >= 0;
  }

  /**
   * The position of a stage in the plan.
   *
   * @param id the stage id
   * @return the zero-based position, or -1 if the plan has no such stage
   */
  public int indexOf(StageId id) {
    List<Stage> stages = stages();
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first stage.
   *
   * @return the first stage
   */
  public Stage first() {
    return stages().get(0);
  }

  /**
   * The stage after a stage.
   *
   * @param id the stage id
   * @return the following stage, or empty if the stage is the last or not in the plan
   */
  public Optional<Stage> next(StageId id) {
    int index = indexOf(id);
    if (index < 0 || index + 1 >= stages().size()) {
      return Optional.empty();
    }
    return Optional.of(stages().get(index + 1));
  }

  /**
   * The stages of a kind, in plan order.
   *
   * @param kind the kind
   * @return the stages of that kind, possibly none
   */
  public List<Stage> stagesOfKind(StageKind kind) {
    List<Stage> ofKind = new ArrayList<>();
    for (Stage stage : stages()) {
      if (stage.kind() == kind) {
        ofKind.add(stage);
      }
    }
    return Collections.unmodifiableList(ofKind);
  }

  /**
   * A copy with another version.
   *
   * @param value the version, 1 or more
   * @return the copy
   * @throws InvalidValueException if the version is below 1
   */
  public abstract InterviewPlan withVersion(int value);

  /**
   * A copy with other stages.
   *
   * @param elements the stages in order, at least one, each id once
   * @return the copy
   * @throws InvalidValueException if the copy breaks a rule of the plan
   */
  public abstract InterviewPlan withStages(Iterable<? extends Stage> elements);

  @Value.Check
  void check() {
    if (version() < 1) {
      throw new InvalidValueException("InterviewPlan", "version", version()
          + " is below 1; give 1 or more");
    }
    Require.nonEmpty("InterviewPlan", "stages", stages(), "give at least one stage");
    Require.distinct("InterviewPlan", "stages", stages(), Stage::id);
    Require.distinct("InterviewPlan", "requirements", requirements(), Requirement::name);
    for (Stage stage : stages()) {
      for (String required : stage.requires()) {
        Require.that(requirement(required).isPresent(), "InterviewPlan", "stages", "stage "
            + stage.id() + " requires " + Require.quote(required) + ", which is not a"
            + " requirement of the plan; add it to the plan's requirements");
      }
    }
    Set<InterviewId> seen = new HashSet<>();
    for (Stage stage : stages()) {
      for (Interview interview : stage.interviews()) {
        if (!seen.add(interview.id())) {
          throw new InvalidValueException("InterviewPlan", "stages", "interview "
              + interview.id() + " appears in more than one stage; give each interview of the"
              + " plan its own id");
        }
      }
    }
  }

  /** Builds an {@link InterviewPlan}; see {@link InterviewPlan#builder()}. */
  public static final class Builder extends ImmutableInterviewPlan.Builder {
    Builder() {}
  }
}
