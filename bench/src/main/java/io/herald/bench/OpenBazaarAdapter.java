package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * OpenBazaar on {@code /ws}: a topic is a node, joined by authenticating as the node (HTTP Basic,
 * username = node id); client frames are ignored by Herald, so there is nothing to subscribe and
 * no heartbeat beyond WebSocket pings, which the client codec answers.
 */
public final class OpenBazaarAdapter implements ProtocolAdapter {

    /** The password every benchmark node is created with (see {@link HeraldAdmin#createOpenBazaarNode}). */
    public static final String NODE_PASSWORD = "bench-password";

    @Override
    public String path() {
        return "/ws";
    }

    @Override
    public Map<String, String> handshakeHeaders(String node) {
        String credentials = node + ":" + NODE_PASSWORD;
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public List<String> subscribeFrames(String node) {
        return List.of();
    }

    @Override
    public String heartbeatFrame() {
        return null;
    }

    @Override
    public long heartbeatMillis() {
        return 0;
    }

    @Override
    public long sentMicros(ByteBuffer payload) {
        return BenchEvent.findSentMicros(payload);
    }
}
