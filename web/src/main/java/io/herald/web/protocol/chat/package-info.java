/**
 * The Haraj chat WebSocket ({@code /chat/ws}): its frames, their codec, and the state of one
 * connection; the rules behind it live in {@code io.herald.protocol.chat}.
 */
package io.herald.web.protocol.chat;
