package io.herald.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * eWallet (Phoenix channels) on {@code /api/socket}: a topic is a user, joined as the channel
 * {@code user:<id>} by a provider key, which may join any channel whose resource exists. Clients
 * send Phoenix heartbeats every 30 s, as the eWallet SDKs do, to stay within the idle timeout.
 */
public final class EwalletAdapter implements ProtocolAdapter {

    private static final byte[] JOIN_REF = "\"ref\":\"1\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUCCESS = "\"success\":true".getBytes(StandardCharsets.US_ASCII);

    static final String ACCESS_KEY = "bench-provider";
    static final String SECRET_KEY = "bench-provider-secret";

    @Override
    public String name() {
        return "ewallet";
    }

    @Override
    public void prepare(HeraldAdmin admin, Collection<String> users) throws Exception {
        admin.put("/admin/ewallet/provider-keys/" + ACCESS_KEY, "{\"secretKey\":\"" + SECRET_KEY + "\",\"enabled\":true}");
        for (String user : users) {
            admin.put("/admin/ewallet/users/" + user, "{\"providerUserId\":\"" + user + "\",\"addresses\":[]}");
        }
    }

    @Override
    public JmsEvent event(String user, long seq, long sentMicros) {
        String body = "{\"event\":\"bench_event\",\"topics\":[\"user:" + user + "\"],\"success\":true,\"data\":{\"bench\":"
                + seq + "," + BenchEvent.SENT_KEY + sentMicros + "},\"error\":null}";
        return new JmsEvent("herald.ewallet", body, Map.of());
    }

    @Override
    public String path() {
        return "/api/socket";
    }

    @Override
    public Map<String, String> handshakeHeaders(String user) {
        String credentials = ACCESS_KEY + ":" + SECRET_KEY;
        return Map.of("Accept", "application/vnd.omisego.v1+json",
                "Authorization", "OMGProvider " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public List<String> subscribeFrames(String user) {
        return List.of("{\"topic\":\"user:" + user + "\",\"event\":\"phx_join\",\"ref\":\"1\",\"data\":{}}");
    }

    /** The join's reply: {@code phx_reply} to ref "1", successful. */
    @Override
    public boolean confirmsJoin(ByteBuffer frame) {
        return BenchEvent.contains(frame, JOIN_REF) && BenchEvent.contains(frame, SUCCESS);
    }

    @Override
    public String heartbeatFrame() {
        return "{\"topic\":\"phoenix\",\"event\":\"heartbeat\",\"ref\":\"hb\",\"data\":{}}";
    }

    @Override
    public long heartbeatMillis() {
        return 30_000;
    }

}
