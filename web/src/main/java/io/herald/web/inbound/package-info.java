/**
 * What clients send, before any protocol reads it: what they present at the upgrade, handed from a
 * protocol's handshake filter to its endpoint as a {@link io.herald.web.inbound.Handshake}; messages
 * joined from the parts the WebSocket container hands over, never larger than the protocol's limit,
 * and text only when it is UTF-8 (the container fails the connection with 1007 otherwise, see
 * {@link io.herald.web.delivery.SocketErrors}).
 */
package io.herald.web.inbound;
