package io.herald.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Protocol;
import io.herald.protocol.chat.ChatDevices;
import io.herald.protocol.chat.FcmOutbox;
import io.herald.protocol.chat.JpaChatDevices;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A chat message for a user with no live session is written to the FCM outbox once per registered
 * device, in the transaction that consumes it: once per message, also when its first deliveries
 * failed and were rolled back. (This server has no FCM service account, so nothing drains the outbox.)
 */
public class FcmOutboxInContainerIT extends InContainerTest {

    private static final AtomicLong NEXT_USER = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final String CONSTRAINT = "herald_test_outbox";

    @Inject
    JpaChatDevices devices;

    @Inject
    FcmOutbox outbox;

    @AfterEach
    void dropConstraint() {
        database.execute("ALTER TABLE chat_fcm_outbox DROP CONSTRAINT IF EXISTS " + CONSTRAINT);
    }

    @Test
    void anOfflineRecipientsMessageIsQueuedOncePerDeviceAndReadsOrTypingNever() {
        long sender = NEXT_USER.incrementAndGet();
        long recipient = withTwoDevices();
        long deviceless = NEXT_USER.incrementAndGet();

        producer.sendAll(Protocol.CHAT, List.of(
                Events.chatMessage(sender, recipient, 101, "first"),
                Events.chatTyping(sender, recipient),
                Events.chatMessage(sender, deviceless, 102, "nobody to push to"),
                Events.chatMessage(sender, recipient, 103, "second")), Map.of());

        List<FcmOutbox.Pending> queued = Eventually.until("the second message queued for both devices",
                () -> queuedFor(recipient), pushes -> pushes.stream().filter(p -> p.body().contains("\"second\"")).count() == 2);
        assertPushedOnce(queued, recipient, 101, 103);
        assertTrue(queuedFor(deviceless).isEmpty());
    }

    /**
     * The outbox refuses this recipient's rows until the first delivery has failed; the broker redelivers
     * the message, and the delivery that succeeds writes each push once: the failed ones left nothing.
     */
    @Test
    void aMessageRedeliveredAfterAFailedDeliveryIsQueuedOncePerDevice() {
        long sender = NEXT_USER.incrementAndGet();
        long recipient = withTwoDevices();
        database.execute("ALTER TABLE chat_fcm_outbox ADD CONSTRAINT " + CONSTRAINT + " CHECK (user_id <> " + recipient + ")");
        long failed = metrics.snapshot(Protocol.CHAT).failedDeliveries();

        producer.send(Protocol.CHAT, Events.chatMessage(sender, recipient, 201, "retried"), Map.of("ic_case", "fcm-" + RUN));
        Eventually.until("a failed delivery", () -> metrics.snapshot(Protocol.CHAT).failedDeliveries(), count -> count > failed);
        // The broker waits 0.5 s, then 1 s and 2 s, before its next deliveries: time enough to let one succeed.
        dropConstraint();
        producer.send(Protocol.CHAT, Events.chatMessage(sender, recipient, 202, "behind it"), Map.of());

        // The message behind it comes after the redelivered one or before it; either way both are queued.
        List<FcmOutbox.Pending> queued = Eventually.until("both messages queued for both devices",
                () -> queuedFor(recipient), pushes -> pushes.size() >= 4
                        && pushes.stream().filter(p -> p.body().contains("\"retried\"")).count() == 2);
        assertPushedOnce(queued, recipient, 201, 202);
        long failures = metrics.snapshot(Protocol.CHAT).failedDeliveries() - failed;
        assertTrue(failures >= 1 && failures < 4, failures + " failed deliveries: the message was dead-lettered");
        assertEquals(0, deadLetters.count(Protocol.CHAT, "ic_case = 'fcm-" + RUN + "'"));
    }

    private long withTwoDevices() {
        long recipient = NEXT_USER.incrementAndGet();
        devices.register("ios-" + recipient + "-" + RUN, recipient, ChatDevices.Platform.IOS);
        devices.register("android-" + recipient + "-" + RUN, recipient, ChatDevices.Platform.ANDROID);
        return recipient;
    }

    private List<FcmOutbox.Pending> queuedFor(long recipient) {
        return outbox.waiting(10_000).stream().filter(push -> push.userId() == recipient).toList();
    }

    /** One push per device and message, each for the device's platform, and nothing else. */
    private static void assertPushedOnce(List<FcmOutbox.Pending> queued, long recipient, long... seqIds) {
        assertEquals(2 * seqIds.length, queued.size(), () -> "queued: " + queued);
        for (long seqId : seqIds) {
            for (ChatDevices.Platform platform : ChatDevices.Platform.values()) {
                String token = platform.name().toLowerCase(Locale.ROOT) + "-" + recipient + "-" + RUN;
                assertEquals(1, queued.stream().filter(push -> push.fcmToken().equals(token)
                                && push.platform() == platform && push.body().contains("\"seq_id\":" + seqId + ",")).count(),
                        () -> "pushes of message " + seqId + " to " + token + " in " + queued);
            }
        }
    }
}
