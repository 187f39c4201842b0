package io.herald.web.protocol.chat;

import io.herald.core.Secrets;
import io.herald.protocol.chat.ChatPacket;
import java.time.Instant;
import java.util.Objects;

/** What the chat WebSocket carries, in both directions. */
public sealed interface ChatFrame {

    /** What the decoder makes of a client's text frame. */
    sealed interface Inbound extends ChatFrame permits Command, Unreadable {
    }

    /** One of the functions a client may call; {@code id} is echoed in the response. */
    sealed interface Command extends Inbound permits Auth, Listen, Unlisten {
        String id();
    }

    /** {@code {"auth":{"id":..,"access_token":..}}} */
    record Auth(String id, String accessToken) implements Command {
        public Auth {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(accessToken, "accessToken");
        }

        @Override
        public String toString() {
            return "Auth[id=" + id + ", accessToken=" + Secrets.REDACTED + "]";
        }
    }

    /** {@code {"listen":{"id":..,"peer_id":..}}} */
    record Listen(String id, long peerId) implements Command {
        public Listen {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code {"unlisten":{"id":..,"peer_id":..}}} */
    record Unlisten(String id, long peerId) implements Command {
        public Unlisten {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * A text frame that is no valid command.
     *
     * @param id the command's id when one could be read, else null
     * @param reason for the log; never sent to the client
     */
    record Unreadable(String id, String reason) implements Inbound {
    }

    /** What the server sends. */
    sealed interface ServerFrame extends ChatFrame permits Success, Failure, Push {
    }

    /** {@code {"id":..,"status":200,"data":{..},"ts":..}} */
    record Success(String id, Result data, Instant ts) implements ServerFrame {
        public Success {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /**
     * {@code {"id":..,"status":4xx|500,"err":..,"ts":..}}
     *
     * @param id null when the request's id could not be read; the frame then has no {@code id}
     */
    record Failure(String id, ChatError error, Instant ts) implements ServerFrame {
        public Failure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** A packet streamed from the server: message, reads or a {@code pres} packet. */
    record Push(ChatPacket packet) implements ServerFrame {
        public Push {
            Objects.requireNonNull(packet, "packet");
        }
    }

    /** The {@code data} of a successful response. */
    sealed interface Result permits Authenticated, Listening, Unlistened {
    }

    record Authenticated(long userId) implements Result {
    }

    record Listening(long userId, long peerId, boolean isOnline) implements Result {
    }

    record Unlistened(long userId, long peerId) implements Result {
    }
}
