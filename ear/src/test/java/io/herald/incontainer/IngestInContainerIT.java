package io.herald.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Protocol;
import io.herald.persistence.StoredEvent;
import io.herald.protocol.ewallet.EwalletDirectoryUpdate;
import io.herald.protocol.ewallet.JpaEwalletDirectory;
import io.herald.protocol.loom.LoomEvent;
import io.herald.protocol.loom.LoomHistory;
import io.herald.protocol.loom.LoomTopics;
import io.herald.protocol.openbazaar.OpenBazaarEventMapper;
import io.herald.protocol.openbazaar.OpenBazaarHistory;
import io.herald.protocol.wazo.WazoEventMapper;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each protocol's message-driven bean and ingest path, from its real queue to the real database: what
 * a protocol keeps is stored once, in production order, and what it only relays is consumed without
 * a trace. Outcomes are awaited because the queue hands the message over asynchronously.
 */
public class IngestInContainerIT extends InContainerTest {

    @Inject
    LoomHistory loomHistory;

    @Inject
    OpenBazaarHistory openBazaarHistory;

    @Inject
    JpaEwalletDirectory ewalletDirectory;

    @Test
    void loomEventsAreStoredOncePerIdInTheOrderTheyWereProduced() {
        String organization = "ic-loom-" + RUN;
        String stream = LoomTopics.stream(organization);
        long ingested = metrics.snapshot(Protocol.LOOM).eventsIngested();

        producer.sendAll(Protocol.LOOM, List.of(
                Events.loom(organization, "a", "mission_control.job_added"),
                Events.loom(organization, "b", "mission_control.job_removed"),
                Events.loom(organization, "a", "mission_control.job_added"),
                Events.loom(organization, "c", "mission_control.job_added")), Map.of());

        // Counted once each message's transaction has committed; the repeated event is counted too (it is
        // published again), it is just not stored twice.
        Eventually.until("four Loom events ingested", () -> metrics.snapshot(Protocol.LOOM).eventsIngested(),
                count -> count == ingested + 4);
        List<StoredEvent> stored = store.after(stream, 0, 10);
        assertEquals(List.of("a", "b", "c"), stored.stream().map(StoredEvent::getEventKey).toList());
        assertEquals(List.of(1L, 2L, 3L), stored.stream().map(StoredEvent::getSeq).toList());
        assertEquals(3, store.head(stream));

        List<LoomEvent> rewound = loomHistory.after(organization, Set.of("mission_control.job_added"), 0, 10);
        assertEquals(List.of("a", "c"), rewound.stream().map(LoomEvent::id).toList());
        assertEquals(List.of(1L, 3L), rewound.stream().map(LoomEvent::sequence).toList());
    }

    @Test
    void openBazaarKeepsNotificationsAndChatMessagesAndOnlyRelaysTheRest() {
        String node = "ic-node-" + RUN;
        Map<String, String> toNode = Map.of(OpenBazaarEventMapper.NODE_PROPERTY, node);

        long ingested = metrics.snapshot(Protocol.OPENBAZAAR).eventsIngested();

        producer.sendAll(Protocol.OPENBAZAAR, List.of(
                Events.notification("n1", "payment"),
                Events.openBazaarMessage("QmPeer", "m1", "", "hi"),
                "{\"status\":\"publishing\"}",
                "{\"walletUpdate\":{\"BTC\":{\"confirmed\":2657}}}",
                Events.notification("n1", "payment"),
                Events.notification("n2", "follow")), toNode);

        Eventually.until("six OpenBazaar messages ingested", () -> metrics.snapshot(Protocol.OPENBAZAAR).eventsIngested(),
                count -> count == ingested + 6);
        OpenBazaarHistory.NotificationPage page = openBazaarHistory.notifications(node, 10, null, Set.of());
        assertEquals(2, page.total());
        assertEquals(2, page.unread());
        assertEquals(List.of("follow", "payment"), page.notifications().stream()
                .map(OpenBazaarHistory.Notification::type).toList());
        assertEquals(List.of("{\"peerId\":\"QmPeer\",\"messageId\":\"m1\",\"subject\":\"\",\"message\":\"hi\"}"),
                openBazaarHistory.chatMessages(node, "QmPeer", "", 10, null));
        // Status and wallet updates are relayed only: the node's streams hold nothing else.
        assertEquals(2, store.count(OpenBazaarHistory.notificationStream(node), Set.of()));
        assertEquals(1, store.count(OpenBazaarHistory.chatStream(node, "QmPeer", ""), Set.of()));
    }

    @Test
    void ewalletDirectoryEntriesAreStoredBeforeTheEventTheyCameWith() {
        String user = "usr_ic_" + RUN;
        String account = "acc_ic_" + RUN;
        producer.send(Protocol.EWALLET, "{\"directory\":{"
                + "\"users\":[{\"id\":\"" + user + "\",\"provider_user_id\":\"prov-" + RUN + "\","
                + "\"addresses\":[\"addr-u-" + RUN + "\"]}],"
                + "\"accounts\":[{\"id\":\"" + account + "\",\"addresses\":[\"addr-a-" + RUN + "\"]}],"
                + "\"transaction_requests\":[{\"id\":\"txr_" + RUN + "\",\"address\":\"addr-u-" + RUN + "\"}]},"
                + "\"event\":\"transaction_consumption_request\",\"topics\":[\"user:" + user + "\"],"
                + "\"success\":true,\"data\":{\"id\":\"txc_" + RUN + "\"}}", Map.of());

        EwalletDirectoryUpdate.User stored = Eventually.until("user " + user + " stored",
                () -> ewalletDirectory.user(user), Optional::isPresent).orElseThrow();
        assertEquals("prov-" + RUN, stored.providerUserId());
        assertEquals(Set.of("addr-u-" + RUN), ewalletDirectory.walletAddresses(user));
        assertTrue(ewalletDirectory.accountExists(account));
        assertTrue(ewalletDirectory.addressExists("addr-a-" + RUN));
        assertEquals(Optional.of("addr-u-" + RUN), ewalletDirectory.transactionRequestAddress("txr_" + RUN));
    }

    @Test
    void wazoAndEwalletEventsAreRelayedWithoutAnythingStoredOrDeadLettered() {
        long wazo = metrics.snapshot(Protocol.WAZO).eventsIngested();
        long ewallet = metrics.snapshot(Protocol.EWALLET).eventsIngested();
        String mark = "ic_case = 'relay-" + RUN + "'";
        Map<String, String> tenant = Map.of(WazoEventMapper.TENANT_PROPERTY, "00000000-0000-4000-8000-0000000000d0",
                "ic_case", "relay-" + RUN);

        producer.send(Protocol.WAZO, Events.wazo("call_created"), tenant);
        producer.send(Protocol.EWALLET, "{\"event\":\"transaction_consumption_finalized\",\"topics\":[\"user:nobody-"
                + RUN + "\"],\"success\":true,\"data\":null}", Map.of("ic_case", "relay-" + RUN));

        Eventually.until("the Wazo event ingested", () -> metrics.snapshot(Protocol.WAZO).eventsIngested(),
                count -> count == wazo + 1);
        Eventually.until("the eWallet event ingested", () -> metrics.snapshot(Protocol.EWALLET).eventsIngested(),
                count -> count == ewallet + 1);
        assertEquals(0, deadLetters.count(Protocol.WAZO, mark));
        assertEquals(0, deadLetters.count(Protocol.EWALLET, mark));
        assertFalse(ewalletDirectory.userExists("nobody-" + RUN));
    }
}
