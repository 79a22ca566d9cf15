/** Placeholder. */
@HirekitStyle
package dev.hirekit.application;

import dev.hirekit.internal.HirekitStyle;
