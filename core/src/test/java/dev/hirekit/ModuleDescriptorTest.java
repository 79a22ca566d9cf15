package dev.hirekit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the compiled module descriptor: what core exports and what it requires. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws URISyntaxException {
    Path classes = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    ModuleReference reference = ModuleFinder.of(classes).findAll().iterator().next();
    return reference.descriptor();
  }

  @Test
  void moduleIsNamedDevHirekit() throws URISyntaxException {
    assertThat(descriptor().name()).isEqualTo("dev.hirekit");
  }

  @Test
  void internalPackageIsNotExported() throws URISyntaxException {
    Set<String> exported = descriptor().exports().stream().map(Exports::source)
        .collect(Collectors.toSet());
    assertThat(descriptor().packages()).contains("dev.hirekit.internal");
    assertThat(exported).doesNotContain("dev.hirekit.internal")
        .allMatch(p -> p.startsWith("dev.hirekit"));
  }

  @Test
  void everyOtherPackageIsExportedUnqualified() throws URISyntaxException {
    ModuleDescriptor descriptor = descriptor();
    Set<String> expected = descriptor.packages().stream()
        .filter(p -> !p.contains(".internal"))
        .collect(Collectors.toSet());
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(descriptor.exports().stream().map(Exports::source))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void requiresOnlySlf4jAtRunTimeAndImmutablesAnnotationsStatically()
      throws URISyntaxException {
    Set<String> runtime = descriptor().requires().stream()
        .filter(r -> !r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name)
        .collect(Collectors.toSet());
    Set<String> compileOnly = descriptor().requires().stream()
        .filter(r -> r.modifiers().contains(Requires.Modifier.STATIC))
        .map(Requires::name)
        .collect(Collectors.toSet());
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "org.slf4j");
    assertThat(compileOnly).containsExactly("org.immutables.value.annotations");
  }
}
