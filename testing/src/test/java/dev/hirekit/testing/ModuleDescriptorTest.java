package dev.hirekit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor: the one package exported, core and jqwik passed on. */
class ModuleDescriptorTest {

  @Test
  void theModuleExportsItsPackageAndRequiresCoreAndJqwikTransitively() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("dev.hirekit.testing");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.hirekit.testing");
    Set<String> transitive = descriptor.requires().stream()
        .filter(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(transitive).containsExactlyInAnyOrder("dev.hirekit", "net.jqwik.api");
    assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name)
        .containsExactlyInAnyOrder("java.base", "dev.hirekit", "net.jqwik.api");
  }
}
