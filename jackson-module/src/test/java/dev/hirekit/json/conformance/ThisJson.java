package dev.hirekit.json.conformance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hirekit.actor.Policy;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.jackson.HirekitModule;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import java.io.UncheckedIOException;
import java.util.List;

/** The Jackson 2 module under the shared conformance suite. */
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
        builder.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        break;
      case DATES_AS_TEXT:
        builder.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
    return new ThisJson(new ObjectMapper().findAndRegisterModules());
  }

  @Override
  public Json trusted(HiringPolicy hiring, Policy<RoleAction, Role> roles) {
    return new ThisJson(JsonMapper.builder().addModule(HirekitModule.loadingWith(hiring, roles))
        .build());
  }

  @Override
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T read(String json, Class<T> type) throws Exception {
    return mapper.readValue(json, type);
  }

  @Override
  public <T> List<T> readList(String json, Class<T> element) throws Exception {
    return mapper.readValue(json,
        mapper.getTypeFactory().constructCollectionType(List.class, element));
  }

  @Override
  public Object parse(String json) {
    try {
      return new ObjectMapper().readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Class<? extends Exception> documentedException() {
    return JsonProcessingException.class;
  }

  @Override
  public String jacksonVersion() {
    return PackageVersion.VERSION.toString();
  }
}
