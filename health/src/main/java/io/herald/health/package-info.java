/**
 * Herald's checks on WildFly's {@code /health}: liveness goes DOWN when a protocol's consumer is
 * stuck or the heap has no headroom left, readiness when the database does not answer. They sit in
 * a library of the EAR because WildFly looks for an EAR's MicroProfile Health checks only there, not
 * in its EJB or web modules.
 */
package io.herald.health;
