package io.herald.protocol.chat;

import io.herald.core.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The FCM HTTP v1 request ({@code {"message": ...}}) for a push the outbox holds in the legacy format
 * ({@link FcmPayloads}). What the device gets stays the same:
 * <ul>
 * <li>APNS format: the whole object but {@code registration_ids} goes out as the APNs payload
 * ({@code message.apns.payload}): {@code aps} and the custom keys {@code xtype}, {@code xdata},
 * {@code xto}, as before.</li>
 * <li>Android format: {@code data} becomes {@code message.data}, whose values v1 takes as strings only:
 * {@code xdata} and {@code xto} go as their JSON text, which is what an Android app's
 * {@code RemoteMessage.getData()} held under the legacy API too. {@code priority} and
 * {@code time_to_live} become {@code android.priority} and {@code android.ttl}.</li>
 * </ul>
 */
public final class FcmV1Message {

    private FcmV1Message() {
    }

    /** @throws IllegalArgumentException when the body is not a legacy request for exactly one device */
    public static String fromLegacy(String legacyBody) {
        JsonObject legacy;
        try {
            legacy = StrictJson.readObject(legacyBody);
        } catch (StrictJson.Unreadable e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!(legacy.get("registration_ids") instanceof JsonArray ids) || ids.size() != 1
                || !(ids.get(0) instanceof JsonString token)) {
            throw new IllegalArgumentException("not addressed to exactly one registration id");
        }
        StringWriter out = new StringWriter(768);
        try (JsonGenerator json = ChatPacketJson.GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartObject("message");
            json.write("token", token.getString());
            if (legacy.containsKey("aps")) {
                writeApns(json, legacy);
            } else {
                writeAndroid(json, legacy);
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeApns(JsonGenerator json, JsonObject legacy) {
        json.writeStartObject("apns");
        json.writeStartObject("payload");
        for (Map.Entry<String, JsonValue> member : legacy.entrySet()) {
            if (!member.getKey().equals("registration_ids")) {
                json.write(member.getKey(), member.getValue());
            }
        }
        json.writeEnd();
        json.writeEnd();
    }

    private static void writeAndroid(JsonGenerator json, JsonObject legacy) {
        json.writeStartObject("android");
        if (legacy.get("priority") instanceof JsonString priority) {
            json.write("priority", priority.getString().toUpperCase(Locale.ROOT));
        }
        if (legacy.get("time_to_live") instanceof JsonNumber ttl) {
            json.write("ttl", ttl.longValue() + "s");
        }
        json.writeEnd();
        if (!(legacy.get("data") instanceof JsonObject data)) {
            throw new IllegalArgumentException("an Android request without \"data\"");
        }
        json.writeStartObject("data");
        for (Map.Entry<String, JsonValue> member : data.entrySet()) {
            json.write(member.getKey(), member.getValue() instanceof JsonString text ? text.getString() : member.getValue().toString());
        }
        json.writeEnd();
    }
}
