/** Placeholder. */
@HirekitStyle
package dev.hirekit.candidate;

import dev.hirekit.internal.HirekitStyle;
