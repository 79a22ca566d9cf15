/** Placeholder. */
@HirekitStyle
package dev.hirekit.plan;

import dev.hirekit.internal.HirekitStyle;
