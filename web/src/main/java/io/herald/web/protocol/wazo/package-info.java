/**
 * The Wazo websocketd transport: the {@code op} frames, their codec and the per-connection
 * state machine for protocol versions 1 and 2.
 */
package io.herald.web.protocol.wazo;
