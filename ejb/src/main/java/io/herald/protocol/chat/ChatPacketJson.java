package io.herald.protocol.chat;

import static io.herald.core.JsonProviders.JSON;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The wire text of chat packets, shared by the WebSocket codec and the FCM payloads so a message
 * reads the same on both paths. Keys are written in the order of the protocol document's examples.
 */
public final class ChatPacketJson {

    static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private ChatPacketJson() {
    }

    /** The whole frame a client receives for {@code packet}, e.g. {@code {"message":{...}}}. */
    public static String frame(ChatPacket packet) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            writeFrameBody(json, packet);
            json.writeEnd();
        }
        return out.toString();
    }

    /** Writes the packet's one top-level member (name and object) into an open object. */
    public static void writeFrameBody(JsonGenerator json, ChatPacket packet) {
        switch (packet) {
            case ChatPacket.Message message -> {
                json.writeStartObject("message");
                writeMessageFields(json, message);
            }
            case ChatPacket.Reads reads -> writeReads(json, reads);
            case ChatPacket.Typing typing -> writeTyping(json, typing);
            case ChatPacket.Presence presence -> {
                json.writeStartObject("pres");
                json.write("what", presence.online() ? "online" : "offline");
                json.write("from_id", presence.fromId());
                json.write("ts", ChatTime.format(presence.ts()));
            }
        }
        json.writeEnd();
    }

    private static void writeReads(JsonGenerator json, ChatPacket.Reads reads) {
        json.writeStartObject("reads");
        json.write("from_id", reads.fromId());
        json.write("topic_id", reads.topicId());
        json.writeStartArray("seq_ids");
        reads.seqIds().forEach(json::write);
        json.writeEnd();
        json.write("ts", ChatTime.format(reads.ts()));
    }

    private static void writeTyping(JsonGenerator json, ChatPacket.Typing typing) {
        json.writeStartObject("pres");
        // The document's stop_typing example puts from_id first; Herald matches it byte for byte.
        if (typing.typing()) {
            json.write("what", "typing");
            json.write("from_id", typing.fromId());
        } else {
            json.write("from_id", typing.fromId());
            json.write("what", "stop_typing");
        }
        json.write("topic_id", typing.topicId());
        json.write("ts", ChatTime.format(typing.ts()));
    }

    /** The members of a message packet, into an open object (also FCM's {@code xdata}). */
    public static void writeMessageFields(JsonGenerator json, ChatPacket.Message message) {
        json.write("topic_id", message.topicId());
        json.write("seq_id", message.seqId());
        json.write("from_id", message.fromId());
        json.write("name", message.name());
        json.write("content", message.content());
        json.writeStartObject("status");
        message.status().forEach(json::write);
        json.writeEnd();
        json.write("ts", ChatTime.format(message.ts()));
    }
}
