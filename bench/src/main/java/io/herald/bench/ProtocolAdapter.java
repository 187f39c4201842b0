package io.herald.bench;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * What the load client needs to know about one of Herald's wire protocols. One connection
 * of the benchmark is one client of one topic; the adapter turns that into the protocol's
 * handshake, subscribe frames and heartbeat, and finds the publisher's send time in a frame.
 */
public interface ProtocolAdapter {

    /** The request path of the WebSocket upgrade, e.g. {@code /ws}. */
    String path();

    /** Extra handshake headers (authentication) for a client of {@code topic}. */
    Map<String, String> handshakeHeaders(String topic);

    /** Text frames the client sends right after the upgrade to join {@code topic}; empty when joining is implicit. */
    List<String> subscribeFrames(String topic);

    /** A text frame the client sends every {@link #heartbeatMillis()} to stay connected, or null for none. */
    String heartbeatFrame();

    long heartbeatMillis();

    /**
     * The send time (epoch microseconds) the publisher embedded in a received text frame, or -1
     * when the frame is not a benchmark event (a reply, a heartbeat). {@code payload} is positioned
     * on the frame's bytes and must be left unchanged.
     */
    long sentMicros(ByteBuffer payload);
}
