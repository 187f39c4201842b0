package io.herald.web.protocol.wazo;

import static io.herald.core.JsonProviders.JSON;

import io.herald.core.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;

/**
 * Pure functions between Wazo wire text and {@link WazoOp}s.
 *
 * <p>Server messages are written exactly as the protocol documents them, with a space after each
 * {@code ,} and {@code :} ({@code {"op": "init", "code": 0, "msg": ""}}). JSON-P's generator
 * cannot lay JSON out that way, so this class writes the structure itself and lets the generator
 * write each string, for its escaping. Event bodies are JSON objects the mapper has validated;
 * they are embedded as they are, byte for byte.
 */
public final class WazoCodec {

    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private static final String INIT_V1 = reply("init", "msg", JSON.createValue(""));
    private static final String SUBSCRIBED_V1 = reply("subscribe", "msg", JSON.createValue(""));
    private static final String STARTED_V1 = reply("start", "msg", JSON.createValue(""));
    private static final String INIT_V2 = reply("init", "data",
            JSON.createObjectBuilder().add("version", 2).build());
    private static final String SUBSCRIBED_V2 = reply("subscribe", null, null);
    private static final String STARTED_V2 = reply("start", null, null);
    private static final String TOKEN_CHANGED_V2 = reply("token", null, null);
    private static final String EVENT_V2_PREFIX = "{" + quote("op") + ": " + quote("event") + ", "
            + quote("code") + ": 0, " + quote("data") + ": ";

    private WazoCodec() {
    }

    /** The outcome of decoding one client frame. */
    public sealed interface Decoded {
    }

    /** A well-formed operation. */
    public record Ok(WazoOp.FromClient op) implements Decoded {
    }

    /** A frame the protocol does not allow; the connection closes with 4004. */
    public record Invalid(String reason) implements Decoded {
    }

    /** Decodes a client text frame; never throws. Version 1 knows only subscribe and start. */
    public static Decoded decode(String text, WazoVersion version) {
        JsonObject frame;
        try {
            frame = StrictJson.readObject(text);
        } catch (StrictJson.Unreadable e) {
            return new Invalid(e.getMessage());
        }
        if (!(frame.get("op") instanceof JsonString op)) {
            return new Invalid("\"op\" is missing or not a string");
        }
        JsonValue data = frame.get("data");
        return switch (op.getString()) {
            case "subscribe" -> stringIn(data, "event_name")
                    .<Decoded>map(name -> new Ok(new WazoOp.Subscribe(name)))
                    .orElseGet(() -> new Invalid("subscribe needs a string \"data.event_name\""));
            case "start" -> new Ok(new WazoOp.Start());
            case "token" -> version == WazoVersion.V1 ? unknown(op) : stringIn(data, "token")
                    .<Decoded>map(token -> new Ok(new WazoOp.Token(token)))
                    .orElseGet(() -> new Invalid("token needs a string \"data.token\""));
            case "ping" -> version == WazoVersion.V1 ? unknown(op)
                    : data instanceof JsonObject object && object.containsKey("payload")
                            ? new Ok(new WazoOp.Ping(object.get("payload")))
                            : new Invalid("ping needs \"data.payload\"");
            default -> unknown(op);
        };
    }

    /** The text of a server message in the given version's dialect. */
    public static String encode(WazoOp.FromServer message, WazoVersion version) {
        boolean v1 = version == WazoVersion.V1;
        return switch (message) {
            case WazoOp.Init init -> v1 ? INIT_V1 : INIT_V2;
            case WazoOp.Subscribed subscribed -> v1 ? SUBSCRIBED_V1 : SUBSCRIBED_V2;
            case WazoOp.Started started -> v1 ? STARTED_V1 : STARTED_V2;
            case WazoOp.Event event -> encodeEvent(event.body(), version);
            case WazoOp.TokenChanged changed -> v1 ? notInVersion1(message) : TOKEN_CHANGED_V2;
            case WazoOp.Pong pong -> v1 ? notInVersion1(message)
                    : reply("pong", "data", JSON.createObjectBuilder().add("payload", pong.payload()).build());
        };
    }

    private static String notInVersion1(WazoOp.FromServer message) {
        throw new IllegalArgumentException(message + " does not exist in version 1");
    }

    /** Version 1 sends the body as produced; version 2 wraps it in an {@code event} message. */
    public static String encodeEvent(String body, WazoVersion version) {
        return version == WazoVersion.V1 ? body : EVENT_V2_PREFIX + body + "}";
    }

    private static Decoded unknown(JsonString op) {
        return new Invalid("unknown op " + quote(op.getString()));
    }

    private static java.util.Optional<String> stringIn(JsonValue data, String key) {
        return data instanceof JsonObject object && object.get(key) instanceof JsonString value
                ? java.util.Optional.of(value.getString())
                : java.util.Optional.empty();
    }

    private static String reply(String op, String key, JsonValue value) {
        StringBuilder out = new StringBuilder(48)
                .append('{').append(quote("op")).append(": ").append(quote(op))
                .append(", ").append(quote("code")).append(": 0");
        if (key != null) {
            out.append(", ").append(quote(key)).append(": ");
            write(value, out);
        }
        return out.append('}').toString();
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                Iterator<Map.Entry<String, JsonValue>> entries = value.asJsonObject().entrySet().iterator();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonValue> entry = entries.next();
                    out.append(quote(entry.getKey())).append(": ");
                    write(entry.getValue(), out);
                    out.append(entries.hasNext() ? ", " : "");
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    out.append(i > 0 ? ", " : "");
                    write(array.get(i), out);
                }
                out.append(']');
            }
            default -> out.append(scalar(value));
        }
    }

    private static String quote(String text) {
        return scalar(JSON.createValue(text));
    }

    private static String scalar(JsonValue value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = GENERATORS.createGenerator(text)) {
            generator.write(value);
        }
        return text.toString();
    }
}
