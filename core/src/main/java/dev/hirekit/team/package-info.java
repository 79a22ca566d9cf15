/** Placeholder. */
@HirekitStyle
package dev.hirekit.team;

import dev.hirekit.internal.HirekitStyle;
