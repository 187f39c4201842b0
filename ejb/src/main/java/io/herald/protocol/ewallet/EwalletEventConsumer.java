package io.herald.protocol.ewallet;

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
import java.util.Set;

/**
 * Reads the eWallet queue: each message is an event pushed to the channels it names, directory
 * entries stored in the consuming transaction, or both (entries first).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.ewallet"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer keeps every channel's events in the order they were produced.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
})
// Delivered without XA; Ingest explains why and where the transaction is.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EwalletEventConsumer implements MessageListener {

    @Inject
    Ingest ingest;

    @Inject
    EwalletEventMapper mapper;

    @Inject
    JpaEwalletDirectory identities;

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.EWALLET, message, this::map);
    }

    private Publication map(String body, Message message) throws MalformedEventException {
        EwalletMessage read = mapper.readMessage(body);
        if (read.directory() != null) {
            try {
                identities.apply(read.directory());
            } catch (JpaEwalletDirectory.DirectoryConflict conflict) {
                throw new MalformedEventException(conflict.getMessage(), conflict);
            }
        }
        // A message that only updates the directory publishes on no topic: nobody receives a frame.
        return read.event() != null
                ? EwalletEventMapper.publication(read.event())
                : new Publication(Protocol.EWALLET, Set.of(), read.directory());
    }
}
