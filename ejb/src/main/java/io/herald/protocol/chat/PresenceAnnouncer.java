package io.herald.protocol.chat;

import io.herald.core.Fanout;
import io.herald.core.Publication;
import io.herald.core.Router;
import java.time.Clock;
import java.util.Set;

/**
 * Publishes a user's online/offline changes to {@code presence:<user>}, where the peers listening
 * to them are. Presence is not transactional, so it goes straight to the router.
 */
public final class PresenceAnnouncer implements Presence.Listener {

    private final Router router;
    private final Clock clock;

    public PresenceAnnouncer(Router router, Clock clock) {
        this.router = router;
        this.clock = clock;
    }

    @Override
    public void changed(long userId, boolean online) {
        ChatPacket packet = new ChatPacket.Presence(online, userId, clock.instant());
        router.publish(new Publication<>(ChatPolicy.LANE, Set.of(ChatTopic.presence(userId)), packet, Fanout.ONCE));
    }
}
