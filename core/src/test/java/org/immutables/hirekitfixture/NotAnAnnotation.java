package org.immutables.hirekitfixture;

/**
 * Test-only stand-in for a non-annotation class of Immutables (the real value-annotations jar
 * holds none outside {@code Value}): {@code ArchitectureTest} proves that depending on it breaks
 * the core dependency rule. Lives in the {@code org.immutables} namespace only for that purpose.
 */
public final class NotAnAnnotation {
  private NotAnAnnotation() {}

  /** Something to call. */
  public static void touch() {}
}
