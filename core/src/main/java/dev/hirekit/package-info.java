/**
 * Types shared by every part of Hirekit: the exceptions thrown for invalid values.
 *
 * <pre>{@code
 * catch (InvalidValueException e) { log.warn("rejected {}.{}", e.type(), e.field()); }
 * }</pre>
 */
package dev.hirekit;
