package dev.hirekit.json.conformance;

import static dev.hirekit.json.conformance.ThisJson.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hirekit.application.Application;
import dev.hirekit.role.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The user's mapper settings change neither what is written nor what is read. */
class MapperSettingsTest {

  @ParameterizedTest
  @EnumSource(value = Json.Setting.class, names = "INDENTED", mode = EnumSource.Mode.EXCLUDE)
  void everySettingWritesTheSameBytes(Json.Setting setting) {
    Application application = Seed.hire().application();
    assertThat(JSON.with(setting).write(application)).isEqualTo(JSON.write(application));
    assertThat(JSON.with(setting).write(Seed.candidate())).isEqualTo(JSON.write(Seed.candidate()));
  }

  @ParameterizedTest
  @EnumSource(Json.Setting.class)
  void everySettingWritesTheSameDocument(Json.Setting setting) {
    Role role = Seed.hire().role();
    assertThat(JSON.parse(JSON.with(setting).write(role))).isEqualTo(JSON.parse(JSON.write(role)));
  }

  @ParameterizedTest
  @EnumSource(Json.Setting.class)
  void everySettingReadsTheDocumentBackWithAnUnknownFieldIgnored(Json.Setting setting)
      throws Exception {
    Application application = Seed.hire().application();
    String json = JSON.write(application);
    String withUnknown = "{\"comment\":{\"added\":[1,2]}," + json.substring(1);
    assertThat(JSON.with(setting).read(json, Application.class)).isEqualTo(application);
    assertThat(JSON.with(setting).read(withUnknown, Application.class)).isEqualTo(application);
    assertThat(JSON.with(setting).readList("[" + JSON.write(application.history().get(0)) + "]",
        dev.hirekit.application.ApplicationEvent.class))
        .isEqualTo(List.of(application.history().get(0)));
  }
}
