package io.herald.it;

import static io.herald.it.ChatIdentities.command;
import static io.herald.it.ChatIdentities.stamped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.tools.QueueProducer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline delivery on the real server: a message for a recipient with no live session goes to FCM
 * (played by {@link FakeFcm}) in the documented formats, through the outbox that retries failures
 * and forgets devices FCM no longer knows.
 */
class ChatPushIT {

    private static QueueProducer jms;
    private static FakeFcm fcm;

    @BeforeAll
    static void start() throws Exception {
        fcm = new FakeFcm();
        jms = new QueueProducer(Herald.HOST, Herald.HTTP_PORT, Herald.PRODUCER_USER, Herald.PRODUCER_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        jms.close();
        fcm.close();
    }

    private static void produce(String event) throws Exception {
        jms.send("herald.chat", event, Map.of());
    }

    private static String android(String token, long sender, long recipient, long seqId, String text) {
        return "{\"registration_ids\":[\"" + token + "\"],\"priority\":\"high\",\"time_to_live\":3600,\"data\":{"
                + "\"xtype\":\"NEW_MESSAGE\",\"xdata\":" + ChatPackets.message(sender, recipient, seqId, text)
                + ",\"xto\":[" + recipient + "]}}";
    }

    private static String apns(String token, long sender, long recipient, long seqId, String text) {
        return "{\"registration_ids\":[\"" + token + "\"],\"aps\":{\"alert\":{\"title\":\"abdullah_zagat\",\"body\":\""
                + text + "\"},\"sound\":\"default\",\"mutable-content\":1},\"xtype\":\"NEW_MESSAGE\",\"xdata\":"
                + ChatPackets.message(sender, recipient, seqId, text) + ",\"xto\":[" + recipient + "]}";
    }

    private static void assertSentWithTheServerKey(FakeFcm.Request request) {
        assertEquals("key=" + FakeFcm.SERVER_KEY, request.authorization());
        assertTrue(request.contentType().startsWith("application/json"), request.contentType());
    }

    @Test
    void anOfflineRecipientsMessageGoesToEachDeviceInItsPlatformsFormat() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String iphone = "ios-" + recipient;
        String pixel = "android-" + recipient;
        ChatIdentities.registerDevice(iphone, recipient, "ios");
        ChatIdentities.registerDevice(pixel, recipient, "android");

        produce(ChatPackets.messageEvent(sender, recipient, 1519011921221L, "hello!"));

        FakeFcm.Request toAndroid = fcm.next(pixel);
        assertEquals(android(pixel, sender, recipient, 1519011921221L, "hello!"), toAndroid.body());
        assertSentWithTheServerKey(toAndroid);
        FakeFcm.Request toIos = fcm.next(iphone);
        assertEquals(apns(iphone, sender, recipient, 1519011921221L, "hello!"), toIos.body());
        assertSentWithTheServerKey(toIos);
    }

    @Test
    void anOnlineRecipientIsNotPushedAndReadsOrTypingNeverAre() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        long watcher = ChatIdentities.newUser();
        ChatIdentities.connect(watcher, recipient);
        String device = "online-" + recipient;
        ChatIdentities.registerDevice(device, recipient, "android");

        try (WsClient watching = ChatIdentities.signedIn(ChatIdentities.token(watcher))) {
            watching.send(command("listen", "listen", recipient));
            watching.next();
            WsClient live = ChatIdentities.signedIn(ChatIdentities.token(recipient));
            assertTrue(stamped(watching.next()).contains("\"what\":\"online\""), "the recipient came online");
            produce(ChatPackets.messageEvent(sender, recipient, 1, "while online"));
            assertEquals(ChatPackets.messageFrame(sender, recipient, 1, "while online"), live.next());
            live.close();
            assertTrue(stamped(watching.next()).contains("\"what\":\"offline\""), "the recipient went offline");
        }

        produce(ChatPackets.readsEvent(sender, recipient));
        produce(ChatPackets.typingEvent("typing", sender, recipient));
        produce(ChatPackets.typingEvent("stop_typing", sender, recipient));
        produce(ChatPackets.messageEvent(sender, recipient, 2, "while offline"));

        // The outbox sends in the order it was filled, so anything pushed before would come first.
        assertEquals(android(device, sender, recipient, 2, "while offline"), fcm.next(device).body());
    }

    @Test
    void aPushFcmFailsIsSentAgainUntilItIsTaken() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String device = "flaky-" + recipient;
        ChatIdentities.registerDevice(device, recipient, "android");
        fcm.script(device, FakeFcm.Answer.status(500), FakeFcm.Answer.error("Unavailable"));

        produce(ChatPackets.messageEvent(sender, recipient, 7, "eventually"));

        String expected = android(device, sender, recipient, 7, "eventually");
        assertEquals(expected, fcm.next(device).body(), "first attempt, answered 500");
        assertEquals(expected, fcm.next(device).body(), "second attempt, answered Unavailable");
        assertEquals(expected, fcm.next(device).body(), "third attempt, taken");
    }

    @Test
    void aDeviceFcmNoLongerKnowsIsRemoved() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String gone = "gone-" + recipient;
        String kept = "kept-" + recipient;
        ChatIdentities.registerDevice(gone, recipient, "android");
        ChatIdentities.registerDevice(kept, recipient, "ios");
        fcm.script(gone, FakeFcm.Answer.error("NotRegistered"));

        produce(ChatPackets.messageEvent(sender, recipient, 3, "anyone there?"));
        fcm.next(gone);
        fcm.next(kept);

        // The outbox is worked through in order by one worker: once a later push is sent, the
        // answer about the gone device has been acted on.
        long marker = ChatIdentities.newUser();
        String markerDevice = "marker-" + marker;
        ChatIdentities.registerDevice(markerDevice, marker, "android");
        produce(ChatPackets.messageEvent(sender, marker, 4, "marker"));
        fcm.next(markerDevice);

        String devices = Herald.admin("GET", "/admin/chat/devices?userId=" + recipient, null).body();
        assertFalse(devices.contains(gone), devices);
        assertTrue(devices.contains(kept), devices);
    }
}
