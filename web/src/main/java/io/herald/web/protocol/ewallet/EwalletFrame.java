package io.herald.web.protocol.ewallet;

import static io.herald.core.JsonProviders.JSON;

import io.herald.protocol.ewallet.EwalletError;
import io.herald.protocol.ewallet.EwalletEvent;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * What an eWallet socket carries. Clients send {@code {"topic","event","ref","data"}}, decoded into
 * one {@link Inbound} per kind of request; the server always answers with the seven-key
 * {@link Envelope}.
 */
public sealed interface EwalletFrame {

    /** The topic of the socket itself, where heartbeats go. */
    String PHOENIX_TOPIC = "phoenix";
    String PHX_JOIN = "phx_join";
    String PHX_LEAVE = "phx_leave";
    String PHX_REPLY = "phx_reply";
    String PHX_CLOSE = "phx_close";
    String PHX_ERROR = "phx_error";
    String HEARTBEAT = "heartbeat";

    /**
     * The client's reference for a request, echoed verbatim in the reply: a JSON string, a number or
     * null, kept as the JSON value it arrived as.
     */
    record Ref(JsonValue value) {
        public static final Ref NONE = new Ref(JsonValue.NULL);

        public Ref {
            Objects.requireNonNull(value, "value");
            if (!admits(value)) {
                throw new IllegalArgumentException("a ref is a string, a number or null, not " + value.getValueType());
            }
        }

        public static Ref of(String ref) {
            return ref == null ? NONE : new Ref(JSON.createValue(ref));
        }

        /** True for the JSON types a ref may have. */
        public static boolean admits(JsonValue value) {
            return value instanceof JsonString || value instanceof JsonNumber || value == JsonValue.NULL;
        }
    }

    /** A frame from the client. */
    sealed interface Inbound extends EwalletFrame {
    }

    /** {@code phx_join}: subscribe to {@code topic}. */
    record Join(String topic, Ref ref, JsonValue data) implements Inbound {
    }

    /** {@code phx_leave}: unsubscribe from {@code topic}. */
    record Leave(String topic, Ref ref) implements Inbound {
    }

    /** {@code heartbeat} on the {@code phoenix} topic: keeps the socket open. */
    record Heartbeat(Ref ref) implements Inbound {
    }

    /** Any other event the client sends on a topic; the socket has none to handle yet. */
    record ChannelEvent(String topic, String event, Ref ref, JsonValue data) implements Inbound {
    }

    /**
     * A text that is no eWallet frame, with whatever topic and ref could still be read so the error
     * can point at the request (null and {@link Ref#NONE} when they could not).
     *
     * @param reason for the server log, never sent
     */
    record Malformed(String topic, Ref ref, String reason) implements Inbound {
    }

    /**
     * A frame from the server: {@code success, version, data, error, topic, event, ref}, in that
     * order on the wire, with version always {@code "1"}.
     *
     * @param topic null only for an error about a frame whose topic could not be read
     * @param error null when there is none
     */
    record Envelope(boolean success, JsonValue data, EwalletError error, String topic, String event, Ref ref)
            implements EwalletFrame {

        public Envelope {
            data = data == null ? JsonValue.NULL : data;
            Objects.requireNonNull(event, "event");
            ref = ref == null ? Ref.NONE : ref;
        }

        /** The successful reply to a join, a leave or a heartbeat. */
        public static Envelope reply(String topic, Ref ref) {
            return new Envelope(true, JsonValue.NULL, null, topic, PHX_REPLY, ref);
        }

        /** A refused request. */
        public static Envelope refusal(String topic, Ref ref, EwalletError error) {
            return new Envelope(false, JsonValue.NULL, error, topic, PHX_REPLY, ref);
        }

        /** The channel joined with {@code joinRef} is closed. */
        public static Envelope close(String topic, Ref joinRef) {
            return new Envelope(false, JsonValue.NULL, null, topic, PHX_CLOSE, joinRef);
        }

        /** Something went wrong outside any reply, e.g. a frame that could not be decoded. */
        public static Envelope error(String topic, Ref ref, EwalletError error) {
            return new Envelope(false, JsonValue.NULL, error, topic, PHX_ERROR, ref);
        }

        /** A published event as it goes out on one of its topics. */
        public static Envelope push(String topic, EwalletEvent event) {
            return new Envelope(event.success(), event.data(), event.error(), topic, event.event(), Ref.NONE);
        }
    }
}
