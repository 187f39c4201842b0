package io.herald.it;

import static io.herald.it.ChatIdentities.command;
import static io.herald.it.ChatIdentities.stamped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.herald.testing.LoopbackHttp;
import io.herald.tools.QueueProducer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offline delivery on the real server: a message for a recipient with no live session goes to FCM
 * HTTP v1 (played by {@link FakeFcm}) in the documented formats, with an access token the server got
 * with its service account, through the outbox that retries failures (no sooner than FCM asks) and
 * forgets devices FCM no longer knows.
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

    /** FCM HTTP v1's message for an Android device: the data message, its values as strings. */
    private static String android(String token, long sender, long recipient, long seqId, String text) {
        String xdata = ChatPackets.message(sender, recipient, seqId, text);
        return "{\"message\":{\"token\":\"" + token + "\",\"android\":{\"priority\":\"HIGH\",\"ttl\":\"3600s\"},"
                + "\"data\":{\"xtype\":\"NEW_MESSAGE\",\"xdata\":" + quoted(xdata) + ",\"xto\":\"[" + recipient + "]\"}}}";
    }

    /** FCM HTTP v1's message for an iOS device: the document's APNS object as the APNs payload. */
    private static String apns(String token, long sender, long recipient, long seqId, String text) {
        return "{\"message\":{\"token\":\"" + token + "\",\"apns\":{\"payload\":{\"aps\":{\"alert\":{\"title\":"
                + "\"abdullah_zagat\",\"body\":\"" + text + "\"},\"sound\":\"default\",\"mutable-content\":1},"
                + "\"xtype\":\"NEW_MESSAGE\",\"xdata\":" + ChatPackets.message(sender, recipient, seqId, text)
                + ",\"xto\":[" + recipient + "]}}}}";
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void assertSentWithAnAccessToken(FakeFcm.Request request) {
        assertEquals("/v1/projects/" + FakeFcm.PROJECT + "/messages:send", request.path());
        assertTrue(request.authorization().startsWith("Bearer "), request.authorization());
        assertTrue(FakeFcm.ISSUED.contains(request.authorization().substring("Bearer ".length())),
                "a token the token endpoint issued");
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
        assertSentWithAnAccessToken(toAndroid);
        FakeFcm.Request toIos = fcm.next(iphone);
        assertEquals(apns(iphone, sender, recipient, 1519011921221L, "hello!"), toIos.body());
        assertSentWithAnAccessToken(toIos);
        assertEquals(toAndroid.authorization(), toIos.authorization(), "one token for every push");
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
        fcm.script(device, FakeFcm.Answer.error(500, "INTERNAL", "INTERNAL", null),
                FakeFcm.Answer.error(503, "UNAVAILABLE", "UNAVAILABLE", null));

        produce(ChatPackets.messageEvent(sender, recipient, 7, "eventually"));

        String expected = android(device, sender, recipient, 7, "eventually");
        assertEquals(expected, fcm.next(device).body(), "first attempt, answered INTERNAL");
        assertEquals(expected, fcm.next(device).body(), "second attempt, answered UNAVAILABLE");
        assertEquals(expected, fcm.next(device).body(), "third attempt, taken");
    }

    @Test
    void anOverloadedFcmIsAskedAgainNoSoonerThanItsRetryAfter() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String device = "throttled-" + recipient;
        ChatIdentities.registerDevice(device, recipient, "android");
        // The test server retries after 0.2 s (ear/pom.xml); FCM asks for 2 s here, then for 1 s.
        fcm.script(device, FakeFcm.Answer.error(429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED", "2"),
                FakeFcm.Answer.error(503, "UNAVAILABLE", "UNAVAILABLE", "1"));

        produce(ChatPackets.messageEvent(sender, recipient, 8, "later"));

        FakeFcm.Request first = fcm.next(device);
        FakeFcm.Request second = fcm.next(device);
        FakeFcm.Request third = fcm.next(device);
        assertEquals(first.body(), third.body());
        Duration waited = Duration.between(first.at(), second.at());
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0, "asked again after " + waited);
        Duration waitedAgain = Duration.between(second.at(), third.at());
        assertTrue(waitedAgain.compareTo(Duration.ofSeconds(1)) >= 0, "asked again after " + waitedAgain);
    }

    @Test
    void theAccessTokenComesFromAnAssertionSignedByTheServiceAccountAndIsFetchedOnce() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String device = "token-" + recipient;
        ChatIdentities.registerDevice(device, recipient, "android");

        produce(ChatPackets.messageEvent(sender, recipient, 9, "signed"));
        assertSentWithAnAccessToken(fcm.next(device));

        // However many pushes this class has made so far, they all rode on one token.
        assertEquals(1, fcm.tokenRequests.size(), "token requests");
        FakeFcm.Request grant = fcm.tokenRequests.get(0);
        assertTrue(grant.contentType().startsWith("application/x-www-form-urlencoded"), grant.contentType());
        Map<String, String> form = LoopbackHttp.formFields(grant.body());
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.get("grant_type"));
        SignedJWT assertion = SignedJWT.parse(form.get("assertion"));
        assertTrue(assertion.verify(new RSASSAVerifier(FcmServiceAccountFile.publicKey())), "signed with the account's key");
        assertEquals("herald-push@herald-it.iam.gserviceaccount.com", assertion.getJWTClaimsSet().getIssuer());
        assertEquals("https://www.googleapis.com/auth/firebase.messaging", assertion.getJWTClaimsSet().getStringClaim("scope"));
    }

    @Test
    void aDeviceFcmNoLongerKnowsIsRemoved() throws Exception {
        long sender = ChatIdentities.newUser();
        long recipient = ChatIdentities.newUser();
        String gone = "gone-" + recipient;
        String kept = "kept-" + recipient;
        ChatIdentities.registerDevice(gone, recipient, "android");
        ChatIdentities.registerDevice(kept, recipient, "ios");
        fcm.script(gone, FakeFcm.Answer.error(404, "NOT_FOUND", "UNREGISTERED", null));

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
