/**
 * The lifecycle engine: transition tables held as data, generic over the states, the actions,
 * the subject and who acts, with their guards, the {@link dev.hirekit.lifecycle.Permission} asked
 * before the guards, and the exception for an illegal transition. It knows no entity: each kind
 * of entity (application, offer, role) brings its own table, and the hiring actor and its
 * policies live in {@code dev.hirekit.actor}.
 *
 * <pre>{@code
 * Set<ApplicationAction> now = Application.LIFECYCLE.allowedActions(app.status(), actor, app);
 * String mermaid = Application.LIFECYCLE.toMermaid();
 * }</pre>
 */
package dev.hirekit.lifecycle;
