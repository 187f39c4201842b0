/**
 * Herald's JPA entities, one sub-package per protocol; this package holds the event store's rows
 * shared by the protocols that keep history.
 */
package io.herald.persistence;
