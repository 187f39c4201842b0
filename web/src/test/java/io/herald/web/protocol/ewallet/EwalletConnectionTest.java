package io.herald.web.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.protocol.ewallet.EwalletEvent;
import io.herald.protocol.ewallet.EwalletPolicy;
import io.herald.protocol.ewallet.EwalletPrincipal;
import io.herald.protocol.ewallet.EwalletPrincipal.ClientUser;
import io.herald.protocol.ewallet.EwalletPrincipal.Provider;
import io.herald.testing.InMemoryEwalletDirectory;
import io.herald.web.testing.Background;
import io.herald.web.testing.CapturedLog;
import io.herald.web.testing.Gate;
import io.herald.web.testing.GatedPolicy;
import io.herald.testing.MutableClock;
import io.herald.web.testing.RecordingOutbound;
import jakarta.json.Json;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EwalletConnectionTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Provider PROVIDER = new Provider("access_key");

    private final InMemoryEwalletDirectory directory = new InMemoryEwalletDirectory();
    private final GatedPolicy<EwalletPrincipal, EwalletEvent> policy = new GatedPolicy<>(new EwalletPolicy(directory));
    private final Router router = new Router(List.of(policy), new HeraldMetrics());
    private final Background background = new Background();
    private final MutableClock clock = new MutableClock(START);
    private final RecordingOutbound out = new RecordingOutbound();
    private EwalletConnection connection;

    @BeforeEach
    void openAsProvider() {
        directory.accounts.add("acc_1");
        directory.user("usr_1", null, "addr-1");
        directory.walletsByUser.put("usr_2", Set.of("addr-2"));
        directory.requestAddresses.put("some_id", "addr-1");
        connection = open(PROVIDER, out);
    }

    @AfterEach
    void stopBackground() {
        background.close();
    }

    private EwalletConnection open(EwalletPrincipal principal, RecordingOutbound outbound) {
        EwalletConnection opened = new EwalletConnection(router, outbound, clock, principal);
        opened.opened();
        return opened;
    }

    // --- the wire, as the eWallet document and notes spell it

    private static String frame(String topic, String event, String ref) {
        return "{\"topic\":\"" + topic + "\",\"event\":\"" + event + "\",\"ref\":" + ref + ",\"data\":{}}";
    }

    private static String reply(String topic, String ref) {
        return "{\"success\":true,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"" + topic
                + "\",\"event\":\"phx_reply\",\"ref\":" + ref + "}";
    }

    private static String refusal(String topic, String ref, String code, String description) {
        return "{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":{\"object\":\"error\",\"code\":\"" + code
                + "\",\"description\":\"" + description + "\",\"messages\":null},\"topic\":\"" + topic
                + "\",\"event\":\"phx_reply\",\"ref\":" + ref + "}";
    }

    private static String close(String topic, String joinRef) {
        return "{\"success\":false,\"version\":\"1\",\"data\":null,\"error\":null,\"topic\":\"" + topic
                + "\",\"event\":\"phx_close\",\"ref\":" + joinRef + "}";
    }

    private static String unmatched(String topic, String ref) {
        return refusal(topic, ref, "websocket:connect_error", "unmatched topic");
    }

    private static Publication<EwalletEvent> finalized(String... topics) {
        EwalletEvent event = new EwalletEvent("transaction_consumption_finalized", List.of(topics), true,
                Json.createObjectBuilder().add("id", "txc_1").build(), null);
        return new Publication<>(EwalletPolicy.LANE, new LinkedHashSet<>(List.of(topics)), event);
    }

    private static String pushed(String topic) {
        return "{\"success\":true,\"version\":\"1\",\"data\":{\"id\":\"txc_1\"},\"error\":null,\"topic\":\"" + topic
                + "\",\"event\":\"transaction_consumption_finalized\",\"ref\":null}";
    }

    // --- connect and heartbeat

    @Test
    void sendsNothingOnConnect() {
        assertEquals(List.of(), out.frames);
        assertEquals(List.of(), out.closes);
    }

    @Test
    void answersAHeartbeatWithNoChannelJoined() {
        connection.onText(frame("phoenix", "heartbeat", "\"1\""));
        connection.onText(frame("phoenix", "heartbeat", "7"));

        assertEquals(List.of(reply("phoenix", "\"1\""), reply("phoenix", "7")), out.take());
    }

    // --- join

    @Test
    void repliesToAnAllowedJoinAndSubscribes() {
        connection.onText(frame("transaction_request:some_id", "phx_join", "\"1\""));

        assertEquals(List.of(reply("transaction_request:some_id", "\"1\"")), out.take());
        assertTrue(router.isSubscribed(connection, "transaction_request:some_id"));
        assertEquals(List.of("transaction_request:some_id"), connection.joinedTopics());
    }

    @Test
    void refusesAForbiddenJoin() {
        EwalletConnection client = open(new ClientUser("api", "usr_1", null), out);

        client.onText(frame("account:acc_1", "phx_join", "\"1\""));

        assertEquals(List.of(refusal("account:acc_1", "\"1\"", "websocket:forbidden_channel",
                "You don't have access to this channel.")), out.take());
        assertFalse(router.isSubscribed(client, "account:acc_1"));
    }

    @Test
    void aClientJoinsItsOwnAddressButNotAnothers() {
        EwalletConnection client = open(new ClientUser("api", "usr_1", null), out);

        client.onText(frame("address:addr-1", "phx_join", "\"1\""));
        client.onText(frame("address:addr-2", "phx_join", "\"2\""));

        assertEquals(List.of(reply("address:addr-1", "\"1\""), refusal("address:addr-2", "\"2\"",
                "websocket:forbidden_channel", "You don't have access to this channel.")), out.take());
    }

    @Test
    void refusesAJoinOfAMissingResource() {
        connection.onText(frame("account:acc_404", "phx_join", "\"1\""));

        assertEquals(List.of(refusal("account:acc_404", "\"1\"", "websocket:channel_not_found",
                "The given channel does not exist.")), out.take());
        assertEquals(List.of(), connection.joinedTopics());
    }

    @Test
    void refusesAJoinOfATopicNoChannelMatches() {
        connection.onText(frame("foo:1", "phx_join", "\"1\""));

        assertEquals(List.of(unmatched("foo:1", "\"1\"")), out.take());
    }

    @Test
    void aSecondJoinReplacesTheFirst() {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();

        connection.onText(frame("user:usr_1", "phx_join", "\"2\""));

        assertEquals(List.of(reply("user:usr_1", "\"2\""), close("user:usr_1", "\"1\"")), out.take());
        assertTrue(router.isSubscribed(connection, "user:usr_1"));
        connection.onText(frame("user:usr_1", "phx_leave", "\"3\""));
        assertEquals(List.of(reply("user:usr_1", "\"3\""), close("user:usr_1", "\"2\"")), out.take());
    }

    @Test
    void aRefusedSecondJoinStillClosesTheFirst() {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();
        directory.users.remove("usr_1");

        connection.onText(frame("user:usr_1", "phx_join", "\"2\""));

        assertEquals(List.of(refusal("user:usr_1", "\"2\"", "websocket:channel_not_found",
                "The given channel does not exist."), close("user:usr_1", "\"1\"")), out.take());
        assertFalse(router.isSubscribed(connection, "user:usr_1"));
    }

    @Test
    void aFailingDirectoryRefusesTheJoinAndKeepsTheSocket() {
        directory.failure = new IllegalStateException("database down");

        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        connection.onText(frame("phoenix", "heartbeat", "\"2\""));

        assertEquals(List.of(refusal("user:usr_1", "\"1\"", "websocket:connect_error", "join crashed"),
                reply("phoenix", "\"2\"")), out.take());
        assertEquals(List.of(), out.closes);
    }

    @Test
    void aJoinOfAnIdLongerThanTheDirectoryHoldsIsChannelNotFoundWithoutALookup() {
        directory.failure = new IllegalStateException("must not be asked");
        String topic = "user:" + "u".repeat(201);

        connection.onText(frame(topic, "phx_join", "\"1\""));

        assertEquals(List.of(refusal(topic, "\"1\"", "websocket:channel_not_found", "The given channel does not exist.")),
                out.take());
    }

    @Test
    void aFailingDirectoryLogsNoStackTraceAtWarningHoweverOftenTheClientJoins() {
        directory.failure = new IllegalStateException("database down");
        try (CapturedLog log = CapturedLog.of("io.herald", Level.INFO)) {
            for (int i = 0; i < 100; i++) {
                connection.onText(frame("user:usr_1", "phx_join", "\"" + i + "\""));
            }
            assertEquals(List.of(), log.stackTracesAtWarning());
            assertTrue(log.at(Level.WARNING).size() <= 1, "warnings: " + log.at(Level.WARNING).size());
        }
        assertEquals(100, out.take().size(), "every join was answered");
    }

    // --- leave and other events

    @Test
    void leavingRepliesThenClosesWithTheJoinsRef() {
        connection.onText(frame("transaction_request:some_id", "phx_join", "\"1\""));
        out.take();

        connection.onText(frame("transaction_request:some_id", "phx_leave", "\"2\""));

        assertEquals(List.of(reply("transaction_request:some_id", "\"2\""),
                close("transaction_request:some_id", "\"1\"")), out.take());
        assertFalse(router.isSubscribed(connection, "transaction_request:some_id"));
    }

    @Test
    void leavingATopicNotJoinedIsUnmatched() {
        connection.onText(frame("user:usr_1", "phx_leave", "\"1\""));

        assertEquals(List.of(unmatched("user:usr_1", "\"1\"")), out.take());
    }

    @Test
    void otherEventsGoUnansweredOnAJoinedTopicAndUnmatchedElsewhere() {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();

        connection.onText(frame("user:usr_1", "anything", "\"2\""));
        connection.onText(frame("account:acc_1", "anything", "\"3\""));
        connection.onText(frame("phoenix", "anything", "\"4\""));

        assertEquals(List.of(unmatched("account:acc_1", "\"3\""), unmatched("phoenix", "\"4\"")), out.take());
    }

    // --- bad input

    @Test
    void answersGarbageWithAFormatErrorAndStaysOpen() {
        connection.onText("this is not json");
        connection.onText(frame("phoenix", "heartbeat", "\"1\""));

        assertEquals(List.of("{\"success\":false,\"version\":\"1\",\"data\":null,"
                        + "\"error\":{\"object\":\"error\",\"code\":\"websocket:invalid_format\","
                        + "\"description\":\"The websocket payload could not be decoded.\",\"messages\":null},"
                        + "\"topic\":null,\"event\":\"phx_error\",\"ref\":null}",
                reply("phoenix", "\"1\"")), out.take());
        assertEquals(List.of(), out.closes);
    }

    @Test
    void aFrameWithoutRefGetsAFormatErrorOnItsTopic() {
        connection.onText("{\"topic\":\"user:usr_1\",\"event\":\"phx_join\",\"data\":{}}");

        assertEquals(List.of("{\"success\":false,\"version\":\"1\",\"data\":null,"
                + "\"error\":{\"object\":\"error\",\"code\":\"websocket:invalid_format\","
                + "\"description\":\"The websocket payload could not be decoded.\",\"messages\":null},"
                + "\"topic\":\"user:usr_1\",\"event\":\"phx_error\",\"ref\":null}"), out.take());
        assertFalse(router.isSubscribed(connection, "user:usr_1"));
    }

    // --- pushes

    @Test
    void pushesOneCopyPerJoinedTopicWithANullRef() {
        connection.onText(frame("transaction_request:some_id", "phx_join", "\"1\""));
        connection.onText(frame("address:addr-1", "phx_join", "\"2\""));
        out.take();

        router.publish(finalized("address:addr-1", "transaction_request:some_id", "user:usr_1"));

        List<String> frames = out.take();
        assertEquals(2, frames.size());
        assertEquals(Set.of(pushed("address:addr-1"), pushed("transaction_request:some_id")), Set.copyOf(frames));
    }

    @Test
    void encodesAPushOncePerTopicForAllSubscribers() {
        RecordingOutbound otherOut = new RecordingOutbound();
        EwalletConnection other = open(PROVIDER, otherOut);
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        other.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();
        otherOut.take();

        router.publish(finalized("user:usr_1"));

        String mine = out.take().get(0);
        assertEquals(pushed("user:usr_1"), mine);
        assertSame(mine, otherOut.take().get(0));
    }

    @Test
    void pushesNothingOnTopicsNotJoinedOrLeft() {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        connection.onText(frame("user:usr_1", "phx_leave", "\"2\""));
        out.take();

        router.publish(finalized("user:usr_1", "account:acc_1"));
        connection.deliver("user:usr_1", finalized("user:usr_1"));

        assertEquals(List.of(), out.take());
    }

    // --- a join waiting for the policy holds up no delivery

    @Test
    void aJoinWaitingForThePolicyDelaysNeitherAnotherClientsDeliveryNorItsOwn() throws Exception {
        RecordingOutbound otherOut = new RecordingOutbound();
        EwalletConnection other = open(new Provider("other_key"), otherOut);
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        other.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();
        otherOut.take();
        Gate gate = policy.gate(PROVIDER, "account:acc_1");

        Future<?> join = background.start(() -> connection.onText(frame("account:acc_1", "phx_join", "\"2\"")));
        gate.awaitWaiting();
        background.run("a publish while a join waited for the policy", () -> router.publish(finalized("user:usr_1")));

        assertEquals(List.of(pushed("user:usr_1")), otherOut.take(), "the other client's delivery");
        assertEquals(List.of(pushed("user:usr_1")), out.take(), "the joining client's own delivery");
        assertFalse(join.isDone());
        gate.open();
        Background.await("the join", join);
        assertEquals(List.of(reply("account:acc_1", "\"2\"")), out.take());
        assertTrue(router.isSubscribed(connection, "account:acc_1"));
    }

    @Test
    void aChannelJoinedAgainGoesOnReceivingUntilTheNewJoinIsDecided() throws Exception {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        out.take();
        Gate gate = policy.gate(PROVIDER, "user:usr_1");

        Future<?> join = background.start(() -> connection.onText(frame("user:usr_1", "phx_join", "\"2\"")));
        gate.awaitWaiting();
        background.run("a publish while a join waited for the policy", () -> router.publish(finalized("user:usr_1")));
        assertEquals(List.of(pushed("user:usr_1")), out.take());
        gate.open();
        Background.await("the join", join);

        assertEquals(List.of(reply("user:usr_1", "\"2\""), close("user:usr_1", "\"1\"")), out.take());
        router.publish(finalized("user:usr_1"));
        assertEquals(List.of(pushed("user:usr_1")), out.take());
    }

    @Test
    void aSocketClosedWhileItsJoinWaitsForThePolicyIsNeverSubscribed() throws Exception {
        Gate gate = policy.gate(PROVIDER, "account:acc_1");

        Future<?> join = background.start(() -> connection.onText(frame("account:acc_1", "phx_join", "\"1\"")));
        gate.awaitWaiting();
        background.run("closing while a join waited for the policy", connection::closed);
        gate.open();
        Background.await("the join", join);

        assertFalse(router.isSubscribed(connection, "account:acc_1"));
        assertEquals(0, router.topicCount(Protocol.EWALLET));
        assertEquals(List.of(), out.take(), "no reply on a closed socket");
    }

    // --- close and idle

    @Test
    void closingLeavesEveryChannelAndIgnoresLateFrames() {
        connection.onText(frame("user:usr_1", "phx_join", "\"1\""));
        connection.onText(frame("account:acc_1", "phx_join", "\"2\""));
        out.take();

        connection.closed();
        connection.onText(frame("phoenix", "heartbeat", "\"3\""));
        router.publish(finalized("user:usr_1"));

        assertFalse(router.isSubscribed(connection, "user:usr_1"));
        assertFalse(router.isSubscribed(connection, "account:acc_1"));
        assertEquals(0, router.topicCount(Protocol.EWALLET));
        assertEquals(List.of(), out.take());
    }

    @Test
    void closesAfterSixtySecondsWithoutAFrame() {
        assertEquals(START.plusSeconds(60), connection.idleDeadline());

        clock.advance(Duration.ofSeconds(59));
        assertFalse(connection.closeIfIdle());
        assertEquals(List.of(), out.closes);

        clock.advance(Duration.ofSeconds(1));
        assertTrue(connection.closeIfIdle());
        assertEquals(List.of(new RecordingOutbound.Close(1000, "idle timeout")), out.closes);
    }

    @Test
    void anyClientFrameKeepsTheSocketOpen() {
        clock.advance(Duration.ofSeconds(50));
        connection.onText(frame("phoenix", "heartbeat", "\"1\""));
        clock.advance(Duration.ofSeconds(50));
        connection.onText("garbage");

        assertEquals(START.plusSeconds(160), connection.idleDeadline());
        clock.advance(Duration.ofSeconds(59));
        assertFalse(connection.closeIfIdle());
        assertEquals(List.of(), out.closes);
    }

    @Test
    void theIdleTimeoutIsTheOneConfigured() {
        RecordingOutbound quickOut = new RecordingOutbound();
        EwalletConnection quick = new EwalletConnection(router, quickOut, clock, PROVIDER, Duration.ofSeconds(3));
        quick.opened();

        assertEquals(START.plusSeconds(3), quick.idleDeadline());
        clock.advance(Duration.ofSeconds(3));
        assertTrue(quick.closeIfIdle());
        assertEquals(List.of(new RecordingOutbound.Close(1000, "idle timeout")), quickOut.closes);
        assertTrue(quick.isOpen(), "open until the socket reports its close");
        quick.closed();
        assertFalse(quick.isOpen());
    }

    @Test
    void aClosedSocketIsNotClosedAgainForIdleness() {
        connection.closed();
        clock.advance(Duration.ofMinutes(5));

        assertFalse(connection.closeIfIdle());
        assertEquals(List.of(), out.closes);
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonGetsAFormatErrorAndTheSocketStaysOpen(String text) {
        connection.onText(text);
        connection.onBinary(ByteBuffer.wrap(new byte[] {'{', (byte) 0xFF, '}'}));
        connection.onText(frame("phoenix", "heartbeat", "\"1\""));

        String formatError = "{\"success\":false,\"version\":\"1\",\"data\":null,"
                + "\"error\":{\"object\":\"error\",\"code\":\"websocket:invalid_format\","
                + "\"description\":\"The websocket payload could not be decoded.\",\"messages\":null},"
                + "\"topic\":null,\"event\":\"phx_error\",\"ref\":null}";
        assertEquals(List.of(formatError, formatError, reply("phoenix", "\"1\"")), out.take());
        assertEquals(List.of(), out.closes);
    }
}
