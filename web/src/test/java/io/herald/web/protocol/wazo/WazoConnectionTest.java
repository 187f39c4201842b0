package io.herald.web.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Router;
import io.herald.ingest.MalformedEventException;
import io.herald.protocol.wazo.WazoAuthenticator;
import io.herald.protocol.wazo.WazoEventMapper;
import io.herald.protocol.wazo.WazoPolicy;
import io.herald.protocol.wazo.WazoToken;
import io.herald.protocol.wazo.WazoTopics;
import io.herald.web.testing.Background;
import io.herald.web.testing.Gate;
import io.herald.testing.MutableClock;
import io.herald.web.testing.RecordingOutbound;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WazoConnectionTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));
    private static final String TENANT = "tenant-1";
    private static final String INIT_V1 = "{\"op\": \"init\", \"code\": 0, \"msg\": \"\"}";
    private static final String SUBSCRIBED_V1 = "{\"op\": \"subscribe\", \"code\": 0, \"msg\": \"\"}";
    private static final String STARTED_V1 = "{\"op\": \"start\", \"code\": 0, \"msg\": \"\"}";
    private static final String INIT_V2 = "{\"op\": \"init\", \"code\": 0, \"data\": {\"version\": 2}}";
    private static final String CALL = "{\"name\": \"call_created\", \"required_acl\": \"events.calls.alice\", \"data\": {}}";

    private final MutableClock clock = new MutableClock(NOW);
    private final Map<String, WazoToken> tokens = new HashMap<>();
    private final Router router = new Router(List.of(new WazoPolicy()), new HeraldMetrics());
    /** Tokens whose lookup waits at a gate, as it would for a slow or remote token store. */
    private final Map<String, Gate> slowLookups = new ConcurrentHashMap<>();
    private final WazoAuthenticator authenticator = new WazoAuthenticator(id -> {
        Gate gate = slowLookups.get(id);
        if (gate != null) {
            gate.pass();
        }
        return Optional.ofNullable(tokens.get(id));
    }, clock);
    private final WazoEventMapper mapper = new WazoEventMapper();

    WazoConnectionTest() {
        token("alice-token", "alice", EXPIRY, "websocketd", "events.calls.me");
        token("bob-token", "bob", EXPIRY, "websocketd", "events.calls.me");
        token("no-acl", "carol", EXPIRY, "events.#");
        token("expired", "dave", NOW, "websocketd");
    }

    // --- opening

    @Test
    void version1SaysInitOnConnect() {
        RecordingOutbound out = new RecordingOutbound();
        connection(out).opened("alice-token", null);
        assertEquals(List.of(INIT_V1), out.frames);
        assertNull(out.closeCode());
    }

    @Test
    void version2SaysInitWithItsVersion() {
        RecordingOutbound out = new RecordingOutbound();
        connection(out).opened("alice-token", "2");
        assertEquals(List.of(INIT_V2), out.frames);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "v2", "0"})
    void anyOtherVersionIsAProtocolError(String version) {
        assertClosedOnOpen("alice-token", version, 4004);
    }

    @Test
    void noTokenIs4001() {
        assertClosedOnOpen(null, null, 4001);
        assertClosedOnOpen(" ", null, 4001);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "no-acl", "expired"})
    void aTokenThatDoesNotAuthenticateIs4002(String token) {
        assertClosedOnOpen(token, null, 4002);
    }

    // --- version 1

    @Test
    void version1AnswersSubscribeAndStartThenSendsBodiesByteForByte() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", null);
        alice.onText("{\"op\": \"subscribe\", \"data\": {\"event_name\": \"call_created\"}}");
        alice.onText("{\"op\": \"start\"}");
        publish(CALL, "alice");

        assertEquals(List.of(INIT_V1, SUBSCRIBED_V1, STARTED_V1, CALL), out.frames);
    }

    @Test
    void version1IsSilentAfterStartButStillSubscribes() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", null);
        alice.onText("{\"op\":\"start\"}");
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"call_created\"}}");
        alice.onText("{\"op\":\"start\"}");
        publish(CALL, "alice");

        assertEquals(List.of(INIT_V1, STARTED_V1, CALL), out.frames);
    }

    @Test
    void eventsBeforeStartAreDroppedNotBuffered() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", null);
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"*\"}}");
        publish(CALL, "alice");
        alice.onText("{\"op\":\"start\"}");

        assertEquals(List.of(INIT_V1, SUBSCRIBED_V1, STARTED_V1), out.frames);
    }

    @Test
    void anEventMatchingTwoSubscriptionsArrivesOnce() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = started(out, "alice-token", null, "call_created", "*");
        publish(CALL, "alice");

        assertEquals(List.of(CALL), out.frames.subList(4, out.frames.size()));
        assertTrue(router.isSubscribed(alice, WazoTopics.ALL));
    }

    @Test
    void onlyEventsTheTokenMayReadArrive() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        started(out, "alice-token", null, "*");
        int before = out.frames.size();
        publish("{\"name\":\"call_created\",\"required_acl\":\"events.calls.bob\"}", "*");
        publish("{\"name\":\"call_created\"}", "*");
        publish("{\"name\":\"call_created\",\"required_acl\":null}", "bob");
        publishTo("other-tenant", "{\"name\":\"call_created\",\"required_acl\":null}", "*");
        publish("{\"name\":\"user_status\",\"required_acl\":null}", "*");

        assertEquals(List.of("{\"name\":\"user_status\",\"required_acl\":null}"),
                out.frames.subList(before, out.frames.size()));
    }

    @Test
    void eachFormatIsRenderedOnceAndSharedBySubscribers() throws Exception {
        RecordingOutbound v1a = new RecordingOutbound();
        RecordingOutbound v1b = new RecordingOutbound();
        RecordingOutbound v2a = new RecordingOutbound();
        RecordingOutbound v2b = new RecordingOutbound();
        token("alice-2", "alice", EXPIRY, "websocketd", "events.calls.me");
        token("alice-3", "alice", EXPIRY, "websocketd", "events.calls.me");
        token("alice-4", "alice", EXPIRY, "websocketd", "events.calls.me");
        started(v1a, "alice-token", null, "*");
        started(v1b, "alice-2", null, "call_created");
        started(v2a, "alice-3", "2", "*");
        started(v2b, "alice-4", "2", "call_created");
        publish(CALL, "alice");

        String v1 = last(v1a);
        assertSame(v1, last(v1b));
        assertSame(last(v2a), last(v2b));
        assertEquals(CALL, v1);
        assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + CALL + "}", last(v2a));
    }

    // --- version 2

    @Test
    void version2AnswersEveryCommandAndWrapsEvents() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", "2");
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"call_created\"}}");
        alice.onText("{\"op\":\"start\"}");
        publish(CALL, "alice");
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"other\"}}");
        alice.onText("{\"op\":\"ping\",\"data\":{\"payload\":\"pong\"}}");

        assertEquals(List.of(INIT_V2,
                "{\"op\": \"subscribe\", \"code\": 0}",
                "{\"op\": \"start\", \"code\": 0}",
                "{\"op\": \"event\", \"code\": 0, \"data\": " + CALL + "}",
                "{\"op\": \"subscribe\", \"code\": 0}",
                "{\"op\": \"pong\", \"code\": 0, \"data\": {\"payload\": \"pong\"}}"), out.frames);
        assertNull(out.closeCode());
    }

    @Test
    void version2SwapsTheTokenAndTheNewAclApplies() throws Exception {
        token("alice-wide", "alice", EXPIRY.plus(Duration.ofHours(5)), "websocketd", "events.#");
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = started(out, "alice-token", "2", "*");
        String bobsCall = "{\"name\":\"call_created\",\"required_acl\":\"events.calls.bob\"}";
        publish(bobsCall, "alice");
        assertEquals(3, out.frames.size());

        alice.onText("{\"op\":\"token\",\"data\":{\"token\":\"alice-wide\"}}");
        publish(bobsCall, "alice");

        assertEquals("{\"op\": \"token\", \"code\": 0}", out.frames.get(3));
        assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + bobsCall + "}", out.frames.get(4));
        assertEquals(Optional.of(EXPIRY.plus(Duration.ofHours(5))), alice.expiresAt());
        assertEquals(Optional.of("alice-wide"), alice.tokenId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "no-acl", "expired"})
    void version2RefusesABadTokenWith4002(String token) {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", "2");
        alice.onText("{\"op\":\"token\",\"data\":{\"token\":\"" + token + "\"}}");

        assertEquals(4002, out.closeCode());
        assertEquals(List.of(INIT_V2), out.frames);
    }

    // --- protocol errors

    @ParameterizedTest
    @ValueSource(strings = {
        "not json", "[1,2]", "\"start\"", "{}", "{\"op\":7}", "{\"op\":\"dance\"}", "{\"op\":\"subscribe\"}",
        "{\"op\":\"subscribe\",\"data\":{\"event_name\":3}}",
        "{\"op\":\"token\",\"data\":{\"token\":\"alice-token\"}}", "{\"op\":\"ping\",\"data\":{\"payload\":1}}"
    })
    void version1ClosesWith4004OnAnythingItDoesNotUnderstand(String frame) {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", null);
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"*\"}}");
        alice.onText(frame);
        alice.onText("{\"op\":\"start\"}");

        assertEquals(4004, out.closeCode());
        assertEquals(1, out.closes.size());
        assertEquals(List.of(INIT_V1, SUBSCRIBED_V1), out.frames);
        assertFalse(router.isSubscribed(alice, WazoTopics.ALL));
    }

    @Test
    void aBinaryFrameIsAProtocolError() {
        RecordingOutbound out = new RecordingOutbound();
        open(out, "alice-token", "2").onBinary();
        assertEquals(4004, out.closeCode());
        assertEquals(List.of(INIT_V2), out.frames);
    }

    // --- expiry, revocation, close

    @Test
    void expireClosesWith4003OnlyOnceTheTokenHasExpired() {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", null);
        assertEquals(Optional.of(EXPIRY), alice.expiresAt());

        clock.advance(Duration.ofMinutes(59));
        assertFalse(alice.expire());
        assertNull(out.closeCode());

        clock.advance(Duration.ofMinutes(1));
        assertTrue(alice.expire());
        assertEquals(4003, out.closeCode());
        assertFalse(alice.expire());
        assertEquals(1, out.closes.size());
    }

    @Test
    void aSwappedTokenMovesTheExpiry() {
        Instant later = EXPIRY.plus(Duration.ofHours(3));
        token("alice-later", "alice", later, "websocketd");
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = open(out, "alice-token", "2");
        alice.onText("{\"op\":\"token\",\"data\":{\"token\":\"alice-later\"}}");

        clock.advance(Duration.ofHours(1));
        assertFalse(alice.expire());
        assertEquals(Optional.of(later), alice.expiresAt());
        clock.advance(Duration.ofHours(3));
        assertTrue(alice.expire());
        assertEquals(4003, out.closeCode());
    }

    @Test
    void anEventReachingAnExpiredConnectionClosesItWith4003() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        started(out, "alice-token", null, "*");
        clock.advance(Duration.ofHours(2));
        publish(CALL, "alice");

        assertEquals(4003, out.closeCode());
        assertEquals(List.of(INIT_V1, SUBSCRIBED_V1, STARTED_V1), out.frames);
    }

    @Test
    void revokingClosesWith4003AndStopsDelivery() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = started(out, "alice-token", null, "*");
        alice.revoke();
        publish(CALL, "alice");

        assertEquals(4003, out.closeCode());
        assertEquals(3, out.frames.size());
        assertFalse(router.isSubscribed(alice, WazoTopics.ALL));
    }

    @Test
    void closedLeavesEveryTopicAndIgnoresLateFrames() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = started(out, "alice-token", null, "call_created", "*");
        alice.closed();
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"x\"}}");
        publish(CALL, "alice");

        assertEquals(3 + 1, out.frames.size());
        assertFalse(router.isSubscribed(alice, WazoTopics.ALL));
        assertFalse(router.isSubscribed(alice, WazoTopics.forEventName("call_created")));
        assertEquals(0, out.closes.size());
    }

    // --- a token check that waits

    @Test
    void aTokenSwapWaitingForTheTokenStoreDelaysNeitherAnotherClientsEventNorItsOwn() throws Exception {
        token("alice-new", "alice", EXPIRY, "websocketd", "events.calls.me");
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = started(out, "alice-token", "2", "call_created");
        RecordingOutbound bobOut = new RecordingOutbound();
        started(bobOut, "bob-token", "2", "call_created");
        String bobsCall = "{\"name\": \"call_created\", \"required_acl\": \"events.calls.bob\", \"data\": {}}";
        Gate lookup = new Gate();
        slowLookups.put("alice-new", lookup);

        try (Background background = new Background()) {
            Future<?> swap = background.start(() -> alice.onText("{\"op\":\"token\",\"data\":{\"token\":\"alice-new\"}}"));
            lookup.awaitWaiting();
            background.run("publishing while a token swap waited for the token store", () -> {
                publishOrFail(bobsCall, "bob");
                publishOrFail(CALL, "alice");
            });

            assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + bobsCall + "}", last(bobOut));
            assertEquals("{\"op\": \"event\", \"code\": 0, \"data\": " + CALL + "}", last(out));
            assertFalse(swap.isDone());
            lookup.open();
            Background.await("the token swap", swap);
        }
        assertEquals("{\"op\": \"token\", \"code\": 0}", last(out));
        assertEquals(Optional.of("alice-new"), alice.tokenId());
    }

    @Test
    void aConnectionClosedWhileItsTokenIsCheckedSaysNothing() throws Exception {
        RecordingOutbound out = new RecordingOutbound();
        WazoConnection alice = connection(out);
        Gate lookup = new Gate();
        slowLookups.put("alice-token", lookup);

        try (Background background = new Background()) {
            Future<?> opening = background.start(() -> alice.opened("alice-token", "2"));
            lookup.awaitWaiting();
            background.run("closing while the token was checked", alice::closed);
            lookup.open();
            Background.await("the open", opening);
        }
        alice.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"call_created\"}}");

        assertEquals(List.of(), out.frames, "no init on a closed connection");
        assertTrue(alice.isClosed());
        assertEquals(0, router.topicCount(io.herald.core.Protocol.WAZO));
    }

    // --- helpers

    private WazoConnection connection(RecordingOutbound out) {
        return new WazoConnection(router, authenticator, out, clock);
    }

    private WazoConnection open(RecordingOutbound out, String token, String version) {
        WazoConnection connection = connection(out);
        connection.opened(token, version);
        return connection;
    }

    private WazoConnection started(RecordingOutbound out, String token, String version, String... eventNames) {
        WazoConnection connection = open(out, token, version);
        for (String name : eventNames) {
            connection.onText("{\"op\":\"subscribe\",\"data\":{\"event_name\":\"" + name + "\"}}");
        }
        connection.onText("{\"op\":\"start\"}");
        return connection;
    }

    private void assertClosedOnOpen(String token, String version, int code) {
        RecordingOutbound out = new RecordingOutbound();
        open(out, token, version);
        assertEquals(code, out.closeCode());
        assertEquals(List.of(), out.frames);
    }

    private void publish(String body, String users) throws MalformedEventException {
        publishTo(TENANT, body, users);
    }

    private void publishOrFail(String body, String users) {
        try {
            publish(body, users);
        } catch (MalformedEventException e) {
            throw new AssertionError(e);
        }
    }

    private void publishTo(String tenant, String body, String users) throws MalformedEventException {
        router.publish(mapper.map(body, tenant, users));
    }

    private void token(String id, String user, Instant expiry, String... acl) {
        tokens.put(id, new WazoToken(id, user, TENANT, List.of(acl), expiry, false));
    }

    private static String last(RecordingOutbound out) {
        return out.frames.get(out.frames.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonClosesWith4004(String frame) {
        RecordingOutbound out = new RecordingOutbound();
        open(out, "alice-token", "2").onText(frame);
        assertEquals(4004, out.closeCode());
        assertEquals(List.of(INIT_V2), out.frames);
    }
}
