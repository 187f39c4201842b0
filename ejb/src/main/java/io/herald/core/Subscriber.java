package io.herald.core;

/**
 * The delivery side of one client connection, as the core sees it. Implemented in the web module
 * around a WebSocket session; the core never blocks on it.
 */
public interface Subscriber {

    Protocol protocol();

    /** Who is connected, as the protocol's {@link TopicPolicy} understands it. */
    Object principal();

    /**
     * Hands a publication over for sending on {@code topic}. Must return at once: implementations
     * queue the frame and send it asynchronously.
     */
    void deliver(String topic, Publication publication);
}
