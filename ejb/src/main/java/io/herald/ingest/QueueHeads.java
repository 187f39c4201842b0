package io.herald.ingest;

import io.herald.core.Protocol;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.Enumeration;
import java.util.Optional;

/** Peeks at the first message waiting in a protocol's queue, without taking it. */
@ApplicationScoped
public class QueueHeads {

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory factory;

    public Optional<String> head(Protocol protocol) throws JMSException {
        try (Connection connection = factory.createConnection();
             Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = session.createBrowser(session.createQueue(protocol.queue()))) {
            connection.start();
            Enumeration<?> waiting = browser.getEnumeration();
            return waiting.hasMoreElements()
                    ? Optional.of(((Message) waiting.nextElement()).getJMSMessageID())
                    : Optional.empty();
        }
    }
}
