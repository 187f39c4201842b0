package io.herald.protocol.chat;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.Ingest;
import io.herald.ingest.MalformedEventException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Clock;

/**
 * Reads the chat queue: each message is one packet for one recipient. The recipient's live
 * sessions receive it once the transaction commits; a message for a recipient with no live
 * session is written to the FCM outbox in that same transaction, so the push exists exactly when
 * the message was consumed.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.chat"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer keeps every user's packets in the order they were produced.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
})
// Delivered without XA; Ingest explains why and where the transaction is.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatEventConsumer implements MessageListener {

    private static final ChatEventMapper MAPPER = new ChatEventMapper();

    @Inject
    Ingest ingest;

    @Inject
    OfflinePushes offlinePushes;

    @Inject
    FcmOutbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.CHAT, message, this::map);
    }

    private Publication map(String body, Message message) throws MalformedEventException {
        ChatEvent event = MAPPER.read(body);
        outbox.enqueue(event.to(), offlinePushes.pushesFor(event), clock.instant());
        return event.publication();
    }
}
