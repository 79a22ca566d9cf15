package dev.hirekit.examples.service;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A response as the service stores it for an idempotent retry: status, ETag, Location and the
 * JSON body.
 *
 * @param status the HTTP status
 * @param etag the ETag header ({@code "<version>"}), or null
 * @param location the Location header, or null
 * @param body the JSON body, or null
 * @param replayed whether this is a stored response given again
 */
public record Reply(int status, String etag, String location, String body, boolean replayed) {

  /**
   * A response carrying an aggregate at a version.
   *
   * @param status the status
   * @param version the aggregate's version
   * @param location the Location, or null
   * @param body the body
   * @return the reply
   */
  public static Reply of(int status, long version, String location, String body) {
    return new Reply(status, "\"" + version + "\"", location, body, false);
  }

  /**
   * The same response, marked as given again.
   *
   * @return the replayed reply
   */
  public Reply again() {
    return new Reply(status, etag, location, body, true);
  }

  /**
   * As Spring's response.
   *
   * @return the response entity
   */
  public ResponseEntity<String> entity() {
    ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
    if (etag != null) {
      builder.header(HttpHeaders.ETAG, etag);
    }
    if (location != null) {
      builder.header(HttpHeaders.LOCATION, location);
    }
    if (replayed) {
      builder.header("Idempotent-Replayed", "true");
    }
    return body == null ? builder.build()
        : builder.contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
