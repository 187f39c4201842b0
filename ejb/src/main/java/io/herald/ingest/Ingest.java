package io.herald.ingest;

import io.herald.core.HeraldMetrics;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.ejb.MessageDrivenContext;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every protocol's message-driven bean does with a message: read its text, map it with the
 * protocol's {@link EventMapper}, and fire the publication; the router sends it once the MDB's
 * transaction commits. A malformed message is logged and rolled back, never thrown: the broker
 * redelivers it a few times and then moves it to the protocol's dead-letter queue.
 */
@ApplicationScoped
public class Ingest {

    private static final Logger LOG = Logger.getLogger(Ingest.class.getName());

    @Inject
    Event<Publication> publications;

    @Inject
    HeraldMetrics metrics;

    public void consume(Protocol protocol, Message message, MessageDrivenContext context, EventMapper mapper) {
        try {
            Publication publication = mapper.map(text(message), message);
            metrics.ingested(protocol);
            publications.fire(publication);
        } catch (MalformedEventException e) {
            metrics.malformed(protocol);
            LOG.warning(() -> "rejected message " + describe(message) + " on " + protocol.queue()
                    + ": " + e.getMessage() + " (it goes to " + protocol.queue() + ".dlq after the last retry)");
            context.setRollbackOnly();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "could not read message " + describe(message) + " on " + protocol.queue(), e);
            context.setRollbackOnly();
        }
    }

    static String text(Message message) throws JMSException, MalformedEventException {
        if (message instanceof TextMessage text) {
            String body = text.getText();
            if (body == null) {
                throw new MalformedEventException("empty TextMessage");
            }
            return body;
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return new String(body, StandardCharsets.UTF_8);
        }
        throw new MalformedEventException("expected a TextMessage with a JSON body, got "
                + message.getClass().getSimpleName());
    }

    private static String describe(Message message) {
        try {
            return message.getJMSMessageID() + " (delivery " + message.getIntProperty("JMSXDeliveryCount") + ")";
        } catch (JMSException e) {
            return String.valueOf(message);
        }
    }
}
