/**
 * What clients send, before any protocol reads it: messages joined from the parts the WebSocket
 * container hands over, never larger than the protocol's limit, and text only when it is UTF-8
 * (the container fails the connection with 1007 otherwise, see {@link io.herald.web.delivery.SocketErrors}).
 */
package io.herald.web.inbound;
