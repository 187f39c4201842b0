package io.herald.protocol.chat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The packets the server streams to a chat client; the payload of every chat {@code Publication}. */
public sealed interface ChatPacket {

    /** When the packet's event happened; on the wire as {@code ts}. */
    Instant ts();

    /** {@code from_id} sent a message to the receiving user. */
    record Message(String topicId, long seqId, long fromId, String name, JsonObject content,
                   Map<String, Boolean> status, Instant ts) implements ChatPacket {
        public Message {
            Objects.requireNonNull(topicId, "topicId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(ts, "ts");
            // The producer's key order is kept: the packet is echoed as it was written.
            status = Collections.unmodifiableMap(new LinkedHashMap<>(status));
        }
    }

    /** {@code from_id} has read the listed messages of the topic. */
    record Reads(long fromId, String topicId, List<Long> seqIds, Instant ts) implements ChatPacket {
        public Reads {
            Objects.requireNonNull(topicId, "topicId");
            Objects.requireNonNull(ts, "ts");
            seqIds = List.copyOf(seqIds);
        }
    }

    /** {@code from_id} started ({@code typing}) or stopped typing in the topic; never stored. */
    record Typing(boolean typing, long fromId, String topicId, Instant ts) implements ChatPacket {
        public Typing {
            Objects.requireNonNull(topicId, "topicId");
            Objects.requireNonNull(ts, "ts");
        }
    }

    /** {@code from_id} came online (first session opened) or went offline (last session closed). */
    record Presence(boolean online, long fromId, Instant ts) implements ChatPacket {
        public Presence {
            Objects.requireNonNull(ts, "ts");
        }
    }
}
