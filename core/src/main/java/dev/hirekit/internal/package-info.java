/** Implementation detail of Hirekit core; not exported by the module. */
package dev.hirekit.internal;
