/** Placeholder. */
@HirekitStyle
package dev.hirekit.role;

import dev.hirekit.internal.HirekitStyle;
