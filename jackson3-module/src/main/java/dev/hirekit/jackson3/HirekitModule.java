package dev.hirekit.jackson3;

import dev.hirekit.actor.Policy;
import dev.hirekit.application.HiringPolicy;
import dev.hirekit.jackson3.deser.TreeDeserializer;
import dev.hirekit.jackson3.deser.TreeKeyDeserializer;
import dev.hirekit.jackson3.ser.JobPostingSerializer;
import dev.hirekit.jackson3.ser.TreeSerializer;
import dev.hirekit.json.JobPosting;
import dev.hirekit.json.internal.Formats;
import dev.hirekit.json.internal.Loading;
import dev.hirekit.json.internal.TypeFormat;
import dev.hirekit.role.Role;
import dev.hirekit.role.RoleAction;
import tools.jackson.databind.module.SimpleModule;

/**
 * Hirekit's JSON format for Jackson 3: every public type of Hirekit's core reads and writes
 * (ids, money, plans, roles, candidates, applications, offers, feedback, events, actors), plus
 * {@link JobPosting} for schema.org JSON-LD. The output does not depend on the mapper's
 * settings. An application or role document is read by replaying its history, every rule and
 * permission checked; {@link #loadingWith} trusts the permissions of your own store instead.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HirekitModule()).build();
 * String json = mapper.writeValueAsString(application);
 * Application same = mapper.readValue(json, Application.class);
 * }</pre>
 */
public final class HirekitModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module that reads applications and roles by the validating replay, default policies. */
  public HirekitModule() {
    this(Loading.REPLAY);
  }

  private HirekitModule(Loading loading) {
    super("Hirekit", PackageVersion.VERSION);
    for (TypeFormat<?> format : Formats.all()) {
      register(format, loading);
    }
    for (TypeFormat<?> format : Formats.textual()) {
      registerKey(format);
    }
    addSerializer(JobPosting.class, new JobPostingSerializer());
  }

  /**
   * A module that replays application and role documents under your policies: every rule and
   * every permission is checked, as by {@link HiringPolicy#replay}.
   *
   * @param hiring the policies of applications and their offers
   * @param roles the policy of roles
   * @return the module
   */
  public static HirekitModule replayingWith(HiringPolicy hiring, Policy<RoleAction, Role> roles) {
    return new HirekitModule(new Loading(hiring, roles, false));
  }

  /**
   * A module for your own store: application and role documents are loaded as by {@link
   * HiringPolicy#load} and {@link Role#load}, every rule checked but no past permission, and
   * the aggregates carry your policies from then on. Use it only for documents you wrote.
   *
   * @param hiring the policies of applications and their offers
   * @param roles the policy of roles
   * @return the module
   */
  public static HirekitModule loadingWith(HiringPolicy hiring, Policy<RoleAction, Role> roles) {
    return new HirekitModule(new Loading(hiring, roles, true));
  }

  private <T> void register(TypeFormat<T> format, Loading loading) {
    addSerializer(format.type(), new TreeSerializer<>(format.type(), format::write));
    addDeserializer(format.type(), new TreeDeserializer<>(format, loading));
  }

  private <T> void registerKey(TypeFormat<T> format) {
    addKeySerializer(format.type(), new TreeSerializer.Key<>(format));
    addKeyDeserializer(format.type(), new TreeKeyDeserializer(format));
  }
}
