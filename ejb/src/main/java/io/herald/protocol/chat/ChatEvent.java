package io.herald.protocol.chat;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import java.util.Objects;
import java.util.Set;

/** One packet a producer sent for one recipient. */
public record ChatEvent(long to, ChatPacket packet) {

    public ChatEvent {
        Objects.requireNonNull(packet, "packet");
    }

    /** The publication reaching every live session of the recipient. */
    public Publication<ChatPacket> publication() {
        return new Publication<>(ChatPolicy.LANE, Set.of(ChatTopic.user(to)), packet, Fanout.ONCE);
    }

    /** Only messages fall back to FCM when the recipient has no live session. */
    public boolean pushWhenOffline() {
        return packet instanceof ChatPacket.Message;
    }
}
