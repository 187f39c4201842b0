package io.herald.protocol.loom;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.Ingest;
import io.herald.ingest.MalformedEventException;
import io.herald.store.EventStore;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Reads the Loom queue: each message is one event of one organization. It is stored in the
 * organization's stream (rewind and at-least-once replay read it there) in the transaction that
 * consumes the message, and published with its sequence number once that commits. A message
 * carrying an event id the stream already holds is published again but not stored twice.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.loom"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer: store order, delivery order and production order are the same.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
})
// Delivered without XA; Ingest explains why and where the transaction is.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoomEventConsumer implements MessageListener {

    @Inject
    Ingest ingest;

    @Inject
    EventStore store;

    @Inject
    LoomEventMapper mapper;

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.LOOM, message, this::storeAndMap);
    }

    private Publication storeAndMap(String body, Message message) throws MalformedEventException {
        LoomEvent event = mapper.parse(body);
        String stream = LoomTopics.stream(event.organization());
        long sequence = store.sequenceOf(stream, event.id())
                .orElseGet(() -> store.append(stream, event.id(), event.name(), LoomStoredForm.of(event)).getSeq());
        return mapper.publication(event.withSequence(sequence));
    }
}
