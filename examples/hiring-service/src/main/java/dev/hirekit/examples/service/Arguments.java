package dev.hirekit.examples.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The JSON body of an action: its fields read as Hirekit values in Hirekit's format. A missing or
 * bad field is a 400 naming the field, never repeating the value.
 */
public final class Arguments {
  private final JsonNode body;
  private final JsonMapper json;

  private Arguments(JsonNode body, JsonMapper json) {
    this.body = body;
    this.json = json;
  }

  /**
   * Reads a request body (none, or empty, is an empty object).
   *
   * @param body the body text, or null
   * @param json Spring's mapper, with Hirekit's format
   * @return the arguments
   * @throws Refusal bad argument if the body is not a JSON object
   */
  public static Arguments of(String body, JsonMapper json) {
    if (body == null || body.isBlank()) {
      return new Arguments(JsonNodeFactory.instance.objectNode(), json);
    }
    JsonNode tree = json.readTree(body);
    if (!tree.isObject()) {
      throw Refusal.badArgument("$", "is not a JSON object");
    }
    return new Arguments(tree, json);
  }

  /**
   * A required text field.
   *
   * @param field the field
   * @return its text
   */
  public String text(String field) {
    return optionalText(field).orElseThrow(() -> Refusal.badArgument(field,
        "is missing; give a string"));
  }

  /**
   * An optional text field.
   *
   * @param field the field
   * @return its text, if present
   */
  public Optional<String> optionalText(String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      throw Refusal.badArgument(field, "is not a string");
    }
    return Optional.of(node.asString());
  }

  /**
   * A required instant field (ISO-8601 with a zone, such as {@code 2026-12-01T09:00:00Z}).
   *
   * @param field the field
   * @return the instant
   */
  public Instant instant(String field) {
    try {
      return Instant.parse(text(field));
    } catch (DateTimeParseException e) {
      throw Refusal.badArgument(field, "is not an ISO-8601 instant such as 2026-12-01T09:00:00Z");
    }
  }

  /**
   * A required field as a Hirekit value.
   *
   * @param field the field
   * @param type the value's type
   * @param <T> the type
   * @return the value
   */
  public <T> T value(String field, Class<T> type) {
    return optionalValue(field, type).orElseThrow(() -> Refusal.badArgument(field,
        "is missing"));
  }

  /**
   * An optional field as a Hirekit value.
   *
   * @param field the field
   * @param type the value's type
   * @param <T> the type
   * @return the value, if present
   */
  public <T> Optional<T> optionalValue(String field, Class<T> type) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(read(field, node, type));
  }

  /**
   * The whole body as a Hirekit value (a scorecard, a reference, a rejection reason).
   *
   * @param type the value's type
   * @param <T> the type
   * @return the value
   */
  public <T> T whole(Class<T> type) {
    return read("$", body, type);
  }

  /**
   * A field's raw JSON.
   *
   * @param field the field
   * @return the node, if present
   */
  public Optional<JsonNode> node(String field) {
    return Optional.ofNullable(body.get(field)).filter(n -> !n.isNull());
  }

  private <T> T read(String field, JsonNode node, Class<T> type) {
    try {
      return json.treeToValue(node, type);
    } catch (JacksonException e) {
      String problem = e.getOriginalMessage();
      if (problem == null) {
        throw Refusal.badArgument(field, "is not a valid " + type.getSimpleName());
      }
      // Hirekit's format names the JSON path inside the value: "$.side: is not a known ...".
      int colon = problem.indexOf(": ");
      if (problem.startsWith("$") && colon > 0) {
        String path = problem.substring(1, colon);
        throw Refusal.badArgument(field.equals("$") ? "$" + path : field + path,
            problem.substring(colon + 2));
      }
      throw Refusal.badArgument(field, problem);
    }
  }
}
