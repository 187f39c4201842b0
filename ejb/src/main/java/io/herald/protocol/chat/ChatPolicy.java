package io.herald.protocol.chat;

import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Protocol;
import io.herald.core.TopicPolicy;

/**
 * Who may listen to what in the chat: a user's own topic only by that user; a user's presence only
 * by the users who share a p2p connection with them, never by the user themself.
 */
public class ChatPolicy implements TopicPolicy<ChatPrincipal, ChatPacket> {

    /** Chat's lane: a signed-in user receives packets (messages, reads, typing, presence). */
    public static final Lane<ChatPrincipal, ChatPacket> LANE = new Lane<>(Protocol.CHAT, ChatPrincipal.class, ChatPacket.class);

    private final ChatPeers connections;

    public ChatPolicy(ChatPeers connections) {
        this.connections = connections;
    }

    @Override
    public Lane<ChatPrincipal, ChatPacket> lane() {
        return LANE;
    }

    /** @throws RuntimeException when the directory of p2p connections fails */
    @Override
    public JoinDecision mayJoin(ChatPrincipal user, String topic) {
        if (user == null) {
            return JoinDecision.FORBIDDEN;
        }
        return ChatTopic.parse(topic)
                .map(t -> decide(user.userId(), t))
                .orElse(JoinDecision.UNMATCHED);
    }

    private JoinDecision decide(long userId, ChatTopic topic) {
        return switch (topic.kind()) {
            case USER -> topic.userId() == userId ? JoinDecision.ALLOWED : JoinDecision.FORBIDDEN;
            case PRESENCE -> topic.userId() != userId && connections.connected(userId, topic.userId())
                    ? JoinDecision.ALLOWED
                    : JoinDecision.FORBIDDEN;
        };
    }
}
