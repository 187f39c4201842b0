package io.herald.protocol.ewallet;

import java.util.Objects;
import java.util.Optional;

/** The five channel patterns of the eWallet socket, {@code <kind>:<id>}. */
public final class EwalletTopics {

    /** The kinds of channel, each with the topic prefix that names it. */
    public enum Channel {
        ACCOUNT("account"),
        USER("user"),
        ADDRESS("address"),
        TRANSACTION_REQUEST("transaction_request"),
        TRANSACTION_CONSUMPTION("transaction_consumption");

        private final String prefix;

        Channel(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** The topic of this channel for {@code id}. */
        public String topic(String id) {
            return prefix + ":" + id;
        }
    }

    /**
     * A topic matched to its channel.
     *
     * @param id everything after the first colon; may be empty, which names no resource
     */
    public record Topic(Channel channel, String id) {
        public Topic {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(id, "id");
        }
    }

    private EwalletTopics() {
    }

    /** The channel {@code topic} belongs to, or empty when it matches no pattern. */
    public static Optional<Topic> parse(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        int colon = topic.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = topic.substring(0, colon);
        for (Channel channel : Channel.values()) {
            if (channel.prefix.equals(prefix)) {
                return Optional.of(new Topic(channel, topic.substring(colon + 1)));
            }
        }
        return Optional.empty();
    }
}
