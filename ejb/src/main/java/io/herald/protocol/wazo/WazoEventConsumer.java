package io.herald.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.ingest.Ingest;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Reads the Wazo queue: each message is one bus event, addressed by its {@code tenant_uuid} and
 * {@code user_uuid} properties (see {@link WazoEventMapper}). Nothing is stored: Wazo clients get
 * live events only.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.wazo"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer keeps every client's events in the order they were produced.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
})
// Delivered without XA; Ingest explains why and where the transaction is.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WazoEventConsumer implements MessageListener {

    @Inject
    Ingest ingest;

    @Inject
    WazoEventMapper mapper;

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.WAZO, message, mapper);
    }
}
