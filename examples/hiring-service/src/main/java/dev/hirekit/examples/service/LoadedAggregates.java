package dev.hirekit.examples.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Aggregates as they were last loaded or committed, by id, so that a load reads and parses only
 * the events stored after them (the store is append-only: the events up to a version never
 * change). An aggregate is remembered only once its transaction has committed, so a rolled-back
 * write is never taken for the store's content. Bounded: past {@code limit} entries it starts
 * again empty, which costs only full loads.
 *
 * <pre>{@code
 * LoadedAggregates<Application> loaded = new LoadedAggregates<>(Application::version, 10_000);
 * long after = loaded.find("app-7").map(Application::version).orElse(0L); // read events after
 * loaded.remember("app-7", application);
 * }</pre>
 *
 * @param <T> the aggregate type
 */
public final class LoadedAggregates<T> {
  private final Map<String, T> byId = new ConcurrentHashMap<>();
  private final ToLongFunction<T> version;
  private final int limit;

  /**
   * An empty set.
   *
   * @param version an aggregate's version (the sequence number of its last event)
   * @param limit how many to keep at most
   */
  public LoadedAggregates(ToLongFunction<T> version, int limit) {
    this.version = version;
    this.limit = limit;
  }

  /**
   * The aggregate as last remembered.
   *
   * @param id its id
   * @return it, if remembered
   */
  public Optional<T> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Remembers an aggregate read from or written to the store: now outside a transaction, after
   * the commit inside one, never after a rollback. An older version never replaces a newer one.
   *
   * @param id its id
   * @param aggregate it
   */
  public void remember(String id, T aggregate) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          keep(id, aggregate);
        }
      });
    } else {
      keep(id, aggregate);
    }
  }

  private void keep(String id, T aggregate) {
    if (byId.size() >= limit) {
      byId.clear();
    }
    byId.merge(id, aggregate, (old, young) ->
        version.applyAsLong(young) >= version.applyAsLong(old) ? young : old);
  }
}
