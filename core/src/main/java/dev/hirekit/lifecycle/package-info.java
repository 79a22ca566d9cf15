/**
 * The lifecycle engine: transition tables held as data, actors and policies, and the exception
 * for an illegal transition. Each kind of entity (application, offer, role) has one table.
 *
 * <pre>{@code
 * Set<ApplicationAction> now = Application.LIFECYCLE.allowedActions(app.status(), actor, app);
 * String mermaid = Application.LIFECYCLE.toMermaid();
 * }</pre>
 */
package dev.hirekit.lifecycle;
