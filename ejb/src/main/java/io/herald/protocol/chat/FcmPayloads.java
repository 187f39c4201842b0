package io.herald.protocol.chat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** One FCM request body and the device tokens it is for. */
    public record FcmPush(DeviceRegistry.Platform platform, List<String> tokens, String json) {
        public FcmPush {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(json, "json");
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * The pushes for {@code devices} of {@code recipient}: one APNS body shared by the iOS devices and
     * one Android body addressed to all Android devices; none for a platform without devices.
     */
    public static List<FcmPush> forMessage(ChatPacket.Message message, long recipient,
                                           List<DeviceRegistry.Device> devices) {
        List<String> ios = tokens(devices, DeviceRegistry.Platform.IOS);
        List<String> android = tokens(devices, DeviceRegistry.Platform.ANDROID);
        List<FcmPush> pushes = new ArrayList<>(2);
        if (!ios.isEmpty()) {
            pushes.add(new FcmPush(DeviceRegistry.Platform.IOS, ios, apns(message, recipient)));
        }
        if (!android.isEmpty()) {
            pushes.add(new FcmPush(DeviceRegistry.Platform.ANDROID, android, android(message, recipient, android)));
        }
        return pushes;
    }

    /** The APNS format: an alert titled with the sender's name, the message in {@code xdata}. */
    public static String apns(ChatPacket.Message message, long recipient) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = ChatPacketJson.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartObject("aps");
            json.writeStartObject("alert");
            json.write("title", message.name());
            json.write("body", alertBody(message.content()));
            json.writeEnd();
            json.write("sound", "default");
            json.write("mutable-content", 1);
            json.writeEnd();
            writeExtras(json, message, recipient);
            json.writeEnd();
        }
        return out.toString();
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

    private static List<String> tokens(List<DeviceRegistry.Device> devices, DeviceRegistry.Platform platform) {
        return devices.stream()
                .filter(device -> device.platform() == platform)
                .map(DeviceRegistry.Device::fcmToken)
                .distinct()
                .toList();
    }
}
