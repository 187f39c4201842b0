package io.herald.bench;

import io.herald.tools.QueueProducer;
import java.util.Map;

/** Herald's real ingest path: a persistent message on {@code herald.openbazaar} with the node property. */
public final class JmsSink implements EventSink {

    private final QueueProducer producer;

    public JmsSink(String host, int port, String user, String password) throws Exception {
        this.producer = new QueueProducer(host, port, user, password);
    }

    @Override
    public void publish(String node, String body) throws Exception {
        producer.send("herald.openbazaar", body, Map.of("node", node));
    }

    @Override
    public void close() throws Exception {
        producer.close();
    }
}
