package io.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ProtocolAdaptersTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";

    private static ByteBuffer frame(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyProtocolsEventCarriesTheSendTimeWhereTheClientLooksForIt() {
        for (ProtocolAdapter protocol : new ProtocolAdapter[] {new OpenBazaarAdapter(), new EwalletAdapter(), new LoomAdapter(SECRET), new WazoAdapter(9802)}) {
            JmsEvent event = protocol.event("topic-1", 3, 1_795_000_000_000_001L);
            assertEquals(1_795_000_000_000_001L, protocol.sentMicros(frame(event.body())), protocol.name());
            assertTrue(event.queue().startsWith("herald."), protocol.name());
        }
    }

    @Test
    void loomEventIdsDifferBetweenRunsBecauseHeraldStoresAnIdOnce() {
        String first = new LoomAdapter(SECRET).event("org", 1, 5).body();
        String second = new LoomAdapter(SECRET).event("org", 1, 5).body();
        assertFalse(first.equals(second), first);
        assertTrue(first.contains("\"organization\":\"org\""), first);
    }

    @Test
    void loomTokensAreHs256OverTheOrganizationAndTheBenchmarkApp() throws Exception {
        String token = new LoomAdapter(SECRET).token("org-7", Instant.ofEpochSecond(2_000_000_000L));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, parts[2]);
        assertEquals("{\"sub\":\"Organization/org-7\",\"aud\":\"bench-app\",\"exp\":2000000000}",
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    @Test
    void aJoinCountsOnlyOnceTheServerConfirmedIt() {
        LoomAdapter loom = new LoomAdapter(SECRET);
        assertFalse(loom.confirmsJoin(frame("{\"type\":\"welcome\"}")));
        assertTrue(loom.confirmsJoin(frame("{\"identifier\":\"{\\\"channel\\\":\\\"EventChannel\\\"}\",\"type\":\"confirm_subscription\"}")));
        assertFalse(loom.confirmsJoin(frame("{\"identifier\":\"x\",\"type\":\"reject_subscription\"}")));

        WazoAdapter wazo = new WazoAdapter(9802);
        assertFalse(wazo.confirmsJoin(frame("{\"op\": \"subscribe\", \"code\": 0, \"msg\": \"\"}")));
        assertTrue(wazo.confirmsJoin(frame("{\"op\": \"start\", \"code\": 0, \"msg\": \"\"}")));

        EwalletAdapter ewallet = new EwalletAdapter();
        assertTrue(ewallet.confirmsJoin(frame("{\"success\":true,\"version\":\"1\",\"data\":{},\"error\":null,"
                + "\"topic\":\"user:u1\",\"event\":\"phx_reply\",\"ref\":\"1\"}")));
        assertFalse(ewallet.confirmsJoin(frame("{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":{},"
                + "\"topic\":\"user:u1\",\"event\":\"phx_reply\",\"ref\":\"1\"}")));
    }

    @Test
    void wazoEventsRequireTheUsersOwnAclAndNameItsTenantAndUser() {
        WazoAdapter wazo = new WazoAdapter(9802);
        JmsEvent event = wazo.event("u-7", 1, 5);
        assertTrue(event.body().contains("\"required_acl\":\"events.bench.u-7\""), event.body());
        assertEquals(WazoAdapter.TENANT, event.properties().get("tenant_uuid"));
        assertEquals("u-7", event.properties().get("user_uuid"));
        assertEquals(wazo.token("u-7"), wazo.handshakeHeaders("u-7").get("X-Auth-Token"));
        assertEquals(9802, wazo.port(8380));
        assertTrue(wazo.tls());
    }
}
