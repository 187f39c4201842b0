package io.herald.protocol.chat;

/**
 * Port to the chat directory: which users have a p2p connection (a conversation) with each other.
 * Implementations may fail with a runtime exception; callers turn that into a server error.
 */
public interface ChatPeers {

    /** Whether {@code userId} and {@code peerId} share a p2p connection; symmetric. */
    boolean connected(long userId, long peerId);
}
