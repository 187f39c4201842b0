package io.herald.protocol.chat;

import io.herald.core.Secrets;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The FCM requests that carry a message to a recipient with no live session, in the protocol
 * document's two formats: APNS (shown in the iOS notification tray) and Android (a data message
 * handled in the background). {@code xto} names the recipient.
 */
public final class FcmPayloads {

    /** FCM's type tag for a chat message. */
    static final String NEW_MESSAGE = "NEW_MESSAGE";
    /** Android data messages wait at most an hour for a device to come back. */
    static final int ANDROID_TIME_TO_LIVE_SECONDS = 3600;
    /** The notification body for messages that carry no text (images, files, ...). */
    static final String NON_TEXT_BODY = "New message";

    private FcmPayloads() {
    }

    /**
     * One FCM request: its body, addressed to one device token.
     *
     * @param key what makes two requests the same push ({@link #pushKey}): the outbox keeps one
     */
    public record FcmPush(ChatDevices.Platform platform, String token, String json, String key) {
        public FcmPush {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The pushes for {@code devices} of {@code recipient}: one request per device, in the format of
     * its platform. One device per request lets FCM's answer (its {@code results[0]}) speak of exactly
     * that device, so a failure is retried for it alone and a stale token is dropped alone.
     */
    public static List<FcmPush> forMessage(ChatPacket.Message message, long recipient,
                                           List<ChatDevices.Device> devices) {
        List<FcmPush> pushes = new ArrayList<>(devices.size());
        Set<String> seen = new HashSet<>();
        for (ChatDevices.Device device : devices) {
            if (!seen.add(device.fcmToken())) {
                continue;
            }
            pushes.add(new FcmPush(device.platform(), device.fcmToken(), switch (device.platform()) {
                case IOS -> apnsRequest(message, recipient, device.fcmToken());
                case ANDROID -> android(message, recipient, List.of(device.fcmToken()));
            }, pushKey(message, recipient, device.fcmToken())));
        }
        return pushes;
    }

    /**
     * The same message (topic and {@code seq_id}, the ids the app tells messages apart by) for the
     * same recipient on the same device: SHA-256 in hex, a fixed length whatever the token's.
     */
    static String pushKey(ChatPacket.Message message, long recipient, String token) {
        // Lengths first, so that no two different topic/token pairs join into the same text.
        return Secrets.sha256Hex(recipient + ":" + message.seqId() + ":" + token.length() + ":" + token
                + message.topicId());
    }

    /** The APNS format: an alert titled with the sender's name, the message in {@code xdata}. */
    public static String apns(ChatPacket.Message message, long recipient) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = ChatPacketJson.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            writeApns(json, message, recipient);
            json.writeEnd();
        }
        return out.toString();
    }

    /**
     * The APNS format as an FCM request: FCM needs to know the device, so the document's object is
     * preceded by {@code registration_ids}, as in the Android format; the rest is unchanged.
     */
    public static String apnsRequest(ChatPacket.Message message, long recipient, String token) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = ChatPacketJson.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartArray("registration_ids");
            json.write(token);
            json.writeEnd();
            writeApns(json, message, recipient);
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeApns(JsonGenerator json, ChatPacket.Message message, long recipient) {
        json.writeStartObject("aps");
        json.writeStartObject("alert");
        json.write("title", message.name());
        json.write("body", alertBody(message.content()));
        json.writeEnd();
        json.write("sound", "default");
        json.write("mutable-content", 1);
        json.writeEnd();
        writeExtras(json, message, recipient);
    }

    /** The Android format: a high-priority data message for the given registration tokens. */
    public static String android(ChatPacket.Message message, long recipient, List<String> registrationIds) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = ChatPacketJson.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartArray("registration_ids");
            registrationIds.forEach(json::write);
            json.writeEnd();
            json.write("priority", "high");
            json.write("time_to_live", ANDROID_TIME_TO_LIVE_SECONDS);
            json.writeStartObject("data");
            writeExtras(json, message, recipient);
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeExtras(JsonGenerator json, ChatPacket.Message message, long recipient) {
        json.write("xtype", NEW_MESSAGE);
        json.writeStartObject("xdata");
        ChatPacketJson.writeMessageFields(json, message);
        json.writeEnd();
        json.writeStartArray("xto");
        json.write(recipient);
        json.writeEnd();
    }

    /** A text message shows its text; any other content a neutral line, the app renders the rest. */
    static String alertBody(JsonObject content) {
        if (content.get("payload") instanceof JsonObject payload && payload.get("text") instanceof JsonString text) {
            return text.getString();
        }
        return NON_TEXT_BODY;
    }
}
