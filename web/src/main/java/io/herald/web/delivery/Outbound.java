package io.herald.web.delivery;

/**
 * Where a protocol connection writes: text frames and a close. The server implementation is an
 * {@link OutboundQueue} around a WebSocket session; tests use a recording fake.
 */
public interface Outbound {

    /** Queues a text frame; never blocks. */
    void send(String frame);

    /** Closes the connection with a WebSocket close code, after the frames already queued. */
    void close(int code, String reason);
}
