package dev.hirekit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module is found by {@code ServiceLoader} (through {@code META-INF/services} on the class
 * path and {@code provides} on the module path) and reports this artifact's version.
 */
class HirekitModuleTest {

  @Test
  void jacksonFindsTheModule() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(HirekitModule.class);
    assertThat(JsonMapper.builder().findAndAddModules().build().registeredModules())
        .hasAtLeastOneElementOfType(HirekitModule.class);
  }

  @Test
  void theModuleReportsThisArtifactAndItsVersion() {
    assertThat(new HirekitModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("dev.hirekit");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("hirekit-jackson3");
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty(
        "hirekit.version"));
    assertThat(new HirekitModule().getModuleName()).isEqualTo("Hirekit");
  }
}
