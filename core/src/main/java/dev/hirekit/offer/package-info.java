/** Placeholder. */
@HirekitStyle
package dev.hirekit.offer;

import dev.hirekit.internal.HirekitStyle;
