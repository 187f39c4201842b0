/**
 * The operator's REST API under {@code /admin}: identities and directories per protocol, the event
 * store, connections and pushes, metrics. {@code web.xml} admits only HTTP Basic users with the
 * {@code herald-admin} role under {@code /admin}.
 */
package io.herald.web.admin;
