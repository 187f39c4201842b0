package io.herald.tools;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A remote JMS client of Herald's embedded broker, over the HTTP port (8080) the way any
 * producer outside the server connects: HTTP upgrade to the broker's http-acceptor, with an
 * application-realm user that has the {@code guest} role.
 */
public final class QueueProducer implements AutoCloseable {

    private final Connection connection;
    private final Session session;

    public QueueProducer(String host, int port, String user, String password) throws JMSException {
        ConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl(host, port));
        this.connection = factory.createConnection(user, password);
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        connection.start();
    }

    /**
     * The broker URL for a WildFly HTTP listener. {@code enable1xPrefixes} maps JMS queue names
     * to WildFly's {@code jms.queue.} addresses, as WildFly's own connection factories do.
     */
    public static String brokerUrl(String host, int port) {
        return "tcp://" + host + ":" + port
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor&enable1xPrefixes=true";
    }

    /** Sends a persistent text message with the given string properties to a JMS queue. */
    public String send(String queue, String body, Map<String, String> properties) throws JMSException {
        try (MessageProducer producer = session.createProducer(session.createQueue(queue))) {
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            TextMessage message = session.createTextMessage(body);
            for (Map.Entry<String, String> property : properties.entrySet()) {
                message.setStringProperty(property.getKey(), property.getValue());
            }
            producer.send(message);
            return message.getJMSMessageID();
        }
    }

    /** Takes the next message from a queue (a dead-letter queue, typically), waiting up to {@code millis}. */
    public Optional<Message> receive(String queue, long millis) throws JMSException {
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            return Optional.ofNullable(consumer.receive(millis));
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
