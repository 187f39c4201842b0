package io.herald.bench;

import io.herald.tools.QueueProducer;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Herald's real ingest path: a persistent message on {@code herald.openbazaar} with the node
 * property, over the same broker URL as {@code herald-tools send}. Unlike that tool it keeps one
 * producer and does not wait for the broker's confirmation of each durable send
 * ({@code blockOnDurableSend=false}, Artemis's confirmation window instead): a producer that waits
 * per message caps at a few dozen events/s here and would measure the producer, not Herald.
 */
public final class JmsSink implements EventSink {

    private final Connection connection;
    private final Session session;
    private final MessageProducer producer;

    public JmsSink(String host, int port, String user, String password) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                QueueProducer.brokerUrl(host, port) + "&blockOnDurableSend=false&confirmationWindowSize=1048576");
        this.connection = factory.createConnection(user, password);
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.producer = session.createProducer(session.createQueue("herald.openbazaar"));
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        connection.start();
    }

    @Override
    public void publish(String node, String body) throws Exception {
        TextMessage message = session.createTextMessage(body);
        message.setStringProperty("node", node);
        producer.send(message);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
