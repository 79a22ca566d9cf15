package dev.hirekit;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.hirekit.money.CycleFixtureInMoney;
import dev.hirekit.team.CycleFixtureInTeam;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The architecture of core as rules over its compiled main classes. Each rule is a constant; the
 * nested {@link RulesCanFail} tests run the same constants against the test-only classes of {@link
 * ArchitectureFixtures} (and two cycle fixtures) to prove that every rule can fail.
 *
 * <p>What the module descriptor exports and requires is pinned by {@link ModuleDescriptorTest}, not
 * here.
 */
@AnalyzeClasses(packages = "dev.hirekit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  // ---------------------------------------------------------------------------------------------
  // 1. Dependencies: JDK, SLF4J, own packages, and the compile-time annotations of Immutables.

  private static final String IMMUTABLES_VALUE = "org.immutables.value.Value";

  /**
   * A class of org.immutables that may appear in core's class files: an annotation type (e.g.
   * {@code @Value.Immutable}, {@code @org.immutables.value.Generated}), or any type nested in
   * {@code org.immutables.value.Value} (the enums used as annotation values, such as {@code
   * Value.Style.ImplementationVisibility}). Anything else of Immutables would be a runtime
   * dependency.
   */
  static final DescribedPredicate<JavaClass> IMMUTABLES_ANNOTATION_TYPE =
      new DescribedPredicate<>("an annotation type of org.immutables or a type nested in "
          + IMMUTABLES_VALUE) {
        @Override
        public boolean test(JavaClass type) {
          JavaClass base = type.getBaseComponentType();
          if (!base.getPackageName().startsWith("org.immutables")) {
            return false;
          }
          if (base.isAnnotation()) {
            return true;
          }
          for (Optional<JavaClass> enclosing = base.getEnclosingClass(); enclosing.isPresent();
              enclosing = enclosing.get().getEnclosingClass()) {
            if (enclosing.get().getName().equals(IMMUTABLES_VALUE)) {
              return true;
            }
          }
          return false;
        }
      };

  @ArchTest
  static final ArchRule CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_IMMUTABLES_ANNOTATIONS =
      classes().that().resideInAPackage("dev.hirekit..")
          .should().onlyDependOnClassesThat(
              resideInAnyPackage("java..", "org.slf4j..", "dev.hirekit..")
                  .or(IMMUTABLES_ANNOTATION_TYPE))
          .because("core has exactly one runtime dependency, SLF4J; Immutables is an annotation"
              + " processor whose annotations are compile-time only and must never be needed at"
              + " run time");

  // ---------------------------------------------------------------------------------------------
  // 2. No cycles between the packages of core.

  @ArchTest
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("dev.hirekit.(*)..").should().beFreeOfCycles()
          .because("the domain packages build on each other in one direction, so each can be"
              + " understood, tested and changed without the packages that build on it");

  // ---------------------------------------------------------------------------------------------
  // 2b. The lifecycle engine knows no entity.

  @ArchTest
  static final ArchRule THE_ENGINE_KNOWS_NO_ENTITY_NOR_WHO_ACTS =
      classes().that().resideInAPackage("dev.hirekit.lifecycle..")
          .should().onlyDependOnClassesThat(
              resideInAnyPackage("java..", "org.slf4j..", "dev.hirekit.lifecycle.."))
          .because("the transition tables are generic over their states, actions, subject and"
              + " who acts; the hiring actor and its policies live in dev.hirekit.actor, beside"
              + " the team, and applications, offers and roles bring their own tables");

  // ---------------------------------------------------------------------------------------------
  // 3. dev.hirekit.internal is not public API.

  /**
   * Public API: a public class that a user can name, i.e. all its enclosing classes are public too
   * (a public class nested in a package-private one is reachable only through subclasses, which
   * {@link #publicMembersOf} follows). Generated {@code Immutable*} classes are not API.
   */
  static final DescribedPredicate<JavaClass> PUBLIC_API_CLASS =
      new DescribedPredicate<>("public API classes") {
        @Override
        public boolean test(JavaClass type) {
          for (Optional<JavaClass> c = Optional.of(type); c.isPresent();
              c = c.get().getEnclosingClass()) {
            if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)
                || isGeneratedName(c.get())) {
              return false;
            }
          }
          return true;
        }
      };

  @ArchTest
  static final ArchRule INTERNAL_TYPES_ARE_NOT_IN_PUBLIC_SIGNATURES =
      classes().that().resideInAPackage("dev.hirekit..")
          .and().resideOutsideOfPackage("dev.hirekit.internal..")
          .and(PUBLIC_API_CLASS)
          .should(notMentionInPublicSignatures(
              resideInAPackage("dev.hirekit.internal..").as("a type of dev.hirekit.internal")))
          .because("dev.hirekit.internal is not exported by the module; a public signature that"
              + " mentions one of its types could not be used by a caller");

  // ---------------------------------------------------------------------------------------------
  // 4. No hidden system clock.

  @ArchTest
  static final ArchRule NO_SYSTEM_CLOCK =
      noClasses().that().resideInAPackage("dev.hirekit..")
          .should().callMethod(Instant.class, "now")
          .orShould().callMethod(LocalDate.class, "now")
          .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
          .orShould().callMethod(LocalDateTime.class, "now")
          .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
          .orShould().callMethod(ZonedDateTime.class, "now")
          .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
          .orShould().callMethod(OffsetDateTime.class, "now")
          .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
          .orShould().callMethod(Clock.class, "systemUTC")
          .orShould().callMethod(Clock.class, "systemDefaultZone")
          .orShould().callMethod(Clock.class, "system", ZoneId.class)
          .orShould().callMethod(System.class, "currentTimeMillis")
          .orShould().callMethod(System.class, "nanoTime")
          .because("the domain model is deterministic: every point in time comes from the caller"
              + " (as a value, or a Clock it passes in), so a history replays to the same state"
              + " and tests do not depend on the wall clock");

  // ---------------------------------------------------------------------------------------------
  // 5. Generated Immutable* classes stay out of public signatures.

  @ArchTest
  static final ArchRule GENERATED_CLASSES_ARE_NOT_IN_PUBLIC_SIGNATURES =
      classes().that().resideInAPackage("dev.hirekit..")
          .and(PUBLIC_API_CLASS)
          .should(notMentionInPublicSignatures(
              new DescribedPredicate<>("a generated Immutable* class") {
                @Override
                public boolean test(JavaClass type) {
                  return isGeneratedName(type);
                }
              }))
          .because("generated Immutable* classes are package-private implementation; users see"
              + " the abstract value type, its factories and its nested Builder (which may extend"
              + " the generated builder, but must not hand out the generated type)");

  // ---------------------------------------------------------------------------------------------
  // 6. Output only through SLF4J.

  @ArchTest
  static final ArchRule NO_CONSOLE_OUTPUT =
      noClasses().that().resideInAPackage("dev.hirekit..")
          .should().accessField(System.class, "out")
          .orShould().accessField(System.class, "err")
          .orShould().callMethodWhere(target(name("printStackTrace"))
              .and(target(owner(assignableTo(Throwable.class)))))
          .because("a library must not write to the console of its host application; it logs"
              + " through SLF4J, which the application routes");

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  private static boolean isGeneratedName(JavaClass type) {
    return type.getBaseComponentType().getSimpleName().startsWith("Immutable");
  }

  /**
   * The public and protected members a user can reach through a class: its own, and those it
   * inherits from superclasses and interfaces of dev.hirekit (e.g. the public methods of the
   * generated {@code ImmutableX.Builder} that the nested {@code X.Builder} extends). Constructors
   * are not inherited, so only the class's own count.
   *
   * <p>Synthetic and bridge methods are not excluded: javac emits no visibility bridges into the
   * {@code Builder}s (the generated {@code ImmutableX.Builder} is itself a public class, checked
   * with {@code javap}), so there is nothing generated-looking to skip, and a bridge would be
   * callable API anyway.
   */
  private static List<JavaMember> publicMembersOf(JavaClass type) {
    List<JavaMember> members = new ArrayList<>();
    for (JavaMember member : type.getAllMembers()) {
      JavaClass declaring = member.getOwner();
      boolean reachable = member.getModifiers().contains(JavaModifier.PUBLIC)
          || member.getModifiers().contains(JavaModifier.PROTECTED);
      boolean inherited = !declaring.equals(type);
      if (!reachable || (inherited && member instanceof JavaConstructor)
          || (inherited && !declaring.getPackageName().startsWith("dev.hirekit"))) {
        continue;
      }
      members.add(member);
    }
    return members;
  }

  /** The raw types a member's signature mentions: generic arguments included. */
  private static Set<JavaClass> signatureTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaField) {
      types.add(((JavaField) member).getType());
    } else {
      JavaCodeUnit code = (JavaCodeUnit) member;
      types.add(code.getReturnType());
      types.addAll(code.getParameterTypes());
      types.addAll(code.getThrowsClause().getTypes());
    }
    Set<JavaClass> raw = new LinkedHashSet<>();
    for (JavaType type : types) {
      for (JavaClass involved : type.getAllInvolvedRawTypes()) {
        raw.add(involved.getBaseComponentType());
      }
    }
    return raw;
  }

  static ArchCondition<JavaClass> notMentionInPublicSignatures(
      DescribedPredicate<JavaClass> forbidden) {
    return new ArchCondition<>("not mention " + forbidden.getDescription()
        + " in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaMember member : publicMembersOf(type)) {
          for (JavaClass mentioned : signatureTypes(member)) {
            if (forbidden.test(mentioned)) {
              String via = member.getOwner().equals(type) ? ""
                  : " (inherited by " + type.getName() + ")";
              events.add(SimpleConditionEvent.violated(member, member.getFullName() + via
                  + " mentions " + mentioned.getName()));
            }
          }
        }
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Each rule can fail.

  @Nested
  class RulesCanFail {

    private EvaluationResult evaluate(ArchRule rule, Class<?>... fixtures) {
      JavaClasses imported = new ClassFileImporter().importClasses(fixtures);
      return rule.evaluate(imported);
    }

    private Set<String> violations(ArchRule rule, Class<?>... fixtures) {
      return new TreeSet<>(evaluate(rule, fixtures).getFailureReport().getDetails());
    }

    @Test
    void engineRuleFailsOnAnEngineClassThatKnowsAHiringEntity() {
      assertThat(violations(THE_ENGINE_KNOWS_NO_ENTITY_NOR_WHO_ACTS,
          dev.hirekit.lifecycle.EntityFixtureInLifecycle.class))
          .anyMatch(v -> v.contains("dev.hirekit.team.MemberId"));
      assertThat(evaluate(THE_ENGINE_KNOWS_NO_ENTITY_NOR_WHO_ACTS,
          dev.hirekit.lifecycle.TransitionTable.class, dev.hirekit.lifecycle.Guard.class,
          dev.hirekit.lifecycle.Permission.class).hasViolation()).isFalse();
    }

    @Test
    void dependencyRuleFailsOnAThirdPartyClass() {
      assertThat(violations(CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_IMMUTABLES_ANNOTATIONS,
          ArchitectureFixtures.UsesAssertj.class))
          .anyMatch(v -> v.contains("org.assertj.core.api.Assertions"));
    }

    @Test
    void dependencyRuleFailsOnANonAnnotationImmutablesClass() {
      assertThat(violations(CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_IMMUTABLES_ANNOTATIONS,
          ArchitectureFixtures.UsesNonAnnotationImmutablesClass.class))
          .anyMatch(v -> v.contains("org.immutables.hirekitfixture.NotAnAnnotation"));
    }

    @Test
    void dependencyRuleAllowsValueAnnotationsAndTheirNestedEnums() {
      assertThat(evaluate(CORE_DEPENDS_ONLY_ON_JDK_SLF4J_AND_IMMUTABLES_ANNOTATIONS,
          ArchitectureFixtures.AllowedImmutablesUse.class,
          ArchitectureFixtures.AllowedOwnTypes.class).hasViolation()).isFalse();
    }

    @Test
    void cycleRuleFailsOnACycleBetweenPackages() {
      assertThat(violations(NO_PACKAGE_CYCLES,
          CycleFixtureInMoney.class, CycleFixtureInTeam.class))
          .anyMatch(v -> v.contains("Cycle detected"));
    }

    @Test
    void internalRuleFailsOnAPublicSignatureWithAnInternalType() {
      assertThat(violations(INTERNAL_TYPES_ARE_NOT_IN_PUBLIC_SIGNATURES,
          ArchitectureFixtures.class, ArchitectureFixtures.ExposesInternalType.class))
          .anyMatch(v -> v.contains("ExposesInternalType.require()")
              && v.contains("dev.hirekit.internal.Require"));
    }

    @Test
    void internalRuleAllowsInternalUseInsideBodies() {
      assertThat(evaluate(INTERNAL_TYPES_ARE_NOT_IN_PUBLIC_SIGNATURES,
          ArchitectureFixtures.class, ArchitectureFixtures.AllowedInternalUseInBody.class)
          .hasViolation()).isFalse();
    }

    @Test
    void clockRuleFailsOnInstantNow() {
      assertThat(violations(NO_SYSTEM_CLOCK, ArchitectureFixtures.ReadsSystemClock.class))
          .anyMatch(v -> v.contains("java.time.Instant.now()"));
    }

    @Test
    void clockRuleAllowsAGivenClock() {
      assertThat(evaluate(NO_SYSTEM_CLOCK, ArchitectureFixtures.AllowedGivenClock.class)
          .hasViolation()).isFalse();
    }

    @Test
    void generatedClassRuleFailsOnEachKindOfSignature() {
      Set<String> violations = violations(GENERATED_CLASSES_ARE_NOT_IN_PUBLIC_SIGNATURES,
          ArchitectureFixtures.class,
          ArchitectureFixtures.ExposesImmutableInReturnType.class,
          ArchitectureFixtures.ExposesImmutableInParameter.class,
          ArchitectureFixtures.ExposesImmutableInField.class,
          ArchitectureFixtures.ExposesImmutableInThrows.class,
          ArchitectureFixtures.LeakyValue.Builder.class);
      assertThat(violations)
          .anyMatch(v -> v.contains("ExposesImmutableInReturnType.thing()"))
          .anyMatch(v -> v.contains("ExposesImmutableInParameter.take(java.util.List)"))
          .anyMatch(v -> v.contains("ExposesImmutableInField.thing"))
          .anyMatch(v -> v.contains("ExposesImmutableInThrows.risky()"))
          .anyMatch(v -> v.contains("ImmutableLeakyValue$Builder.build()")
              && v.contains("inherited by " + ArchitectureFixtures.LeakyValue.Builder.class
                  .getName()));
    }

    @Test
    void generatedClassRuleAllowsABuilderExtendingTheGeneratedBuilder() {
      assertThat(evaluate(GENERATED_CLASSES_ARE_NOT_IN_PUBLIC_SIGNATURES,
          ArchitectureFixtures.class, ArchitectureFixtures.TidyValue.class,
          ArchitectureFixtures.TidyValue.Builder.class).hasViolation()).isFalse();
    }

    @Test
    void consoleRuleFailsOnSystemOutAndPrintStackTrace() {
      assertThat(violations(NO_CONSOLE_OUTPUT, ArchitectureFixtures.PrintsToStdout.class,
          ArchitectureFixtures.PrintsStackTrace.class))
          .anyMatch(v -> v.contains("java.lang.System.out"))
          .anyMatch(v -> v.contains("printStackTrace()"));
    }
  }
}
