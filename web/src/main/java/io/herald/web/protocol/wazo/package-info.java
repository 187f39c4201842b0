/**
 * The Wazo websocketd transport: the {@code op} frames, their codec and the per-connection
 * state machine for protocol versions 1 and 2; the one endpoint, deployed at {@code /} and
 * {@code /api/websocketd/} and served only on the TLS listener, with each connection's expiry timer
 * and its entry in the live-token index that revocation uses.
 */
package io.herald.web.protocol.wazo;
