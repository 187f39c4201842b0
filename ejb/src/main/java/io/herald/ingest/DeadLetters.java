package io.herald.ingest;

import io.herald.core.Protocol;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Collections;

/**
 * Moves a message Herald rejected to its protocol's dead-letter queue, as a copy carrying the
 * producer's body and properties plus why it was rejected, so an operator browsing the queue sees
 * the reason next to the message. The send is persistent and confirmed before the original is
 * acknowledged; if it fails, the original is redelivered instead.
 */
@ApplicationScoped
public class DeadLetters {

    /** Why Herald rejected the message (a sentence naming the offending field). */
    public static final String REASON = "herald_rejected_reason";
    /** The rejected message's JMSMessageID. */
    public static final String ORIGINAL_ID = "herald_original_message_id";
    /** The rejected message's JMSXDeliveryCount: 1 when Herald rejected it on its first delivery. */
    public static final String DELIVERY_COUNT = "herald_delivery_count";

    // The broker's plain in-VM factory: this send must not join any transaction.
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    public static String queueOf(Protocol protocol) {
        return protocol.queue() + ".dlq";
    }

    public void reject(Protocol protocol, Message original, String reason) {
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Message copy = copyBody(context, original);
            if (copy == null) {
                // A body type Herald never reads (map, object, stream) moves as it is, without the reason.
                copy = original;
            } else {
                for (Object name : Collections.list(original.getPropertyNames())) {
                    String property = (String) name;
                    if (!property.startsWith("JMSX") && !property.startsWith("_AMQ")) {
                        copy.setObjectProperty(property, original.getObjectProperty(property));
                    }
                }
                copy.setJMSCorrelationID(original.getJMSCorrelationID());
                copy.setJMSType(original.getJMSType());
                copy.setStringProperty(REASON, reason);
                copy.setStringProperty(ORIGINAL_ID, original.getJMSMessageID());
                // Mandatory since JMS 2.0, so every broker sets it.
                copy.setIntProperty(DELIVERY_COUNT, original.getIntProperty("JMSXDeliveryCount"));
            }
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                    .send(context.createQueue(queueOf(protocol)), copy);
        } catch (JMSException e) {
            throw new IngestPipeline.IngestFailure("could not move a rejected message to " + queueOf(protocol), e);
        }
    }

    private static Message copyBody(JMSContext context, Message original) throws JMSException {
        if (original instanceof TextMessage text) {
            return context.createTextMessage(text.getText());
        }
        if (original instanceof BytesMessage bytes) {
            BytesMessage copy = context.createBytesMessage();
            copy.writeBytes(body(bytes));
            return copy;
        }
        return null;
    }

    static byte[] body(BytesMessage message) throws JMSException {
        message.reset();
        byte[] body = new byte[(int) message.getBodyLength()];
        message.readBytes(body);
        return body;
    }
}
