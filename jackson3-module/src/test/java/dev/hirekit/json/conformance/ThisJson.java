package dev.hirekit.json.conformance;

import dev.hirekit.actor.Policy;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.jackson3.HirekitModule;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.PackageVersion;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module under the shared conformance suite. */
public final class ThisJson implements Json {
  /** The module on a default mapper. */
  public static final Json JSON = new ThisJson(JsonMapper.builder()
      .addModule(new HirekitModule()).build());

  private final ObjectMapper mapper;

  private ThisJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Json with(Setting setting) {
    JsonMapper.Builder builder = JsonMapper.builder().addModule(new HirekitModule());
    switch (setting) {
      case INDENTED:
        builder.enable(SerializationFeature.INDENT_OUTPUT);
        break;
      case DATES_AS_TIMESTAMPS:
        builder.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
        break;
      case DATES_AS_TEXT:
        builder.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
        break;
      case SNAKE_CASE:
        builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        break;
      case FAIL_ON_UNKNOWN:
        builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        break;
      case IGNORE_UNKNOWN:
        builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        break;
      default:
        break;
    }
    return new ThisJson(builder.build());
  }

  @Override
  public Json withMaxStringLength(int maxStringLength) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(
        StreamReadConstraints.builder().maxStringLength(maxStringLength).build()).build();
    return new ThisJson(JsonMapper.builder(factory).addModule(new HirekitModule()).build());
  }

  @Override
  public Json discovered() {
    return new ThisJson(JsonMapper.builder().findAndAddModules().build());
  }

  @Override
  public Json trusted(HiringPolicy hiring, Policy<RoleAction, Role> roles) {
    return new ThisJson(JsonMapper.builder().addModule(HirekitModule.loadingWith(hiring, roles))
        .build());
  }

  @Override
  public String write(Object value) {
    return mapper.writeValueAsString(value);
  }

  @Override
  public <T> T read(String json, Class<T> type) {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> List<T> readList(String json, Class<T> element) {
    return mapper.readValue(json,
        mapper.getTypeFactory().constructCollectionType(List.class, element));
  }

  @Override
  public Object parse(String json) {
    return JsonMapper.builder().build().readValue(json, Object.class);
  }

  @Override
  public Class<? extends Exception> documentedException() {
    return JacksonException.class;
  }

  @Override
  public String jacksonVersion() {
    return PackageVersion.VERSION.toString();
  }
}
