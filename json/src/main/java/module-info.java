/**
 * Hirekit's JSON format, free of any JSON library: the shape of every document and event, its
 * JSON Schemas (under {@code dev/hirekit/json/schema/}) and the schema.org {@code JobPosting} of a
 * role. Applications use it through {@code dev.hirekit.jackson} (Jackson 2) or {@code
 * dev.hirekit.jackson3} (Jackson 3), which write it byte for byte alike.
 *
 * <pre>{@code
 * JobPosting posting = JobPosting.of(role);
 * String jsonLd = mapper.writeValueAsString(posting);
 * }</pre>
 */
module dev.hirekit.json {
  requires transitive dev.hirekit;

  exports dev.hirekit.json;
  // The JSON Schemas are resources only; open, so any class loader finds them.
  opens dev.hirekit.json.schema;
  exports dev.hirekit.json.internal to dev.hirekit.jackson, dev.hirekit.jackson3;
}
