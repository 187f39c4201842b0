package io.herald.web.protocol.loom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.HeraldMetrics;
import io.herald.core.Router;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomEventMapper;
import io.herald.protocol.loom.LoomPolicy;
import io.herald.protocol.loom.LoomPrincipal;
import io.herald.protocol.loom.LoomTokenVerifier;
import io.herald.protocol.loom.LoomTopics;
import io.herald.web.testing.Background;
import io.herald.web.testing.CapturedLog;
import io.herald.web.testing.Gate;
import io.herald.web.testing.GatedPolicy;
import io.herald.web.testing.RecordingOutbound;
import io.herald.web.testing.RecordingOutbound.Close;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LoomConnectionTest {

    private static final String ORG = "org-1";
    private static final String IDENTIFIER = "{\"channel\":\"EventChannel\",\"events\":\"job.added,job.changed\"}";
    private static final String ADDED_ONLY = "{\"channel\":\"EventChannel\",\"events\":\"job.added\"}";
    private static final String AT_LEAST_ONCE =
            "{\"channel\":\"EventChannel\",\"events\":\"job.added\",\"delivery\":\"at_least_once\"}";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-23T22:04:46Z"), ZoneOffset.UTC);

    private static final String CHANGED_ONLY = "{\"channel\":\"EventChannel\",\"events\":\"job.changed\"}";
    private static final LoomPrincipal APP_1 = new LoomPrincipal(ORG, "app-1");

    private final Map<String, Set<String>> appSubscriptions =
            Map.of("app-1", Set.of("job.added", "job.changed"), "app-2", Set.of("job.added", "job.changed"));
    private final GatedPolicy<LoomPrincipal, LoomEvent> policy =
            new GatedPolicy<>(new LoomPolicy(app -> appSubscriptions.getOrDefault(app, Set.of())));
    private final Router router = new Router(List.of(policy), new HeraldMetrics());
    private final Background background = new Background();
    private final LoomEventMapper mapper = new LoomEventMapper(CLOCK);
    private final InMemoryLoomStore store = new InMemoryLoomStore();
    private final RecordingOutbound out = new RecordingOutbound();
    private LoomConnection connection;
    private int nextId;

    @BeforeEach
    void open() {
        connection = connect(out);
    }

    @AfterEach
    void stopBackground() {
        background.close();
    }

    private LoomConnection connect(RecordingOutbound outbound) {
        return connect(APP_1, outbound);
    }

    private LoomConnection connect(LoomPrincipal app, RecordingOutbound outbound) {
        LoomConnection c = new LoomConnection(new LoomTokenVerifier.Verified(app), router, outbound, CLOCK, store, store);
        c.opened();
        return c;
    }

    private static String subscribe(String identifier) {
        return command("subscribe", identifier, null);
    }

    private static String command(String command, String identifier, String data) {
        var b = jakarta.json.Json.createObjectBuilder().add("command", command).add("identifier", identifier);
        if (data != null) {
            b.add("data", data);
        }
        return b.build().toString();
    }

    private LoomEvent event(String organization, String name) {
        nextId++;
        return new LoomEvent(organization, "e" + nextId, "2023-07-23T22:04:4" + nextId + ".000Z", name, "1.0",
                JsonValue.EMPTY_JSON_OBJECT, null, "2023-07-23T22:04:4" + nextId + ".000Z", null, 0);
    }

    /** Stores and then publishes, as the MDB does once its transaction commits. */
    private LoomEvent publishStored(String name) {
        LoomEvent stored = store.append(event(ORG, name));
        router.publish(mapper.publication(stored));
        return stored;
    }

    private static String delivery(String identifier, LoomEvent event) {
        return LoomCodec.encode(new ServerFrame.Delivery(identifier, event));
    }

    private static String confirm(String identifier) {
        return LoomCodec.encode(new ServerFrame.ConfirmSubscription(identifier));
    }

    @Test
    void welcomesThenPingsWithEpochSeconds() {
        connection.ping();
        assertEquals(List.of("{\"type\":\"welcome\"}", "{\"type\":\"ping\",\"message\":1690149886}"), out.frames);
    }

    @Test
    void refusedTokenGetsDisconnectAndCloseWithoutWelcome() {
        RecordingOutbound refusedOut = new RecordingOutbound();
        LoomConnection refused = new LoomConnection(new LoomTokenVerifier.Refused(LoomTokenVerifier.Failure.EXPIRED),
                router, refusedOut, CLOCK, store, store);
        refused.opened();
        refused.onText(subscribe(IDENTIFIER));
        refused.ping();

        assertEquals(List.of("{\"type\":\"disconnect\",\"reason\":\"unauthorized\",\"reconnect\":false}"), refusedOut.frames);
        assertEquals(List.of(new Close(1000, "unauthorized")), refusedOut.closes);
        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM));
    }

    @Test
    void confirmsAndDeliversOnlyListedNamesOfItsOrganization() {
        out.take();
        connection.onText(subscribe(ADDED_ONLY));
        LoomEvent added = event(ORG, "job.added");
        router.publish(mapper.publication(added));
        router.publish(mapper.publication(event(ORG, "job.changed")));
        router.publish(mapper.publication(event("org-2", "job.added")));

        assertEquals(List.of(confirm(ADDED_ONLY), delivery(ADDED_ONLY, added)), out.frames);
    }

    @Test
    void rejectsNamesTheAppDoesNotReceiveAndOtherChannels() {
        out.take();
        String foreign = "{\"channel\":\"EventChannel\",\"events\":\"job.added,billing.paid\"}";
        String chat = "{\"channel\":\"ChatChannel\",\"events\":\"job.added\"}";
        connection.onText(subscribe(foreign));
        connection.onText(subscribe(chat));
        router.publish(mapper.publication(event(ORG, "job.added")));

        assertEquals(List.of(LoomCodec.encode(new ServerFrame.RejectSubscription(foreign)),
                LoomCodec.encode(new ServerFrame.RejectSubscription(chat))), out.frames);
        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM), "a rejected subscription joins nothing");
    }

    @Test
    void duplicateSubscribeIsIgnored() {
        out.take();
        connection.onText(subscribe(ADDED_ONLY));
        connection.onText(subscribe(ADDED_ONLY));
        LoomEvent added = event(ORG, "job.added");
        router.publish(mapper.publication(added));

        assertEquals(List.of(confirm(ADDED_ONLY), delivery(ADDED_ONLY, added)), out.frames);
    }

    @Test
    void unsubscribeIsSilentAndStopsDelivery() {
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        connection.onText(command("unsubscribe", ADDED_ONLY, null));
        router.publish(mapper.publication(event(ORG, "job.added")));

        assertEquals(List.of(), out.frames);
        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM));
    }

    @Test
    void eachSubscriptionGetsItsOwnCopyAndKeepsItsTopics() {
        connection.onText(subscribe(IDENTIFIER));
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        LoomEvent first = event(ORG, "job.added");
        router.publish(mapper.publication(first));
        assertEquals(List.of(delivery(IDENTIFIER, first), delivery(ADDED_ONLY, first)), out.take());

        connection.onText(command("unsubscribe", ADDED_ONLY, null));
        LoomEvent second = event(ORG, "job.added");
        router.publish(mapper.publication(second));
        assertEquals(List.of(delivery(IDENTIFIER, second)), out.take());
    }

    @Test
    void badFramesGetNoReplyAndTheConnectionGoesOn() {
        out.take();
        for (String frame : new String[] {"nope", "[]", "{\"command\":\"perform\",\"identifier\":\"x\"}",
                subscribe("not json"), subscribe("{\"events\":\"job.added\"}"),
                command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since_id\":\"e1\"}"),
                command("message", "x", "garbage")}) {
            connection.onText(frame);
        }
        assertEquals(List.of(), out.frames);
        assertTrue(out.closes.isEmpty());

        connection.onText(subscribe(ADDED_ONLY));
        assertEquals(List.of(confirm(ADDED_ONLY)), out.frames);
    }

    @Test
    void subscribersWithTheSameIdentifierShareTheEncodedFrame() {
        RecordingOutbound otherOut = new RecordingOutbound();
        LoomConnection other = connect(otherOut);
        connection.onText(subscribe(ADDED_ONLY));
        other.onText(subscribe(ADDED_ONLY));
        out.take();
        otherOut.take();
        router.publish(mapper.publication(event(ORG, "job.added")));

        assertSame(out.frames.get(0), otherOut.frames.get(0));
    }

    @Test
    void shutdownAsksClientsToReconnect() {
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        connection.shutdown();
        router.publish(mapper.publication(event(ORG, "job.added")));

        assertEquals(List.of("{\"type\":\"disconnect\",\"reason\":\"server_restart\",\"reconnect\":true}"), out.frames);
        assertEquals(List.of(new Close(1000, "server_restart")), out.closes);
        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM));
    }

    @Test
    void closedLeavesEveryTopic() {
        connection.onText(subscribe(IDENTIFIER));
        assertTrue(router.isSubscribed(connection, "org:org-1:event:job.changed"));
        connection.closed();
        assertFalse(router.isSubscribed(connection, "org:org-1:event:job.changed"));
        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM));
    }

    @Test
    void aSubscribeWaitingForThePolicyDelaysNeitherAnotherClientsDeliveryNorItsOwn() throws Exception {
        RecordingOutbound otherOut = new RecordingOutbound();
        LoomConnection other = connect(new LoomPrincipal(ORG, "app-2"), otherOut);
        connection.onText(subscribe(ADDED_ONLY));
        other.onText(subscribe(ADDED_ONLY));
        out.take();
        otherOut.take();
        Gate gate = policy.gate(APP_1, LoomTopics.of(ORG, "job.changed"));

        Future<?> subscribing = background.start(() -> connection.onText(subscribe(CHANGED_ONLY)));
        gate.awaitWaiting();
        LoomEvent added = event(ORG, "job.added");
        background.run("a publish while a subscribe waited for the policy", () -> router.publish(mapper.publication(added)));

        assertEquals(List.of(delivery(ADDED_ONLY, added)), otherOut.take(), "the other client's delivery");
        assertEquals(List.of(delivery(ADDED_ONLY, added)), out.take(), "the subscribing client's own delivery");
        assertFalse(subscribing.isDone());
        gate.open();
        Background.await("the subscribe", subscribing);
        LoomEvent changed = event(ORG, "job.changed");
        router.publish(mapper.publication(changed));
        assertEquals(List.of(confirm(CHANGED_ONLY), delivery(CHANGED_ONLY, changed)), out.take());
    }

    @Test
    void aConnectionClosedWhileItsSubscribeWaitsForThePolicyIsNeverSubscribed() throws Exception {
        out.take();
        Gate gate = policy.gate(APP_1, LoomTopics.of(ORG, "job.changed"));

        Future<?> subscribing = background.start(() -> connection.onText(subscribe(CHANGED_ONLY)));
        gate.awaitWaiting();
        background.run("closing while a subscribe waited for the policy", connection::closed);
        gate.open();
        Background.await("the subscribe", subscribing);

        assertEquals(0, router.topicCount(io.herald.core.Protocol.LOOM));
        assertEquals(List.of(), out.take(), "no confirmation on a closed connection");
    }

    @Test
    void rewindReplaysInOrderThenJoinsLiveWithoutGapOrDuplicate() {
        LoomEvent e1 = store.append(event(ORG, "job.added"));
        LoomEvent e2 = store.append(event(ORG, "job.added"));
        store.append(event(ORG, "job.changed"));
        LoomEvent e4 = store.append(event(ORG, "job.added"));
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        LoomEvent[] late = new LoomEvent[1];
        store.duringRead = () -> {
            // e4 reaches the router while the replay (which contains it) is being read,
            // and e5 commits right after the read: one must be dropped, the other kept.
            router.publish(mapper.publication(e4));
            late[0] = publishStored("job.added");
        };

        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since_id\":\"" + e1.id() + "\"}"));

        assertEquals(List.of(delivery(ADDED_ONLY, e2), delivery(ADDED_ONLY, e4),
                LoomCodec.encode(new ServerFrame.RewindComplete(ADDED_ONLY, 2)),
                delivery(ADDED_ONLY, late[0])), out.take());

        LoomEvent next = publishStored("job.added");
        assertEquals(List.of(delivery(ADDED_ONLY, next)), out.take());
    }

    @Test
    void rewindSinceATimestamp() {
        store.append(event(ORG, "job.added"));
        LoomEvent e2 = store.append(event(ORG, "job.added"));
        connection.onText(subscribe(ADDED_ONLY));
        out.take();

        connection.onText(command("message", ADDED_ONLY,
                "{\"action\":\"rewind\",\"since\":\"" + e2.receivedAt() + "\"}"));

        assertEquals(List.of(delivery(ADDED_ONLY, e2),
                LoomCodec.encode(new ServerFrame.RewindComplete(ADDED_ONLY, 1))), out.frames);
    }

    @Test
    void rewindFailuresAreReportedAndLiveDeliveryGoesOn() {
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since_id\":\"nope\"}"));
        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"rewind\"}"));
        store.failing = true;
        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since_id\":\"e1\"}"));
        store.failing = false;
        LoomEvent live = publishStored("job.added");

        assertEquals(List.of(LoomCodec.encode(new ServerFrame.RewindFailed(ADDED_ONLY, "unknown_event")),
                LoomCodec.encode(new ServerFrame.RewindFailed(ADDED_ONLY, "invalid_arguments")),
                LoomCodec.encode(new ServerFrame.RewindFailed(ADDED_ONLY, "unavailable")),
                delivery(ADDED_ONLY, live)), out.frames);
    }

    @Test
    void atLeastOnceRedeliversWhatWasNotAcknowledgedAfterAReconnect() {
        connection.onText(subscribe(AT_LEAST_ONCE));
        LoomEvent acked = publishStored("job.added");
        LoomEvent missed = publishStored("job.added");
        connection.onText(command("message", AT_LEAST_ONCE, "{\"action\":\"ack\",\"ids\":[\"" + acked.id() + "\"]}"));
        connection.closed();

        RecordingOutbound again = new RecordingOutbound();
        LoomConnection reconnected = connect(again);
        store.duringRead = () -> publishStored("job.changed"); // not in this subscription's list
        reconnected.onText(subscribe(AT_LEAST_ONCE));
        LoomEvent live = publishStored("job.added");

        assertEquals(List.of("{\"type\":\"welcome\"}", confirm(AT_LEAST_ONCE), delivery(AT_LEAST_ONCE, missed),
                delivery(AT_LEAST_ONCE, live)), again.frames);
        assertEquals(Set.of(acked.id()), store.acked);
        assertEquals(List.of("org-1/app-1", "org-1/app-1"), store.enrolled);
    }

    @Test
    void acksOnAnAtMostOnceSubscriptionAreNotStored() {
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"ack\",\"ids\":[\"e1\"]}"));

        assertTrue(store.acked.isEmpty());
        assertTrue(store.enrolled.isEmpty());
        assertEquals(List.of(), out.frames, "acks are never answered");
    }

    @Test
    void anAckWithAnIdLongerThanAnyEventIdIsIgnoredWholeAndNeverReachesTheStore() {
        connection.onText(subscribe(AT_LEAST_ONCE));
        out.take();
        store.failing = true; // the store must not even be asked
        try (CapturedLog log = CapturedLog.of("io.herald", Level.INFO)) {
            for (int i = 0; i < 100; i++) {
                connection.onText(command("message", AT_LEAST_ONCE,
                        "{\"action\":\"ack\",\"ids\":[\"e1\",\"" + "x".repeat(201) + "\"]}"));
            }
            assertEquals(List.of(), log.stackTracesAtWarning());
            assertEquals(List.of(), log.at(Level.WARNING));
            // Three lines at most: a connection's burst of malformed-frame lines (the server-wide cap may leave fewer).
            assertTrue(log.at(Level.INFO).size() <= 3, "one short line per frame, capped: " + log.at(Level.INFO).size());
        }
        store.failing = false;
        assertTrue(store.acked.isEmpty());
        assertEquals(List.of(), out.frames, "acks are never answered");

        connection.onText(command("message", AT_LEAST_ONCE, "{\"action\":\"ack\",\"ids\":[\"e1\"]}"));
        assertEquals(Set.of("e1"), store.acked, "the connection goes on");
    }

    @Test
    void aRewindSinceAnIdLongerThanAnyEventIdFailsWithInvalidArguments() {
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        store.failing = true;
        connection.onText(command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since_id\":\"" + "x".repeat(201) + "\"}"));

        assertEquals(List.of(LoomCodec.encode(new ServerFrame.RewindFailed(ADDED_ONLY, "invalid_arguments"))), out.frames);
    }

    @Test
    void aFailingStoreCostsTheFrameAndOneWarningLineWithoutStackTrace() {
        connection.onText(subscribe(AT_LEAST_ONCE));
        out.take();
        store.failing = true;
        try (CapturedLog log = CapturedLog.of("io.herald", Level.INFO)) {
            for (int i = 0; i < 100; i++) {
                connection.onText(command("message", AT_LEAST_ONCE, "{\"action\":\"ack\",\"ids\":[\"e1\"]}"));
            }
            assertEquals(List.of(), log.stackTracesAtWarning());
            // One line at most: the connection's allowance (the server-wide cap may leave none).
            assertTrue(log.at(Level.WARNING).size() <= 1, "warnings: " + log.at(Level.WARNING).size());
        }
        store.failing = false;
        LoomEvent live = publishStored("job.added");
        assertEquals(List.of(delivery(AT_LEAST_ONCE, live)), out.frames, "the connection goes on");
    }

    @Test
    void aSecondRewindDuringAReplayIsRefusedAndUnstoredLiveEventsAreKept() {
        LoomEvent e1 = store.append(event(ORG, "job.added"));
        connection.onText(subscribe(ADDED_ONLY));
        out.take();
        LoomEvent unstored = event(ORG, "job.added");
        String rewind = command("message", ADDED_ONLY, "{\"action\":\"rewind\",\"since\":\"2020-01-01T00:00:00Z\"}");
        store.duringRead = () -> {
            connection.onText(rewind);
            router.publish(mapper.publication(unstored));
        };

        connection.onText(rewind);

        assertEquals(List.of(LoomCodec.encode(new ServerFrame.RewindFailed(ADDED_ONLY, "rewind_in_progress")),
                delivery(ADDED_ONLY, e1),
                LoomCodec.encode(new ServerFrame.RewindComplete(ADDED_ONLY, 1)),
                delivery(ADDED_ONLY, unstored)), out.frames);
    }

    @ParameterizedTest
    @MethodSource("io.herald.testing.HostileJson#texts")
    void hostileJsonIsIgnoredAndTheConnectionGoesOn(String frame) {
        out.take();
        connection.onText(frame);
        connection.onText(command("message", ADDED_ONLY, frame));
        assertEquals(List.of(), out.frames);
        assertTrue(out.closes.isEmpty());

        connection.onText(subscribe(ADDED_ONLY));
        assertEquals(List.of(confirm(ADDED_ONLY)), out.frames);
    }
}
