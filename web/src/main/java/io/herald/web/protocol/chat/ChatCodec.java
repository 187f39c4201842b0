package io.herald.web.protocol.chat;

import static io.herald.core.JsonProviders.JSON;

import io.herald.core.Publication;
import io.herald.core.StrictJson;
import io.herald.protocol.chat.ChatPacket;
import io.herald.protocol.chat.ChatPacketJson;
import io.herald.protocol.chat.ChatTime;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Text frames of the chat WebSocket to and from {@link ChatFrame}s: pure functions, no state.
 * Decoding never throws; encoding writes the keys in the order of the protocol document.
 */
public final class ChatCodec {

    /** The render-cache key of chat pushes in a {@link Publication}: one text for every session. */
    public static final Object FORMAT = "chat-json";

    private static final List<String> COMMANDS = List.of("auth", "listen", "unlisten");
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

    private ChatCodec() {
    }

    /** A command, or {@link ChatFrame.Unreadable} saying why the text is none. */
    public static ChatFrame.Inbound decode(String text) {
        JsonObject frame;
        try {
            frame = StrictJson.readObject(text);
        } catch (StrictJson.Unreadable e) {
            return new ChatFrame.Unreadable(null, e.getMessage());
        }
        List<String> named = COMMANDS.stream().filter(frame::containsKey).toList();
        if (named.size() != 1) {
            return new ChatFrame.Unreadable(null, named.isEmpty() ? "no command" : "several commands " + named);
        }
        String command = named.get(0);
        if (!(frame.get(command) instanceof JsonObject body)) {
            return new ChatFrame.Unreadable(null, command + " is not an object");
        }
        if (!(body.get("id") instanceof JsonString idString)) {
            return new ChatFrame.Unreadable(null, command + ".id is missing or not a string");
        }
        String id = idString.getString();
        return switch (command) {
            case "auth" -> body.get("access_token") instanceof JsonString token
                    ? new ChatFrame.Auth(id, token.getString())
                    : new ChatFrame.Unreadable(id, "auth.access_token is missing or not a string");
            case "listen" -> peerId(body)
                    .<ChatFrame.Inbound>map(peer -> new ChatFrame.Listen(id, peer))
                    .orElseGet(() -> new ChatFrame.Unreadable(id, "listen.peer_id is missing or not a user id"));
            default -> peerId(body)
                    .<ChatFrame.Inbound>map(peer -> new ChatFrame.Unlisten(id, peer))
                    .orElseGet(() -> new ChatFrame.Unreadable(id, "unlisten.peer_id is missing or not a user id"));
        };
    }

    private static Optional<Long> peerId(JsonObject body) {
        if (body.get("peer_id") instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.longValueExact();
                return id > 0 ? Optional.of(id) : Optional.empty();
            } catch (ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The exact text of a server frame. */
    public static String encode(ChatFrame.ServerFrame frame) {
        return switch (frame) {
            case ChatFrame.Push push -> ChatPacketJson.frame(push.packet());
            case ChatFrame.Success success -> write(json -> {
                json.write("id", success.id());
                json.write("status", 200);
                json.writeStartObject("data");
                writeResult(json, success.data());
                json.writeEnd();
                json.write("ts", ChatTime.format(success.ts()));
            });
            case ChatFrame.Failure failure -> write(json -> {
                if (failure.id() != null) {
                    json.write("id", failure.id());
                }
                json.write("status", failure.error().status());
                json.write("err", failure.error().code());
                json.write("ts", ChatTime.format(failure.ts()));
            });
        };
    }

    /** One JSON object, its members written by {@code members}. */
    private static String write(Consumer<JsonGenerator> members) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            members.accept(json);
            json.writeEnd();
        }
        return out.toString();
    }

    /** The push frame of a chat publication; pass to {@link Publication#render} with {@link #FORMAT}. */
    public static String encodePush(Publication<ChatPacket> publication) {
        return encode(new ChatFrame.Push(publication.payload()));
    }

    private static void writeResult(JsonGenerator json, ChatFrame.Result result) {
        switch (result) {
            case ChatFrame.Authenticated authenticated -> json.write("user_id", authenticated.userId());
            case ChatFrame.Listening listening -> {
                json.write("user_id", listening.userId());
                json.write("peer_id", listening.peerId());
                json.write("is_online", listening.isOnline());
            }
            case ChatFrame.Unlistened unlistened -> {
                json.write("user_id", unlistened.userId());
                json.write("peer_id", unlistened.peerId());
            }
        }
    }
}
