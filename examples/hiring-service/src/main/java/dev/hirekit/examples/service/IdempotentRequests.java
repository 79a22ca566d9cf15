package dev.hirekit.examples.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write runs here, in one transaction: the events it appends and, when the request carries
 * an {@code Idempotency-Key}, its response (status, ETag, Location, body) stored under the key
 * and the caller. A retry with the same key and the same request (method, path, body) gets the
 * stored response and applies nothing; the same key with another request is refused (422).
 */
@Component
public class IdempotentRequests {
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  /**
   * Writes over a database.
   *
   * @param jdbc the database
   * @param transactions the transactions
   */
  public IdempotentRequests(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /**
   * Runs a write in a transaction, once per idempotency key.
   *
   * @param caller who asks (the signed-in user)
   * @param key the {@code Idempotency-Key}, or null
   * @param request the method and path of the request
   * @param body the request's body, or null
   * @param write the write, which appends its events and says what to answer
   * @return the answer, stored or new
   */
  public Reply run(String caller, String key, String request, String body,
      Supplier<Reply> write) {
    if (key == null || key.isBlank()) {
      return transactions.execute(status -> write.get());
    }
    if (key.length() > 200) {
      throw Refusal.badArgument("Idempotency-Key", "is longer than 200 characters");
    }
    String hash = hash(request + "\n" + (body == null ? "" : body));
    return transactions.execute(status -> {
      Optional<Stored> earlier = find(caller, key);
      if (earlier.isPresent()) {
        if (!earlier.get().hash().equals(hash)) {
          throw Refusal.keyReused();
        }
        return earlier.get().reply().again();
      }
      Reply reply = write.get();
      try {
        jdbc.sql("insert into idempotent_requests (caller, idempotency_key, request_hash, status,"
              + " etag, location, body) values (?, ?, ?, ?, ?, ?, ?)")
            .params(caller, key, hash, reply.status(), reply.etag(), reply.location(),
                reply.body())
            .update();
      } catch (DataIntegrityViolationException concurrent) {
        // The same key's first request committed meanwhile: this one's events roll back.
        throw Refusal.keyInUse();
      }
      return reply;
    });
  }

  private Optional<Stored> find(String caller, String key) {
    return jdbc.sql("select request_hash, status, etag, location, body from idempotent_requests"
            + " where caller = ? and idempotency_key = ?")
        .params(caller, key)
        .query((rs, n) -> new Stored(rs.getString(1), new Reply(rs.getInt(2), rs.getString(3),
            rs.getString(4), rs.getString(5), false)))
        .optional();
  }

  private static String hash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Stored(String hash, Reply reply) {}
}
