/**
 * What clients send, before any protocol reads it: messages joined from the parts the WebSocket
 * container hands over, never larger than the protocol's limit.
 */
package io.herald.web.inbound;
