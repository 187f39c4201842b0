package io.herald.incontainer;

import io.herald.core.Protocol;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.util.Collections;
import java.util.Optional;

/**
 * Reads Herald's dead-letter queues ({@code herald.<protocol>.dlq}) as an operator would, picking a
 * test's own messages by a selector so that tests never take each other's.
 */
@ApplicationScoped
public class DeadLetterQueues {

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory factory;

    /** Takes the first message matching {@code selector}, waiting for it up to {@link Eventually#WAIT}. */
    public DeadLetter take(Protocol protocol, String selector) {
        return receive(protocol, selector, Eventually.WAIT.toMillis())
                .orElseThrow(() -> new AssertionError("nothing matching " + selector + " reached "
                        + protocol.queue() + ".dlq within " + Eventually.WAIT));
    }

    /** How many messages matching {@code selector} the dead-letter queue holds now. */
    public int count(Protocol protocol, String selector) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = context.createBrowser(Producer.queue(protocol.queue() + ".dlq"), selector)) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private Optional<DeadLetter> receive(Protocol protocol, String selector, long timeoutMillis) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(Producer.queue(protocol.queue() + ".dlq"), selector)) {
            Message message = consumer.receive(timeoutMillis);
            return message == null ? Optional.empty() : Optional.of(DeadLetter.of(message));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
