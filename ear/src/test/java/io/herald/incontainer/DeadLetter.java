package io.herald.incontainer;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What a message on a dead-letter queue holds, read while its consumer was open: the body, every
 * property by name, and the headers a producer sets.
 */
public record DeadLetter(String text, byte[] bytes, Map<String, Object> properties, String correlationId,
                         String type, String messageId) {

    static DeadLetter of(Message message) throws JMSException {
        Map<String, Object> properties = new HashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            properties.put((String) name, message.getObjectProperty((String) name));
        }
        String text = message instanceof TextMessage t ? t.getText() : null;
        byte[] bytes = null;
        if (message instanceof BytesMessage b) {
            bytes = new byte[(int) b.getBodyLength()];
            b.readBytes(bytes);
        }
        return new DeadLetter(text, bytes, properties, message.getJMSCorrelationID(), message.getJMSType(),
                message.getJMSMessageID());
    }

    Object property(String name) {
        return properties.get(name);
    }
}
