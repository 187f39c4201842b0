package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Loom (ActionCable) on {@code /websocket}: a topic is an organization. Each client carries an
 * HS256 bearer token for its organization and the benchmark app, subscribes to the one benchmark
 * event name, and receives Herald's 3-second pings. Every event is stored in its organization's
 * stream before it is delivered, so this adapter also measures ingest with the event store on.
 */
public final class LoomAdapter implements ProtocolAdapter {

    static final String APP = "bench-app";
    static final String EVENT_NAME = "bench.event";
    private static final String IDENTIFIER = "{\"channel\":\"EventChannel\",\"events\":\"" + EVENT_NAME + "\"}";

    private static final byte[] CONFIRM = "\"confirm_subscription\"".getBytes(StandardCharsets.US_ASCII);

    private final byte[] secret;
    // Event ids must be new on every run: Herald stores an id once per organization.
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    public LoomAdapter(String hs256Secret) {
        this.secret = hs256Secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "loom";
    }

    @Override
    public void prepare(HeraldAdmin admin, Collection<String> organizations) throws Exception {
        admin.put("/admin/loom/apps/" + APP, "{\"events\":[\"" + EVENT_NAME + "\"]}");
    }

    @Override
    public JmsEvent event(String organization, long seq, long sentMicros) {
        String id = "bench-" + run + "-" + seq;
        String body = "{\"organization\":\"" + organization + "\",\"id\":\"" + id + "\",\"name\":\"" + EVENT_NAME
                + "\",\"timestamp\":\"" + Instant.now() + "\",\"version\":\"1.0\",\"payload\":{\"bench\":" + seq + ","
                + BenchEvent.SENT_KEY + sentMicros + "}}";
        return new JmsEvent("herald.loom", body, Map.of());
    }

    @Override
    public String path() {
        return "/websocket";
    }

    @Override
    public Map<String, String> handshakeHeaders(String organization) {
        return Map.of("Authorization", "Bearer " + token(organization, Instant.now().plusSeconds(24 * 3600)),
                "Sec-WebSocket-Protocol", "actioncable-v1-json");
    }

    @Override
    public List<String> subscribeFrames(String organization) {
        return List.of("{\"command\":\"subscribe\",\"identifier\":" + quoted(IDENTIFIER) + "}");
    }

    @Override
    public boolean confirmsJoin(ByteBuffer frame) {
        return BenchEvent.contains(frame, CONFIRM);
    }



    String token(String organization, Instant expires) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"sub\":\"Organization/" + organization + "\",\"aud\":\"" + APP
                + "\",\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + url.encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
