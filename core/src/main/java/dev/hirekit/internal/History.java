package dev.hirekit.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An aggregate's events, as an immutable list that appends in constant time: {@link #append}
 * returns a new list and leaves this one as it was.
 *
 * <p>Lists made by appending to one another share one array. The first list to append at a
 * position claims the slot (an atomic counter); a list that appends where another already has
 * copies its own prefix instead. A list sees only its own first {@link #size()} elements, which
 * never change once written, so every list stays immutable and safe to share between threads,
 * and a chain of {@code n} appends costs time and memory linear in {@code n} (the Go slice
 * growth, made safe for sharing).
 *
 * <pre>{@code
 * History<String> one = History.<String>empty().append("applied");
 * History<String> two = one.append("advanced"); // one still holds one element
 * }</pre>
 *
 * @param <E> the event type
 */
public final class History<E> extends AbstractList<E> implements RandomAccess {
  private static final History<?> EMPTY = new History<>(new AtomicInteger(), new Object[0], 0);

  /** How many slots of {@link #items} some list has claimed. */
  private final AtomicInteger claimed;
  private final Object[] items;
  private final int size;

  private History(AtomicInteger claimed, Object[] items, int size) {
    this.claimed = claimed;
    this.items = items;
    this.size = size;
  }

  /**
   * The empty history.
   *
   * @param <E> the event type
   * @return the empty history
   */
  @SuppressWarnings("unchecked")
  public static <E> History<E> empty() {
    return (History<E>) EMPTY;
  }

  /**
   * This history with one more event at its end; this one is unchanged.
   *
   * @param event the event, not null
   * @return the longer history
   */
  public History<E> append(E event) {
    Objects.requireNonNull(event, "event");
    if (size < items.length && claimed.compareAndSet(size, size + 1)) {
      items[size] = event;
      return new History<>(claimed, items, size + 1);
    }
    if (size == items.length && claimed.compareAndSet(size, size + 1)) {
      Object[] grown = Arrays.copyOf(items, Math.max(8, size * 2));
      grown[size] = event;
      return new History<>(claimed, grown, size + 1);
    }
    // Another list already appended here: this branch gets an array of its own.
    Object[] own = Arrays.copyOf(items, Math.max(8, size * 2));
    own[size] = event;
    return new History<>(new AtomicInteger(size + 1), own, size + 1);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    Objects.checkIndex(index, size);
    return (E) items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
