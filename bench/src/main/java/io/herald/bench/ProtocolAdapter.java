package io.herald.bench;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the load client needs to know about one of Herald's wire protocols. One connection
 * of the benchmark is one client of one topic; the adapter turns that into the protocol's
 * handshake, subscribe frames and heartbeat, and finds the publisher's send time in a frame.
 */
public interface ProtocolAdapter {

    /** A short name for reports, e.g. {@code openbazaar}. */
    String name();

    /** Creates on the server whatever clients of these topics need (nodes, apps, users); run before connecting. */
    void prepare(HeraldAdmin admin, Collection<String> topics) throws Exception;

    /** The producer message carrying benchmark event {@code seq} for {@code topic}, with its send time. */
    JmsEvent event(String topic, long seq, long sentMicros);

    /** The port clients connect to, given the server's HTTP port; Wazo has a TLS listener of its own. */
    default int port(int httpPort) {
        return httpPort;
    }

    /** Whether clients speak TLS (wss). */
    default boolean tls() {
        return false;
    }

    /** The request path of the WebSocket upgrade, e.g. {@code /ws}. */
    String path();

    /** Extra handshake headers (authentication) for a client of {@code topic}. */
    Map<String, String> handshakeHeaders(String topic);

    /** Text frames the client sends right after the upgrade to join {@code topic}; empty when joining is implicit. */
    List<String> subscribeFrames(String topic);

    /**
     * Whether {@code frame} is the server's confirmation of the join; a client counts as connected
     * only once it arrived (events published before it would be missed). Not asked when
     * {@link #subscribeFrames} is empty.
     */
    boolean confirmsJoin(ByteBuffer frame);

    /** A text frame the client sends every {@link #heartbeatMillis()} to stay connected, or null for none. */
    default String heartbeatFrame() {
        return null;
    }

    default long heartbeatMillis() {
        return 0;
    }

    /**
     * The send time (epoch microseconds) the publisher embedded in a received text frame, or -1
     * when the frame is not a benchmark event (a reply, a heartbeat). {@code payload} is positioned
     * on the frame's bytes and must be left unchanged.
     */
    default long sentMicros(ByteBuffer payload) {
        return BenchEvent.findSentMicros(payload);
    }
}
