package io.herald.web.protocol.loom;

import static io.herald.core.JsonProviders.JSON;

import io.herald.core.StrictJson;
import io.herald.persistence.StoredEvent;
import io.herald.persistence.loom.LoomAck;
import io.herald.protocol.loom.LoomEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pure functions between ActionCable's {@code actioncable-v1-json} text and Loom's typed frames.
 * Decoding never throws: bad input comes back as {@link Invalid} or an empty optional.
 */
public final class LoomCodec {

    private LoomCodec() {
    }

    /** The outcome of decoding one client frame. */
    public sealed interface Decoded {
    }

    public record Valid(Command command) implements Decoded {
    }

    public record Invalid(String reason) implements Decoded {
    }

    public static Decoded decode(String text) {
        Optional<JsonObject> parsed = object(text);
        if (parsed.isEmpty()) {
            return new Invalid("not a JSON object");
        }
        JsonObject json = parsed.get();
        String command = string(json, "command");
        if (command == null) {
            return new Invalid("no command");
        }
        String identifier = string(json, "identifier");
        if (identifier == null) {
            return new Invalid("no identifier string");
        }
        return switch (command) {
            case "subscribe" -> new Valid(new Command.Subscribe(identifier));
            case "unsubscribe" -> new Valid(new Command.Unsubscribe(identifier));
            case "message" -> {
                String data = string(json, "data");
                yield data == null ? new Invalid("message without a data string")
                        : new Valid(new Command.Message(identifier, data));
            }
            default -> new Invalid("unknown command " + command);
        };
    }

    /**
     * Reads an identifier as channel parameters; empty when it is not a JSON object with a string
     * {@code channel} (ActionCable cannot route such a subscription at all).
     */
    public static Optional<ChannelIdentifier> parseIdentifier(String identifier) {
        Optional<JsonObject> parsed = object(identifier);
        if (parsed.isEmpty() || string(parsed.get(), "channel") == null) {
            return Optional.empty();
        }
        JsonObject json = parsed.get();
        String events = string(json, "events");
        Set<String> names = new LinkedHashSet<>();
        if (events != null) {
            for (String name : events.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        ChannelIdentifier.Delivery delivery = json.containsKey("delivery")
                ? ChannelIdentifier.Delivery.of(string(json, "delivery"))
                : ChannelIdentifier.Delivery.AT_MOST_ONCE;
        return Optional.of(new ChannelIdentifier(json.getString("channel"), new ArrayList<>(names), delivery));
    }

    /** Reads a {@code message} command's data; empty when it is not a JSON object with a string {@code action}. */
    public static Optional<Action> parseAction(String data) {
        Optional<JsonObject> parsed = object(data);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        JsonObject json = parsed.get();
        String action = string(json, "action");
        if (action == null) {
            return Optional.empty();
        }
        return Optional.of(switch (action) {
            case "rewind" -> rewind(json);
            case "ack" -> ack(json);
            default -> new Action.Invalid(action, "unknown action");
        });
    }

    private static Action rewind(JsonObject json) {
        String sinceId = string(json, "since_id");
        String since = string(json, "since");
        if ((sinceId == null) == (since == null)) {
            return new Action.Invalid("rewind", "give exactly one of since_id and since");
        }
        if (sinceId != null) {
            if (sinceId.isBlank()) {
                return new Action.Invalid("rewind", "empty since_id");
            }
            return sinceId.length() > StoredEvent.EVENT_KEY_LENGTH
                    ? new Action.Invalid("rewind", "since_id longer than " + StoredEvent.EVENT_KEY_LENGTH + " characters")
                    : new Action.Rewind(sinceId, null);
        }
        try {
            return new Action.Rewind(null, OffsetDateTime.parse(since).toInstant());
        } catch (DateTimeParseException e) {
            return new Action.Invalid("rewind", "since is not an ISO-8601 date-time");
        }
    }

    private static Action ack(JsonObject json) {
        JsonValue ids = json.get("ids");
        if (ids == null || ids.getValueType() != JsonValue.ValueType.ARRAY) {
            return new Action.Invalid("ack", "ids must be an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonValue id : ids.asJsonArray()) {
            if (!(id instanceof JsonString s)) {
                return new Action.Invalid("ack", "ids must be an array of strings");
            }
            // No stored event has a longer id, and the ack table could not hold one.
            if (s.getString().length() > LoomAck.ID_LENGTH) {
                return new Action.Invalid("ack", "an id longer than " + LoomAck.ID_LENGTH + " characters");
            }
            list.add(s.getString());
        }
        return new Action.Ack(list);
    }

    /** The exact text ActionCable sends for each frame, keys in ActionCable's order. */
    public static String encode(ServerFrame frame) {
        return switch (frame) {
            case ServerFrame.Welcome welcome -> write(g -> g.write("type", "welcome"));
            case ServerFrame.Ping p -> write(g -> g.write("type", "ping").write("message", p.epochSeconds()));
            case ServerFrame.ConfirmSubscription c ->
                    write(g -> g.write("identifier", c.identifier()).write("type", "confirm_subscription"));
            case ServerFrame.RejectSubscription r ->
                    write(g -> g.write("identifier", r.identifier()).write("type", "reject_subscription"));
            case ServerFrame.Disconnect d ->
                    write(g -> g.write("type", "disconnect").write("reason", d.reason()).write("reconnect", d.reconnect()));
            case ServerFrame.Delivery d -> write(g -> {
                g.write("identifier", d.identifier()).writeStartObject("message");
                event(g, d.event());
                g.writeEnd();
            });
            case ServerFrame.RewindComplete c -> write(g -> g.write("identifier", c.identifier()).writeStartObject("message")
                    .write("action", "rewind_complete").write("replayed", c.replayed()).writeEnd());
            case ServerFrame.RewindFailed f -> write(g -> g.write("identifier", f.identifier()).writeStartObject("message")
                    .write("action", "rewind_failed").write("reason", f.reason()).writeEnd());
        };
    }

    private static void event(JsonGenerator g, LoomEvent event) {
        g.write("id", event.id());
        nullable(g, "timestamp", event.timestamp());
        g.write("name", event.name());
        nullable(g, "version", event.version());
        g.write("payload", event.payload());
        nullable(g, "link", event.link());
        nullable(g, "received_at", event.receivedAt());
        nullable(g, "subject", event.subject());
    }

    private static void nullable(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }

    private static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.accept(g);
            g.writeEnd();
        }
        return htmlSafe(out.toString());
    }

    /**
     * Rails encodes JSON with HTML-entity escaping on, so ActionCable clients have always received
     * {@code < > &} and U+2028/U+2029 as {@code \\u} escapes; doing the same keeps Herald's frames byte
     * for byte what they expect. These characters can only occur inside JSON strings, so replacing
     * them in the generator's output is exact.
     */
    static String htmlSafe(String json) {
        StringBuilder escaped = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String replacement = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? json : escaped.toString();
    }

    private static Optional<JsonObject> object(String text) {
        try {
            return Optional.of(StrictJson.readObject(text));
        } catch (StrictJson.Unreadable e) {
            return Optional.empty();
        }
    }

    private static String string(JsonObject json, String key) {
        return json.get(key) instanceof JsonString s ? s.getString() : null;
    }
}
