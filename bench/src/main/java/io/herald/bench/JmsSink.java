package io.herald.bench;

import io.herald.tools.QueueProducer;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Herald's real ingest path: a persistent message on the protocol's queue with its properties,
 * over the same broker URL as {@code herald-tools send}. Unlike that tool it keeps one producer
 * and does not wait for the broker's confirmation of each durable send
 * ({@code blockOnDurableSend=false}, Artemis's confirmation window instead): a producer that waits
 * per message caps at a few dozen events/s here and would measure the producer, not Herald.
 */
public final class JmsSink implements EventSink {

    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;
    private final Map<String, Queue> queues = new HashMap<>();

    public JmsSink(String host, int port, String user, String password) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                QueueProducer.brokerUrl(host, port) + "&blockOnDurableSend=false&confirmationWindowSize=1048576");
        this.connection = factory.createConnection(user, password);
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        connection.start();
    }

    @Override
    public void publish(String topic, JmsEvent event) throws Exception {
        TextMessage message = session.createTextMessage(event.body());
        for (Map.Entry<String, String> property : event.properties().entrySet()) {
            message.setStringProperty(property.getKey(), property.getValue());
        }
        producer.send(queues.computeIfAbsent(event.queue(), this::queue), message);
    }

    private Queue queue(String name) {
        try {
            return session.createQueue(name);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
