/**
 * Wazo websocketd's server-side rules: token authentication against Herald's JPA token table
 * (and optionally an external wazo-auth service), ACL patterns, the per-event authorization
 * policy, the mapping of producer messages to publications, the queue's consumer, and the index
 * of tokens in use so that revoking one closes its connections.
 */
package io.herald.protocol.wazo;
