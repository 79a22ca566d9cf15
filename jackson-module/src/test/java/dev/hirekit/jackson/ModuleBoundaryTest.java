package dev.hirekit.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.hirekit.internal.Require;
import org.junit.jupiter.api.Test;

/**
 * The Jackson module uses core only through its exported API. The module has no main code yet, so
 * the rule allows an empty set of classes and starts to bite as soon as code lands; {@link
 * #ruleFailsOnAClassUsingCoreInternals()} proves it can fail.
 */
@AnalyzeClasses(packages = "dev.hirekit.jackson", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundaryTest {

  @ArchTest
  static final ArchRule NO_CORE_INTERNALS =
      noClasses().that().resideInAPackage("dev.hirekit.jackson..")
          .should().dependOnClassesThat().resideInAPackage("dev.hirekit.internal..")
          .allowEmptyShould(true)
          .because("dev.hirekit.internal is not exported by core; code that reaches into it"
              + " compiles on the class path but fails on the module path, and may change in any"
              + " core release");

  /** Test-only class that reaches into core's internal package. */
  static final class UsesCoreInternals {
    static String name(String value) {
      return Require.nonBlank("Fixture", "name", value);
    }
  }

  @Test
  void ruleFailsOnAClassUsingCoreInternals() {
    assertThat(NO_CORE_INTERNALS
        .evaluate(new ClassFileImporter().importClasses(UsesCoreInternals.class))
        .getFailureReport().getDetails())
        .anyMatch(v -> v.contains("dev.hirekit.internal.Require.nonBlank"));
  }
}
