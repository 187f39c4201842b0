package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * OpenBazaar on {@code /ws}: a topic is a node, joined by authenticating as the node (HTTP Basic,
 * username = node id); client frames are ignored by Herald, so there is nothing to subscribe and
 * no heartbeat beyond WebSocket pings, which the client codec answers.
 */
public final class OpenBazaarAdapter implements ProtocolAdapter {

    /** The password every benchmark node is created with (see {@link #prepare}). */
    public static final String NODE_PASSWORD = "bench-password";

    @Override
    public String name() {
        return "openbazaar";
    }

    @Override
    public void prepare(HeraldAdmin admin, Collection<String> nodes) throws Exception {
        for (String node : nodes) {
            admin.put("/admin/openbazaar/nodes/" + node,
                    "{\"enabled\":true,\"username\":\"" + node + "\",\"password\":\"" + NODE_PASSWORD + "\"}");
        }
    }

    /** A {@code status} message, which Herald relays to the node's clients without storing it. */
    @Override
    public JmsEvent event(String node, long seq, long sentMicros) {
        return new JmsEvent("herald.openbazaar", BenchEvent.openBazaarStatus(seq, sentMicros), Map.of("node", node));
    }

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
    public boolean confirmsJoin(ByteBuffer frame) {
        return true;
    }


}
