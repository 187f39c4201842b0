package io.herald.protocol.openbazaar;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.Ingest;
import io.herald.ingest.MalformedEventException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Set;

/**
 * Reads the OpenBazaar queue: each message is one socket message for the node named by its
 * {@code node} property. Notifications and chat messages are stored (the REST history serves
 * them with the same ids) in the same transaction that consumes the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.openbazaar"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer keeps every node's messages in the order they were produced.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Dups-ok-acknowledge")
})
// Delivered without XA; Ingest explains why and where the transaction is.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OpenBazaarEventConsumer implements MessageListener {

    public static final String NODE_PROPERTY = "node";

    @Inject
    Ingest ingest;

    @Inject
    OpenBazaarHistory history;

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.OPENBAZAAR, message, this::map);
    }

    private Publication map(String body, Message message) throws MalformedEventException {
        NodeFrame frame = OpenBazaarEventMapper.map(nodeOf(message), body);
        history.record(frame);
        return new Publication(Protocol.OPENBAZAAR, Set.of(NodeFrame.topic(frame.nodeId())), frame);
    }

    private static String nodeOf(Message message) throws MalformedEventException {
        try {
            return message.getStringProperty(NODE_PROPERTY);
        } catch (JMSException e) {
            throw new MalformedEventException("the 'node' property is not a string", e);
        }
    }
}
