package io.herald.protocol.chat;

import java.util.Optional;

/**
 * The two kinds of chat topic: {@code user:<id>}, where a user's own packets (messages, reads,
 * typing) arrive, and {@code presence:<id>}, where a user's online/offline changes are announced
 * to the peers listening to them.
 */
public record ChatTopic(Kind kind, long userId) {

    public enum Kind {
        USER("user:"),
        PRESENCE("presence:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static String user(long userId) {
        return new ChatTopic(Kind.USER, userId).toString();
    }

    public static String presence(long userId) {
        return new ChatTopic(Kind.PRESENCE, userId).toString();
    }

    /** The topic {@code name} denotes, or empty when it matches neither pattern. */
    public static Optional<ChatTopic> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (name.startsWith(kind.prefix)) {
                return UserIds.parse(name.substring(kind.prefix.length())).map(id -> new ChatTopic(kind, id));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return kind.prefix + userId;
    }
}
