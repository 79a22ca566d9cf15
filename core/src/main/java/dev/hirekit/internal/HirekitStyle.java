package dev.hirekit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Hirekit, applied in each domain package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users see the abstract type, its
 * {@code builder()}/{@code of()} factories, its nested {@code Builder} and the {@code with*} copies
 * declared by the generated {@code With*} interface. SOURCE retention: nothing of Immutables
 * reaches the compiled API.
 *
 * <p>A null argument or element and a required attribute left unset make the generated code throw
 * {@link MissingValueException}, an {@link dev.hirekit.InvalidValueException} naming the value type
 * and the field, instead of {@code NullPointerException} or {@code IllegalStateException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    redactedMask = "<redacted>",
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = MissingValueException.class,
    defaults = @Value.Immutable(copy = true))
public @interface HirekitStyle {}
