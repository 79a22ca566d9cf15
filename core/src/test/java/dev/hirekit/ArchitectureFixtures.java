package dev.hirekit;

import dev.hirekit.internal.Require;
import dev.hirekit.money.Money;
import java.time.Clock;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.immutables.hirekitfixture.NotAnAnnotation;
import org.immutables.value.Value;

/**
 * Test-only classes that break (or, for the {@code Allowed*} ones, keep) one rule of {@link
 * ArchitectureTest} each; the test imports them explicitly to prove every rule can fail. They are
 * never part of the analysed main code ({@code ImportOption.DoNotIncludeTests}).
 */
public final class ArchitectureFixtures {
  private ArchitectureFixtures() {}

  /** Depends on a third-party class outside JDK, SLF4J and Immutables annotations. */
  public static final class UsesAssertj {
    /** Calls AssertJ. */
    public static void check() {
      Assertions.assertThat(1).isPositive();
    }
  }

  /** Depends on a class of org.immutables that is not an annotation. */
  public static final class UsesNonAnnotationImmutablesClass {
    /** Calls it. */
    public static void check() {
      NotAnAnnotation.touch();
    }
  }

  /** Uses Immutables the way core does: {@code @Value.*} annotations and a nested enum of Value. */
  @Value.Immutable
  @Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE)
  public abstract static class AllowedImmutablesUse {
    /** An attribute. */
    @Value.Parameter
    public abstract int value();
  }

  /** Reads the system clock. */
  public static final class ReadsSystemClock {
    /** The hidden clock. */
    public static Instant stamp() {
      return Instant.now();
    }
  }

  /** Takes the time from a given clock: allowed. */
  public static final class AllowedGivenClock {
    /** The given clock. */
    public static Instant stamp(Clock clock) {
      return Instant.now(clock);
    }
  }

  /** Prints to standard out. */
  public static final class PrintsToStdout {
    /** Prints. */
    public static void shout() {
      System.out.println("hello");
    }
  }

  /** Prints a stack trace (the call's static owner is a subclass of Throwable). */
  public static final class PrintsStackTrace {
    /** Prints. */
    public static void fail() {
      new IllegalStateException("x").printStackTrace();
    }
  }

  /** Stands for a generated implementation class. */
  static final class ImmutableThing {}

  /** Public API returning a generated class. */
  public static final class ExposesImmutableInReturnType {
    /** Leaks. */
    public ImmutableThing thing() {
      return new ImmutableThing();
    }
  }

  /** Public API taking a generated class as a parameter (inside a generic type). */
  public static final class ExposesImmutableInParameter {
    /** Leaks. */
    public void take(java.util.List<ImmutableThing> things) {}
  }

  /** Public API with a generated class as field type. */
  public static final class ExposesImmutableInField {
    /** Leaks. */
    public ImmutableThing thing;
  }

  /** A generated exception class. */
  static final class ImmutableTrouble extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Public API declaring a generated exception. */
  public static final class ExposesImmutableInThrows {
    /** Leaks. */
    public void risky() throws ImmutableTrouble {}
  }

  /** Stands for a generated class whose builder leaks itself. */
  static final class ImmutableLeakyValue {
    /** Generated builder, public nested class of a package-private class. */
    public static class Builder {
      /** Returns the generated type: leaks through the public subclass below. */
      public ImmutableLeakyValue build() {
        return new ImmutableLeakyValue();
      }
    }
  }

  /** The documented Immutables pattern, but with a leaking generated builder. */
  public abstract static class LeakyValue {
    /** Inherits {@code build()} returning the generated type. */
    public static final class Builder extends ImmutableLeakyValue.Builder {}
  }

  /** Stands for a generated class whose builder does not leak. */
  static final class ImmutableTidyValue extends TidyValue {
    /** Generated builder. */
    public static class Builder {
      /** Returns the abstract type. */
      public TidyValue build() {
        return new ImmutableTidyValue();
      }
    }
  }

  /** The documented Immutables pattern: a public Builder extending the generated one. Allowed. */
  public abstract static class TidyValue {
    /** Extends the generated builder; only the superclass is generated. */
    public static final class Builder extends ImmutableTidyValue.Builder {}
  }

  /** Public API mentioning an internal type. */
  public static final class ExposesInternalType {
    /** Leaks. */
    public Require require() {
      return null;
    }
  }

  /** Uses an internal type inside a method body only: allowed. */
  public static final class AllowedInternalUseInBody {
    /** Uses internal code privately. */
    public static String name(String value) {
      return Require.nonBlank("Fixture", "name", value);
    }
  }

  /** Uses a dev.hirekit type: allowed. */
  public static final class AllowedOwnTypes {
    /** Own type. */
    public static Money zero() {
      return Money.of("0", "USD");
    }
  }
}
