package io.herald.incontainer;

import io.herald.core.Protocol;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Puts producers' messages on Herald's queues, persistent, as a back-end system would: the one place
 * where the suite's messages enter Herald's ingest path (the message-driven beans take them from there).
 */
@ApplicationScoped
public class Producer {

    // The broker's in-VM factory: inside the server it connects as the broker itself, no role needed.
    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    /** Sends a TextMessage with these properties; returns its JMSMessageID. */
    public String send(Protocol protocol, String body, Map<String, ?> properties) {
        return send(protocol, context -> context.createTextMessage(body), properties);
    }

    /** Sends the message {@code build} makes, with these properties; returns its JMSMessageID. */
    public String send(Protocol protocol, Function<JMSContext, Message> build, Map<String, ?> properties) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            return send(context, queue(protocol.queue()), build.apply(context), properties);
        }
    }

    /** Sends each body as a TextMessage with these properties, in this order, over one connection. */
    public List<String> sendAll(Protocol protocol, List<String> bodies, Map<String, ?> properties) {
        List<String> ids = new ArrayList<>(bodies.size());
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue queue = queue(protocol.queue());
            for (String body : bodies) {
                ids.add(send(context, queue, context.createTextMessage(body), properties));
            }
        }
        return ids;
    }

    private static String send(JMSContext context, Queue queue, Message message, Map<String, ?> properties) {
        try {
            for (Map.Entry<String, ?> property : properties.entrySet()) {
                message.setObjectProperty(property.getKey(), property.getValue());
            }
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
            return message.getJMSMessageID();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    /** A queue by its name in WildFly's configuration ({@code herald.loom}, {@code herald.loom.dlq}). */
    static Queue queue(String name) {
        try {
            return InitialContext.doLookup("java:/jms/queue/" + name);
        } catch (NamingException e) {
            throw new IllegalStateException("no queue " + name, e);
        }
    }
}
