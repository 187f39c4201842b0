package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Wazo websocketd (protocol version 1) on the TLS listener: a topic is a user of one benchmark
 * tenant. Each client presents its own token, whose ACL grants {@code events.bench.me}; every
 * event requires {@code events.bench.<user>}, so each delivery passes Herald's scope and ACL checks.
 */
public final class WazoAdapter implements ProtocolAdapter {

    static final String TENANT = "bench-tenant";
    static final String EVENT_NAME = "bench_event";
    private static final byte[] STARTED = "\"op\": \"start\"".getBytes(StandardCharsets.US_ASCII);

    private final int wssPort;
    // Token ids must be new on every run: the admin API creates an id once.
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** @param wssPort the herald-wss listener's port (9502 plus the server's port offset) */
    public WazoAdapter(int wssPort) {
        this.wssPort = wssPort;
    }

    @Override
    public String name() {
        return "wazo";
    }

    @Override
    public void prepare(HeraldAdmin admin, Collection<String> users) throws Exception {
        for (String user : users) {
            admin.post("/admin/wazo/tokens", "{\"id\":\"" + token(user) + "\",\"userUuid\":\"" + user + "\",\"tenantUuid\":\""
                    + TENANT + "\",\"acl\":[\"websocketd\",\"events.bench.me\"],\"expiresIn\":86400,\"admin\":false}");
        }
    }

    String token(String user) {
        return "bench-" + run + "-" + user;
    }

    @Override
    public JmsEvent event(String user, long seq, long sentMicros) {
        String body = "{\"name\":\"" + EVENT_NAME + "\",\"required_acl\":\"events.bench." + user + "\",\"data\":{\"bench\":"
                + seq + "," + BenchEvent.SENT_KEY + sentMicros + "}}";
        return new JmsEvent("herald.wazo", body, Map.of("tenant_uuid", TENANT, "user_uuid", user));
    }

    @Override
    public int port(int httpPort) {
        return wssPort;
    }

    @Override
    public boolean tls() {
        return true;
    }

    @Override
    public String path() {
        return "/";
    }

    @Override
    public Map<String, String> handshakeHeaders(String user) {
        return Map.of("X-Auth-Token", token(user));
    }

    @Override
    public List<String> subscribeFrames(String user) {
        return List.of("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"" + EVENT_NAME + "\"}}", "{\"op\":\"start\"}");
    }

    /** The reply to {@code start}: events flow from then on. */
    @Override
    public boolean confirmsJoin(ByteBuffer frame) {
        return BenchEvent.contains(frame, STARTED);
    }
}
