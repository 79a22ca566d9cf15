package dev.hirekit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of Hirekit's JSON format, shipped in this module under {@code
 * dev/hirekit/json/schema/}: one per top-level document (a pipeline report's included), one for
 * events, one for a stand-alone offer, and the shared definitions the others refer to by
 * relative {@code $ref}. Each has an {@code $id} under {@code https://hirekit.dev/schema/1/};
 * give a validator all of them (or a loader that maps those ids to {@link #open()}) and it needs
 * no network.
 *
 * <p>What Hirekit writes validates; the schemas say {@code "additionalProperties": false}
 * because the writer writes nothing else, though Hirekit's readers ignore unknown properties.
 *
 * <pre>{@code
 * try (InputStream in = Schema.APPLICATION.open()) {
 *   // hand it to a JSON Schema validator, with the others found by Schema.ofId(uri)
 * }
 * }</pre>
 */
public enum Schema {
  /** An application document: its summary and history ({@code application.schema.json}). */
  APPLICATION("application"),
  /** A role document: its summary and history ({@code role.schema.json}). */
  ROLE("role"),
  /** A candidate document ({@code candidate.schema.json}). */
  CANDIDATE("candidate"),
  /**
   * Any one event of an application, a role, a slate, a talent pool or the candidate merges
   * ({@code event.schema.json}).
   */
  EVENT("event"),
  /** A stand-alone offer ({@code offer.schema.json}). */
  OFFER("offer"),
  /** A pipeline report document ({@code report.schema.json}). */
  REPORT("report"),
  /** A slate document: its summary and history ({@code slate.schema.json}). */
  SLATE("slate"),
  /** A talent pool document: its summary and history ({@code pool.schema.json}). */
  POOL("pool"),
  /** The candidate merges document: its summary and history ({@code merges.schema.json}). */
  MERGES("merges"),
  /** The shared definitions the other schemas refer to ({@code definitions.schema.json}). */
  DEFINITIONS("definitions");

  /** The base of every schema's {@code $id}. */
  private static final String BASE = "https://hirekit.dev/schema/1/";

  /** Where the schemas are, relative to this class. */
  private static final String FOLDER = "schema/";

  private final String fileName;

  Schema(String name) {
    this.fileName = name + ".schema.json";
  }

  /**
   * The file name of the schema, such as {@code application.schema.json}.
   *
   * <pre>{@code
   * String name = Schema.EVENT.fileName(); // "event.schema.json"
   * }</pre>
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The path of the schema as a resource of this module, such as {@code
   * dev/hirekit/json/schema/application.schema.json}; the package is open, so a class loader
   * finds it on the module path too.
   *
   * <pre>{@code
   * URL url = ClassLoader.getSystemResource(Schema.ROLE.resource());
   * }</pre>
   *
   * @return the resource path, without a leading slash
   */
  public String resource() {
    return "dev/hirekit/json/" + FOLDER + fileName;
  }

  /**
   * The schema's {@code $id}, such as {@code https://hirekit.dev/schema/1/application.schema.json}.
   *
   * <pre>{@code
   * URI id = Schema.CANDIDATE.id();
   * }</pre>
   *
   * @return the id
   */
  public URI id() {
    return URI.create(BASE + fileName);
  }

  /**
   * Opens the schema's text, UTF-8 JSON, from this module; the caller closes it.
   *
   * <pre>{@code
   * try (InputStream in = Schema.APPLICATION.open()) {
   *   JsonNode schema = mapper.readTree(in);
   * }
   * }</pre>
   *
   * @return the stream
   * @throws IllegalStateException if the schema is missing from the jar
   */
  public InputStream open() {
    InputStream in = Schema.class.getResourceAsStream(FOLDER + fileName);
    if (in == null) {
      throw new IllegalStateException("the schema " + fileName + " is missing from"
          + " hirekit-json; the jar is incomplete");
    }
    return in;
  }

  /**
   * The schema's text.
   *
   * <pre>{@code
   * String json = Schema.OFFER.text();
   * }</pre>
   *
   * @return the UTF-8 JSON text
   * @throws UncheckedIOException if it cannot be read
   */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the schema " + fileName + " cannot be read", e);
    }
  }

  /**
   * The schema with an {@code $id}, for a validator's loader: references between the schemas
   * are relative, so they resolve to these ids.
   *
   * <pre>{@code
   * Optional<Schema> schema = Schema.ofId("https://hirekit.dev/schema/1/event.schema.json");
   * }</pre>
   *
   * @param id an absolute id, with or without a fragment
   * @return the schema, or empty if no Hirekit schema has that id
   */
  public static Optional<Schema> ofId(String id) {
    int hash = id.indexOf('#');
    String base = hash < 0 ? id : id.substring(0, hash);
    for (Schema schema : values()) {
      if (schema.id().toString().equals(base)) {
        return Optional.of(schema);
      }
    }
    return Optional.empty();
  }
}
