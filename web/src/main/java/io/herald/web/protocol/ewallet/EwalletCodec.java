package io.herald.web.protocol.ewallet;

import static io.herald.core.JsonProviders.JSON;

import io.herald.core.StrictJson;
import io.herald.core.StrictUtf8;
import io.herald.protocol.ewallet.EwalletError;
import io.herald.web.protocol.ewallet.EwalletFrame.ChannelEvent;
import io.herald.web.protocol.ewallet.EwalletFrame.Envelope;
import io.herald.web.protocol.ewallet.EwalletFrame.Heartbeat;
import io.herald.web.protocol.ewallet.EwalletFrame.Inbound;
import io.herald.web.protocol.ewallet.EwalletFrame.Join;
import io.herald.web.protocol.ewallet.EwalletFrame.Leave;
import io.herald.web.protocol.ewallet.EwalletFrame.Malformed;
import io.herald.web.protocol.ewallet.EwalletFrame.Ref;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Map;

/** Pure, stateless translation between eWallet frames and their JSON text. */
public final class EwalletCodec {

    /** The only version of the socket API. */
    public static final String VERSION = "1";

    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private EwalletCodec() {
    }

    /**
     * Reads one client text frame. Never throws: a text that is not an object with string
     * {@code topic} and {@code event} and a string, number or null {@code ref} is {@link Malformed}.
     * A missing {@code data} reads as an empty object.
     */
    public static Inbound decode(String text) {
        JsonObject json;
        try {
            json = StrictJson.readObject(text);
        } catch (StrictJson.Unreadable e) {
            return new Malformed(null, Ref.NONE, e.getMessage());
        }
        String topic = json.get("topic") instanceof JsonString s ? s.getString() : null;
        String event = json.get("event") instanceof JsonString s ? s.getString() : null;
        JsonValue refValue = json.get("ref");
        boolean refReadable = refValue != null && Ref.admits(refValue);
        Ref ref = refReadable ? new Ref(refValue) : Ref.NONE;
        if (topic == null) {
            return new Malformed(null, ref, "missing or non-string topic");
        }
        if (event == null) {
            return new Malformed(topic, ref, "missing or non-string event");
        }
        if (!refReadable) {
            return new Malformed(topic, ref, "missing ref, or one that is not a string, number or null");
        }
        JsonValue data = json.getOrDefault("data", JsonValue.EMPTY_JSON_OBJECT);
        return switch (event) {
            case EwalletFrame.PHX_JOIN -> new Join(topic, ref, data);
            case EwalletFrame.PHX_LEAVE -> new Leave(topic, ref);
            case EwalletFrame.HEARTBEAT -> EwalletFrame.PHOENIX_TOPIC.equals(topic)
                    ? new Heartbeat(ref)
                    : new ChannelEvent(topic, event, ref, data);
            default -> new ChannelEvent(topic, event, ref, data);
        };
    }

    /** Reads a binary frame as the UTF-8 text of a text frame; bytes that are not UTF-8 are {@link Malformed}. */
    public static Inbound decode(ByteBuffer bytes) {
        try {
            return decode(StrictUtf8.decode(bytes));
        } catch (CharacterCodingException e) {
            return new Malformed(null, Ref.NONE, "binary frame that is not UTF-8");
        }
    }

    /** The exact wire text of a server frame: seven keys, in the order the eWallet documents show. */
    public static String encode(Envelope envelope) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.write("success", envelope.success());
            json.write("version", VERSION);
            json.write("data", envelope.data());
            writeError(json, envelope.error());
            writeNullable(json, "topic", envelope.topic());
            json.write("event", envelope.event());
            json.write("ref", envelope.ref().value());
            json.writeEnd();
        }
        return out.toString();
    }

    private static void writeError(JsonGenerator json, EwalletError error) {
        if (error == null) {
            json.writeNull("error");
            return;
        }
        json.writeStartObject("error");
        json.write("object", "error");
        json.write("code", error.code());
        json.write("description", error.description());
        json.write("messages", error.messages());
        json.writeEnd();
    }

    private static void writeNullable(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }
}
