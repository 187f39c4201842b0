package io.herald.core;

/**
 * The delivery side of one client connection, as the core sees it. Implemented in the web module
 * around a WebSocket session; the core never blocks on it.
 *
 * @param <P> the protocol's principal type
 * @param <E> the protocol's event type
 */
public interface Subscriber<P, E> {

    Lane<P, E> lane();

    /** Who is connected, as the protocol's {@link TopicPolicy} understands it; null before a client authenticated. */
    P principal();

    /**
     * Hands a publication over for sending on {@code topic}. Must return at once: implementations
     * queue the frame and send it asynchronously.
     */
    void deliver(String topic, Publication<E> publication);
}
