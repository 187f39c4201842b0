package io.herald.ingest;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.lang.reflect.Proxy;
import java.util.Map;

/** JMS messages for the ingest beans' tests, which read nothing of a message but its string properties. */
public final class TestMessages {

    private TestMessages() {
    }

    /** A message with these string properties; anything else it is asked fails the test. */
    public static Message withProperties(Map<String, String> properties) {
        return (Message) Proxy.newProxyInstance(Message.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getStringProperty")) {
                        return properties.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A message whose every property read fails, as JMS reports a property that holds no string. */
    public static Message withUnreadableProperties() {
        return (Message) Proxy.newProxyInstance(Message.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> {
                    throw new JMSException("the property is not a string");
                });
    }
}
