package io.herald.web.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Router;
import io.herald.ingest.MalformedEventException;
import io.herald.protocol.chat.ChatAccessTokens;
import io.herald.protocol.chat.ChatAccessTokens.AccessToken;
import io.herald.protocol.chat.ChatAuthenticator;
import io.herald.protocol.chat.ChatEventMapper;
import io.herald.protocol.chat.ChatPacket;
import io.herald.protocol.chat.ChatPeers;
import io.herald.protocol.chat.ChatPolicy;
import io.herald.protocol.chat.ChatPrincipal;
import io.herald.protocol.chat.Presence;
import io.herald.protocol.chat.PresenceAnnouncer;
import io.herald.web.testing.Background;
import io.herald.web.testing.CapturedLog;
import io.herald.web.testing.Gate;
import io.herald.web.testing.GatedPolicy;
import io.herald.web.testing.RecordingOutbound;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChatConnectionTest {

    private static final Instant NOW = Instant.parse("2018-02-02T08:30:39.789Z");
    private static final String TS = "\"ts\":\"2018-02-02T08:30:39.789Z\"";

    private static final Map<String, AccessToken> TOKENS = Map.of(
            "alice", new AccessToken(1, null, false),
            "alice-too", new AccessToken(1, null, false),
            "bob", new AccessToken(2, null, false),
            "carol", new AccessToken(3, null, false),
            "alice-expired", new AccessToken(1, NOW, false));

    /** Alice (1) and Bob (2) have a conversation; Carol (3) has none. */
    private static final ChatPeers P2P = (a, b) -> Set.of(a, b).equals(Set.of(1L, 2L));

    private boolean tokenStoreDown;
    private boolean directoryDown;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ChatAccessTokens tokens = token -> {
        if (tokenStoreDown) {
            throw new IllegalStateException("token store down");
        }
        return Optional.ofNullable(TOKENS.get(token));
    };
    private final ChatPolicy policy = new ChatPolicy((a, b) -> {
        if (directoryDown) {
            throw new IllegalStateException("directory down");
        }
        return P2P.connected(a, b);
    });
    private final GatedPolicy<ChatPrincipal, ChatPacket> gatedPolicy = new GatedPolicy<>(policy);
    private final Router router = new Router(List.of(gatedPolicy), new HeraldMetrics());
    private final Presence presence = new Presence(new PresenceAnnouncer(router, clock));
    private final ChatServices services =
            new ChatServices(router, gatedPolicy, new ChatAuthenticator(tokens, clock), presence, clock);
    private final Background background = new Background();

    @AfterEach
    void stopBackground() {
        background.close();
    }

    private final class Client {
        final RecordingOutbound out = new RecordingOutbound();
        final ChatConnection connection = new ChatConnection(services, out);

        Client() {
            connection.opened();
        }

        List<String> send(String text) {
            connection.onText(text);
            return out.take();
        }

        Client authenticated(String token) {
            assertTrue(send(auth("a", token)).get(0).contains("\"status\":200"));
            return this;
        }
    }

    private static String auth(String id, String token) {
        return "{\"auth\":{\"id\":\"" + id + "\",\"access_token\":\"" + token + "\"}}";
    }

    private static String listen(String command, long peer) {
        return "{\"" + command + "\":{\"id\":\"" + command + " peer " + peer + "\",\"peer_id\":" + peer + "}}";
    }

    private static String online(boolean online, long user) {
        return "{\"pres\":{\"what\":\"" + (online ? "online" : "offline") + "\",\"from_id\":" + user + "," + TS + "}}";
    }

    // Authentication

    @Test
    void theConnectionSaysNothingUntilTheClientAuthenticates() {
        Client client = new Client();
        assertEquals(List.of(), client.out.frames);
        assertEquals(List.of(), client.out.closeCodes());
    }

    @Test
    void aValidTokenAuthenticatesTheConnection() {
        Client client = new Client();
        assertEquals(List.of("{\"id\":\"authenticate socket\",\"status\":200,\"data\":{\"user_id\":1}," + TS + "}"),
                client.send(auth("authenticate socket", "alice")));
        assertTrue(presence.isOnline(1));
    }

    @Test
    void aClientToldItIsAuthenticatedIsAlreadyOnline() {
        List<Boolean> onlineWhenAnswered = new java.util.ArrayList<>();
        ChatConnection connection = new ChatConnection(services, new RecordingOutbound() {
            @Override
            public synchronized void send(String frame) {
                onlineWhenAnswered.add(presence.isOnline(1));
            }
        });
        connection.onText(auth("a", "alice"));
        assertEquals(List.of(true), onlineWhenAnswered);
    }

    @Test
    void aBadTokenIsRefusedAndTheClientMayTryAgain() {
        Client client = new Client();
        for (String token : new String[] {"nope", "alice-expired", ""}) {
            assertEquals(List.of("{\"id\":\"authenticate socket\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\"," + TS + "}"),
                    client.send(auth("authenticate socket", token)), token);
        }
        assertFalse(presence.isOnline(1));
        client.authenticated("alice");
        assertEquals(List.of(), client.out.closeCodes());
    }

    @Test
    void aSocketNotAuthenticatedByTheDeadlineIsClosedWith1008() {
        Client client = new Client();
        client.send(auth("a", "nope"));
        client.connection.authDeadlinePassed();
        assertEquals(List.of(1008), client.out.closeCodes());
    }

    @Test
    void theDeadlineLeavesAnAuthenticatedOrClosedSocketAlone() {
        Client authenticated = new Client().authenticated("alice");
        authenticated.connection.authDeadlinePassed();
        assertEquals(List.of(), authenticated.out.closeCodes());

        Client gone = new Client();
        gone.connection.closed();
        gone.connection.authDeadlinePassed();
        assertEquals(List.of(), gone.out.closeCodes());
    }

    @Test
    void everyCommandBeforeAuthIsUnauthorized() {
        Client client = new Client();
        assertEquals(List.of("{\"id\":\"listen peer 2\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\"," + TS + "}"),
                client.send(listen("listen", 2)));
        assertEquals(List.of("{\"id\":\"unlisten peer 2\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\"," + TS + "}"),
                client.send(listen("unlisten", 2)));
        assertFalse(router.isSubscribed(client.connection, "presence:2"));
    }

    @Test
    void authenticatingAgainAsTheSameUserIsFineButSwitchingUsersIsNot() {
        Client client = new Client().authenticated("alice");
        assertEquals(List.of("{\"id\":\"again\",\"status\":200,\"data\":{\"user_id\":1}," + TS + "}"),
                client.send(auth("again", "alice-too")));
        assertEquals(List.of("{\"id\":\"switch\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}"),
                client.send(auth("switch", "bob")));
        assertEquals(List.of("{\"id\":\"bad\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\"," + TS + "}"),
                client.send(auth("bad", "nope")));
        assertFalse(presence.isOnline(2));
        assertTrue(presence.isOnline(1));
    }

    // Bad requests

    @Test
    void badRequestsGet400AndTheConnectionStaysUsable() {
        Client client = new Client();
        String bare = "{\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}";
        assertEquals(List.of(bare), client.send("hello"));
        assertEquals(List.of(bare), client.send("[1,2]"));
        assertEquals(List.of(bare), client.send("{}"));
        assertEquals(List.of(bare), client.send(auth("a", "alice").replace("}}", "},\"listen\":{\"id\":\"b\",\"peer_id\":2}}")));
        assertEquals(List.of("{\"id\":\"a\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}"),
                client.send("{\"auth\":{\"id\":\"a\"}}"));

        client.authenticated("alice");
        assertEquals(List.of("{\"id\":\"l\",\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}"),
                client.send("{\"listen\":{\"id\":\"l\",\"peer_id\":\"two\"}}"));
        assertEquals(List.of(), client.out.closeCodes());
    }

    @Test
    void aBinaryFrameIsABadRequestAndTheConnectionStaysUsable() {
        Client client = new Client();
        client.connection.onBinary();
        assertEquals(List.of("{\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}"), client.out.take());
        client.authenticated("alice");
        assertEquals(List.of(), client.out.closeCodes());
    }

    // Presence

    @Test
    void listeningToAConnectedPeerReportsTheirPresenceAndFollowsIt() {
        Client alice = new Client().authenticated("alice");
        assertEquals(List.of("{\"id\":\"listen peer 2\",\"status\":200,\"data\":{\"user_id\":1,\"peer_id\":2,\"is_online\":false}," + TS + "}"),
                alice.send(listen("listen", 2)));

        Client bob = new Client().authenticated("bob");
        assertEquals(List.of(online(true, 2)), alice.out.take());

        bob.connection.closed();
        assertEquals(List.of(online(false, 2)), alice.out.take());
    }

    @Test
    void listeningToAPeerAlreadyOnlineSaysSo() {
        new Client().authenticated("bob");
        Client alice = new Client().authenticated("alice");
        assertEquals(List.of("{\"id\":\"listen peer 2\",\"status\":200,\"data\":{\"user_id\":1,\"peer_id\":2,\"is_online\":true}," + TS + "}"),
                alice.send(listen("listen", 2)));
    }

    @Test
    void onlyTheFirstSessionOpeningAndTheLastClosingAreAnnounced() {
        Client alice = new Client().authenticated("alice");
        alice.send(listen("listen", 2));
        Client bobPhone = new Client().authenticated("bob");
        Client bobLaptop = new Client().authenticated("bob");
        bobPhone.connection.closed();
        assertEquals(List.of(online(true, 2)), alice.out.take());

        bobLaptop.connection.closed();
        assertEquals(List.of(online(false, 2)), alice.out.take());
    }

    @Test
    void listeningIsIdempotent() {
        Client alice = new Client().authenticated("alice");
        assertTrue(alice.send(listen("listen", 2)).get(0).contains("\"status\":200"));
        assertTrue(alice.send(listen("listen", 2)).get(0).contains("\"status\":200"));

        new Client().authenticated("bob");
        assertEquals(List.of(online(true, 2)), alice.out.take());
    }

    @Test
    void peersWithoutAConversationAndOneselfAreForbidden() {
        Client alice = new Client().authenticated("alice");
        assertEquals(List.of("{\"id\":\"listen peer 3\",\"status\":403,\"err\":\"ERR_FORBIDDEN_ACCESS\"," + TS + "}"),
                alice.send(listen("listen", 3)));
        assertEquals(List.of("{\"id\":\"listen peer 1\",\"status\":403,\"err\":\"ERR_FORBIDDEN_ACCESS\"," + TS + "}"),
                alice.send(listen("listen", 1)));

        new Client().authenticated("carol");
        assertEquals(List.of(), alice.out.take());
    }

    @Test
    void unlisteningStopsPresenceAndIsIdempotent() {
        Client alice = new Client().authenticated("alice");
        alice.send(listen("listen", 2));
        String unlistened = "{\"id\":\"unlisten peer 2\",\"status\":200,\"data\":{\"user_id\":1,\"peer_id\":2}," + TS + "}";
        assertEquals(List.of(unlistened), alice.send(listen("unlisten", 2)));
        assertEquals(List.of(unlistened), alice.send(listen("unlisten", 2)));

        new Client().authenticated("bob");
        assertEquals(List.of(), alice.out.take());
    }

    @Test
    void unlisteningAPeerWithoutAConversationIsForbidden() {
        Client alice = new Client().authenticated("alice");
        assertEquals(List.of("{\"id\":\"unlisten peer 3\",\"status\":403,\"err\":\"ERR_FORBIDDEN_ACCESS\"," + TS + "}"),
                alice.send(listen("unlisten", 3)));
    }

    // Packets

    @Test
    void aPacketReachesEverySessionOfItsRecipientAndNobodyElse() throws MalformedEventException {
        Client alicePhone = new Client().authenticated("alice");
        Client aliceLaptop = new Client().authenticated("alice");
        Client bob = new Client().authenticated("bob");
        Client anonymous = new Client();

        router.publish(ChatEventMapper.read("""
                {"type":"message","to":1,"packet":{"topic_id":"p2p1_2","seq_id":1519011921221,"from_id":2,
                 "name":"abdullah_zagat","content":{"type":"text/plain","payload":{"text":"hello!"}},
                 "status":{"1":false},"ts":"2018-10-08T08:30:39.657Z"}}""").publication());

        String message = "{\"message\":{\"topic_id\":\"p2p1_2\",\"seq_id\":1519011921221,\"from_id\":2,"
                + "\"name\":\"abdullah_zagat\",\"content\":{\"type\":\"text/plain\",\"payload\":{\"text\":\"hello!\"}},"
                + "\"status\":{\"1\":false},\"ts\":\"2018-10-08T08:30:39.657Z\"}}";
        List<String> phone = alicePhone.out.take();
        List<String> laptop = aliceLaptop.out.take();
        assertEquals(List.of(message), phone);
        assertEquals(List.of(message), laptop);
        assertTrue(phone.get(0) == laptop.get(0), "one rendering shared by every session");
        assertEquals(List.of(), bob.out.take());
        assertEquals(List.of(), anonymous.out.take());
    }

    @Test
    void typingReachesTheRecipient() throws MalformedEventException {
        Client alice = new Client().authenticated("alice");
        router.publish(ChatEventMapper.read(
                "{\"type\":\"stop_typing\",\"to\":1,\"packet\":{\"from_id\":2,\"topic_id\":\"p2p1_2\",\"ts\":\"2018-10-08T08:30:39.657Z\"}}")
                .publication());
        assertEquals(List.of("{\"pres\":{\"from_id\":2,\"what\":\"stop_typing\",\"topic_id\":\"p2p1_2\",\"ts\":\"2018-10-08T08:30:39.657Z\"}}"),
                alice.out.take());
    }

    private void publishTypingTo(long user) {
        try {
            router.publish(ChatEventMapper.read("{\"type\":\"typing\",\"to\":" + user + ",\"packet\":"
                    + "{\"from_id\":3,\"topic_id\":\"p2p1_3\",\"ts\":\"2018-10-08T08:30:39.657Z\"}}").publication());
        } catch (MalformedEventException e) {
            throw new AssertionError(e);
        }
    }

    // Decisions that wait

    @Test
    void aListenWaitingForThePolicyDelaysNeitherAnotherClientsPushNorItsOwn() throws Exception {
        Client alice = new Client().authenticated("alice");
        Client bob = new Client().authenticated("bob");
        Gate gate = gatedPolicy.gate(new ChatPrincipal(1), "presence:2");

        Future<?> listening = background.start(() -> alice.connection.onText(listen("listen", 2)));
        gate.awaitWaiting();
        background.run("publishing while a listen waited for the policy", () -> {
            publishTypingTo(2);
            publishTypingTo(1);
        });

        assertEquals(1, bob.out.take().size(), "the other client's push");
        assertEquals(1, alice.out.take().size(), "the listening client's own push");
        assertFalse(listening.isDone());
        gate.open();
        Background.await("the listen", listening);
        assertEquals(List.of("{\"id\":\"listen peer 2\",\"status\":200,\"data\":{\"user_id\":1,\"peer_id\":2,\"is_online\":true},"
                + TS + "}"), alice.out.take());
    }

    @Test
    void aSocketClosedWhileItsAuthWaitsForThePolicyLeavesNoSessionOrSubscription() throws Exception {
        Client alice = new Client();
        Gate gate = gatedPolicy.gate(new ChatPrincipal(1), "user:1");

        Future<?> authenticating = background.start(() -> alice.connection.onText(auth("a", "alice")));
        gate.awaitWaiting();
        background.run("closing while an auth waited for the policy", alice.connection::closed);
        gate.open();
        Background.await("the auth", authenticating);

        assertFalse(presence.isOnline(1));
        assertFalse(router.isSubscribed(alice.connection, "user:1"));
        assertEquals(0, router.topicCount(io.herald.core.Protocol.CHAT));
        assertEquals(List.of(), alice.out.take(), "no answer on a closed socket");
    }

    // Closing

    @Test
    void aClosedConnectionLeavesEverythingAndIgnoresLateInput() throws MalformedEventException {
        Client alice = new Client().authenticated("alice");
        alice.send(listen("listen", 2));
        alice.connection.closed();
        alice.connection.closed();

        assertFalse(presence.isOnline(1));
        assertFalse(router.isSubscribed(alice.connection, "user:1"));
        assertFalse(router.isSubscribed(alice.connection, "presence:2"));
        assertEquals(List.of(), alice.send(listen("listen", 2)));
        new Client().authenticated("bob");
        assertEquals(List.of(), alice.out.take());
    }

    @Test
    void closingBeforeAuthenticatingChangesNoPresence() {
        Client alice = new Client();
        alice.connection.closed();
        assertEquals(List.of(), alice.send(auth("a", "alice")));
        assertFalse(presence.isOnline(1));
    }

    // Failing ports

    @Test
    void aFailingTokenStoreIsAServerError() {
        Client client = new Client();
        tokenStoreDown = true;
        assertEquals(List.of("{\"id\":\"a\",\"status\":500,\"err\":\"ERR_SERVER_INTERNAL_ERROR\"," + TS + "}"),
                client.send(auth("a", "alice")));
        tokenStoreDown = false;
        client.authenticated("alice");
    }

    @Test
    void aFailingTokenStoreLogsNoStackTraceAtWarningHoweverOftenTheClientAsks() {
        Client client = new Client();
        tokenStoreDown = true;
        try (CapturedLog log = CapturedLog.of("io.herald", Level.INFO)) {
            for (int i = 0; i < 100; i++) {
                assertTrue(client.send(auth("a" + i, "alice")).get(0).contains("ERR_SERVER_INTERNAL_ERROR"));
            }
            assertEquals(List.of(), log.stackTracesAtWarning());
            assertTrue(log.at(Level.WARNING).size() <= 1, "warnings: " + log.at(Level.WARNING).size());
        }
    }

    @Test
    void aFailingDirectoryIsAServerError() {
        Client alice = new Client().authenticated("alice");
        directoryDown = true;
        assertEquals(List.of("{\"id\":\"listen peer 2\",\"status\":500,\"err\":\"ERR_SERVER_INTERNAL_ERROR\"," + TS + "}"),
                alice.send(listen("listen", 2)));
        assertEquals(List.of("{\"id\":\"unlisten peer 2\",\"status\":500,\"err\":\"ERR_SERVER_INTERNAL_ERROR\"," + TS + "}"),
                alice.send(listen("unlisten", 2)));
        assertFalse(router.isSubscribed(alice.connection, "presence:2"));
    }

    @Test
    void withoutAChatPolicyAuthFailsAsAServerErrorAndLeavesTheConnectionUnauthenticated() {
        Router bare = new Router(List.of(), new HeraldMetrics());
        RecordingOutbound out = new RecordingOutbound();
        ChatConnection connection = new ChatConnection(
                new ChatServices(bare, policy, new ChatAuthenticator(tokens, clock), presence, clock), out);

        connection.onText(auth("a", "alice"));
        connection.onText(listen("listen", 2));

        assertEquals(List.of(
                "{\"id\":\"a\",\"status\":500,\"err\":\"ERR_SERVER_INTERNAL_ERROR\"," + TS + "}",
                "{\"id\":\"listen peer 2\",\"status\":401,\"err\":\"ERR_INVALID_ACCESS_TOKEN\"," + TS + "}"),
                out.frames);
        assertFalse(presence.isOnline(1));
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonGets400AndTheConnectionStaysUsable(String frame) {
        Client client = new Client();
        assertEquals(List.of("{\"status\":400,\"err\":\"ERR_BAD_REQUEST\"," + TS + "}"), client.send(frame));
        client.authenticated("alice");
        assertEquals(List.of(), client.out.closeCodes());
    }
}
