package dev.hirekit;

import dev.hirekit.actor.Actor;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forged histories for the properties that check a replay refuses them: one event dropped,
 * duplicated, swapped with the next, back-dated, or given another actor. Works on any event
 * record with {@code at} and {@code by} components.
 */
public final class ForgedHistories {
  private ForgedHistories() {}

  /** What a forgery does to a history. */
  public enum Mutation { DROP, DUPLICATE, SWAP, BACKDATE, ACTOR }

  /**
   * The history with one forgery.
   *
   * @param history the events, not empty
   * @param mutation what to do
   * @param index which event (taken modulo the size)
   * @param back how far to back-date, for {@link Mutation#BACKDATE}
   * @param actor the new actor, for {@link Mutation#ACTOR}
   * @param <E> the event type, implemented by records
   * @return a new list
   */
  public static <E> List<E> forged(List<E> history, Mutation mutation, int index,
      Duration back, Actor actor) {
    List<E> events = new ArrayList<>(history);
    int i = Math.floorMod(index, events.size());
    E event = events.get(i);
    switch (mutation) {
      case DROP -> events.remove(i);
      case DUPLICATE -> events.add(i, event);
      case SWAP -> {
        int j = Math.min(i + 1, events.size() - 1);
        events.set(i, events.get(j));
        events.set(j, event);
      }
      case BACKDATE -> events.set(i, rewritten(event, ((Instant) component(event, "at"))
          .minus(back), (Actor) component(event, "by")));
      default -> events.set(i, rewritten(event, (Instant) component(event, "at"), actor));
    }
    return events;
  }

  /**
   * The event with another time and actor, every other component kept.
   *
   * @param event the event
   * @param at the new time
   * @param by the new actor
   * @param <E> the event type, implemented by records
   * @return the rewritten event
   */
  @SuppressWarnings("unchecked")
  public static <E> E rewritten(E event, Instant at, Actor by) {
    RecordComponent[] components = event.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      String name = components[i].getName();
      values[i] = name.equals("at") ? at : name.equals("by") ? by
          : component(event, name);
    }
    try {
      Constructor<?> canonical = event.getClass().getDeclaredConstructor(types);
      return (E) canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object component(Object event, String name) {
    try {
      for (RecordComponent c : event.getClass().getRecordComponents()) {
        if (c.getName().equals(name)) {
          return c.getAccessor().invoke(event);
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalArgumentException(event.getClass().getSimpleName() + " has no " + name);
  }
}
