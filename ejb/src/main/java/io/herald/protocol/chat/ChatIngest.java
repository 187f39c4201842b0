package io.herald.protocol.chat;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.ProtocolIngest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import java.time.Clock;

/**
 * What Herald does with a message of the chat queue: one packet for one recipient, published to the
 * recipient's live sessions. A message for a recipient with no live session is also written to the
 * FCM outbox ({@link OfflinePushes} decides), in the ingest transaction, so the push is stored
 * before the message is acknowledged. A message redelivered after a crash reaches live sessions
 * twice, and is pushed again unless its push still waits in the outbox ({@link FcmOutbox#enqueue}).
 */
@ApplicationScoped
public class ChatIngest extends ProtocolIngest {

    @Inject
    OfflinePushes offlinePushes;

    @Inject
    FcmOutbox outbox;

    // Not final: tests fix it, to know when a push was enqueued.
    Clock clock = Clock.systemUTC();

    public ChatIngest() {
        super(Protocol.CHAT);
    }

    /** Runs in the ingest transaction, which the outbox's enqueue requires. */
    @Override
    public Publication<ChatPacket> map(String body, Message message) throws MalformedEventException {
        ChatEvent event = ChatEventMapper.read(body);
        outbox.enqueue(event.to(), offlinePushes.pushesFor(event), clock.instant());
        return event.publication();
    }
}
