package io.herald.protocol.chat;

/** Who an authenticated chat connection belongs to. */
public record ChatPrincipal(long userId) {
}
