/**
 * Wazo websocketd's server-side rules: token authentication, ACL patterns, the per-event
 * authorization policy and the mapping of producer messages to publications.
 */
package io.herald.protocol.wazo;
