package io.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of node socket message goes through unchanged; a stalled client is cut off alone. */
class OpenBazaarMessageKindsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NODE = "it-kinds-" + RUN;
    private static final Map<String, String> AUTH = Map.of("Authorization", Herald.basic(NODE, "pw"));

    /** The notification types the node's clients know. Herald passes any type through. */
    private static final List<String> NOTIFICATION_TYPES = List.of("payment", "declined", "orderConfirmation",
            "refund", "fulfillment", "buyerDisputeExpiry", "order", "orderComplete", "disputeOpen", "disputeClose",
            "disputeAccepted", "moderatorDisputeExpiry", "follow", "unfollow", "moderatorAdd", "moderatorRemove",
            "vendorDisputeTimeout", "buyerDisputeTimeout", "vendorFinalizedPayment", "processingError");

    private static QueueProducer jms;

    @BeforeAll
    static void createNode() throws Exception {
        Herald.admin("PUT", "/admin/openbazaar/nodes/" + NODE, "{\"username\":\"" + NODE + "\",\"password\":\"pw\"}");
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void closeJms() throws Exception {
        jms.close();
    }

    @Test
    void everyKindArrivesExactlyAsProduced() throws Exception {
        List<String> frames = new ArrayList<>(List.of(
                "{\"walletUpdate\":{\"BCH\":{\"confirmed\":0,\"height\":569437,\"unconfirmed\":0},\"LTC\":{\"confirmed\":83591,\"height\":1578370,\"unconfirmed\":0}}}",
                "{\"wallet\":{\"address\":\"\",\"canBumpFee\":true,\"confirmations\":0,\"height\":0,\"memo\":\"\",\"orderId\":\"\",\"status\":\"UNCONFIRMED\",\"thumbnail\":\"\",\"timestamp\":\"2019-02-12T13:23:43.599771-05:00\",\"txid\":\"410374604d58\",\"value\":21756,\"wallet\":\"LTC\"}}",
                "{\"wallet\":{\"address\":\"ltc1qrrrq\",\"canBumpFee\":false,\"confirmations\":1,\"height\":1578469,\"memo\":\"test ltc 2.3\",\"orderId\":\"QmTCTBF57\",\"status\":\"PENDING\",\"thumbnail\":\"zb2rhjj2\",\"timestamp\":\"2019-02-12T13:22:07-05:00\",\"txid\":\"cf0bd34a\",\"value\":-27236,\"wallet\":\"LTC\"}}",
                "{\n  \"id\": \"cd29c03d-2736-1ad3-2cc9-88e1407041d0\",\n  \"peerId\": \"QmdAJ\",\n  \"profile\": {\"name\": \"tester2\", \"vendor\": true}\n}",
                "{\"error\":\"Not found\",\"id\":\"7863b9a5-118f-c1ed-0f34-c0b6a3e02edd\",\"peerID\":\"QmeVMcgX\"}",
                "{\"message\":{\"message\":\"Example message.\",\"messageId\":\"QmSzWn8f" + RUN + "\",\"outgoing\":false,\"peerId\":\"QmeVMcgX\",\"read\":false,\"subject\":\"\",\"timestamp\":\"2019-02-12T10:17:23.410576-05:00\"}}",
                "{\"messageTyping\":{\"messageId\":\"QmRuBDkn\",\"peerId\":\"QmeVMcgX\",\"subject\":\"\"}}",
                "{\"messageRead\":{\"messageId\":\"QmRuBDkn\",\"peerId\":\"QmeVMcgX\",\"subject\":\"\"}}",
                "{\"status\":\"publishing\"}",
                "{\"status\":\"publish complete\"}"));
        for (String type : NOTIFICATION_TYPES) {
            frames.add("{\"notification\":{\"notificationId\":\"Qm" + type + RUN + "\",\"orderId\":\"QmOrder\",\"type\":\"" + type + "\"}}");
        }
        try (WsClient client = WsClient.connect(Herald.WS + "/ws", AUTH).open()) {
            for (String frame : frames) {
                jms.send("herald.openbazaar", frame, Map.of("node", NODE));
            }
            for (String frame : frames) {
                assertEquals(frame, client.next());
            }
        }
    }

    @Test
    void aStalledClientIsDisconnectedWhileTheNodesOtherClientGetsEverything() throws Exception {
        String padding = "x".repeat(64 * 1024);
        int count = 600;
        long droppedBefore = droppedFrames();
        try (WsClient stalled = WsClient.connectStalled(Herald.WS + "/ws", AUTH).open();
             WsClient healthy = WsClient.connect(Herald.WS + "/ws", AUTH).open()) {
            for (int i = 0; i < count; i++) {
                jms.send("herald.openbazaar", "{\"status\":{\"n\":" + i + ",\"pad\":\"" + padding + "\"}}", Map.of("node", NODE));
            }
            for (int i = 0; i < count; i++) {
                assertTrue(healthy.next().startsWith("{\"status\":{\"n\":" + i + ","), "frame " + i + " in order");
            }
            stalled.resume();
            assertEquals(1013, stalled.awaitClose().code(), "closed as too slow (1013)");
            assertTrue(stalled.received() < count, "the stalled client did not get everything");
        }
        assertTrue(droppedFrames() > droppedBefore, "the frames it missed are counted as dropped");
    }

    private static long droppedFrames() throws Exception {
        String metrics = Herald.admin("GET", "/admin/metrics", null).body();
        String prefix = "herald_frames_dropped_total{protocol=\"openbazaar\"} ";
        return metrics.lines().filter(l -> l.startsWith(prefix))
                .mapToLong(l -> Long.parseLong(l.substring(prefix.length()))).findFirst().orElseThrow();
    }
}
