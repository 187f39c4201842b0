package io.herald.protocol.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.herald.core.HeraldMetrics;
import io.herald.core.JoinDecision;
import io.herald.core.Lane;
import io.herald.core.Publication;
import io.herald.core.Router;
import io.herald.core.Subscriber;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceAnnouncerTest {

    private final Router router = new Router(List.of(new ChatPolicy((a, b) -> true)), new HeraldMetrics());
    private final Presence presence = new Presence(new PresenceAnnouncer(router, Clock.fixed(Samples.TS, ZoneOffset.UTC)));

    /** A peer of user 2 listening to their presence. */
    private final List<ChatPacket> heard = new ArrayList<>();
    private final Subscriber<ChatPrincipal, ChatPacket> listener = new Subscriber<>() {
        @Override
        public Lane<ChatPrincipal, ChatPacket> lane() {
            return ChatPolicy.LANE;
        }

        @Override
        public ChatPrincipal principal() {
            return new ChatPrincipal(1);
        }

        @Override
        public void deliver(String topic, Publication<ChatPacket> publication) {
            heard.add(publication.payload());
        }
    };

    @Test
    void listenersHearTheFirstOpeningAndTheLastClosing() {
        assertEquals(JoinDecision.ALLOWED, router.join(listener, ChatTopic.presence(2)));
        Object phone = new Object();
        Object laptop = new Object();

        presence.opened(2, phone);
        presence.opened(2, laptop);
        presence.closed(2, phone);
        presence.closed(2, laptop);
        presence.opened(3, new Object());

        assertEquals(List.of(
                new ChatPacket.Presence(true, 2, Samples.TS),
                new ChatPacket.Presence(false, 2, Samples.TS)), heard);
    }
}
