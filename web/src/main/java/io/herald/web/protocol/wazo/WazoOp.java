package io.herald.web.protocol.wazo;

import io.herald.core.Secrets;
import jakarta.json.JsonValue;
import java.util.Objects;

/** What the wire carries: the client's operations and the server's messages. */
public sealed interface WazoOp {

    /** An operation a client sends. */
    sealed interface FromClient extends WazoOp permits Subscribe, Start, Token, Ping {
    }

    /** A message the server sends. */
    sealed interface FromServer extends WazoOp permits Init, Subscribed, Started, TokenChanged, Pong, Event {
    }

    /** {@code {"op": "subscribe", "data": {"event_name": ...}}}; {@code *} means every event. */
    record Subscribe(String eventName) implements FromClient {
        public Subscribe {
            Objects.requireNonNull(eventName, "eventName");
        }
    }

    /** {@code {"op": "start"}}. */
    record Start() implements FromClient {
    }

    /** Version 2: {@code {"op": "token", "data": {"token": ...}}} swaps the connection's token. */
    record Token(String tokenId) implements FromClient {
        public Token {
            Objects.requireNonNull(tokenId, "tokenId");
        }

        @Override
        public String toString() {
            return "Token[tokenId=" + Secrets.REDACTED + "]";
        }
    }

    /** Version 2: {@code {"op": "ping", "data": {"payload": ...}}}; the payload is any JSON value. */
    record Ping(JsonValue payload) implements FromClient {
        public Ping {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** Sent once the connection is authenticated. */
    record Init() implements FromServer {
    }

    /** The reply to {@code subscribe}. */
    record Subscribed() implements FromServer {
    }

    /** The reply to {@code start}. */
    record Started() implements FromServer {
    }

    /** Version 2: the reply to an accepted {@code token}. */
    record TokenChanged() implements FromServer {
    }

    /** Version 2: the reply to {@code ping}, echoing its payload. */
    record Pong(JsonValue payload) implements FromServer {
        public Pong {
            Objects.requireNonNull(payload, "payload");
        }
    }

    /** A bus event; {@code body} is the producer's JSON object text. */
    record Event(String body) implements FromServer {
        public Event {
            Objects.requireNonNull(body, "body");
        }
    }
}
