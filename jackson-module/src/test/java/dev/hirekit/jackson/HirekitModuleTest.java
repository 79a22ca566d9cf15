package dev.hirekit.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The module is found by {@code ServiceLoader} (through {@code META-INF/services} on the class
 * path and {@code provides} on the module path) and reports this artifact's version.
 */
class HirekitModuleTest {

  @Test
  void jacksonFindsTheModule() {
    assertThat(ObjectMapper.findModules()).hasAtLeastOneElementOfType(HirekitModule.class);
    assertThat(new ObjectMapper().findAndRegisterModules().getRegisteredModuleIds())
        .contains(new HirekitModule().getTypeId());
  }

  @Test
  void theModuleReportsThisArtifactAndItsVersion() {
    assertThat(new HirekitModule().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(new PackageVersion().version()).isEqualTo(PackageVersion.VERSION);
    assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("dev.hirekit");
    assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("hirekit-jackson");
    assertThat(PackageVersion.VERSION.toString()).isEqualTo(System.getProperty(
        "hirekit.version"));
    assertThat(new HirekitModule().getModuleName()).isEqualTo("Hirekit");
  }
}
