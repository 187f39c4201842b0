package io.herald.ingest;

import io.herald.core.Protocol;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * One protocol's ingest bean ({@code <Protocol>Ingest}): its {@link #map} is the real path of the
 * protocol's messages (parse, store what must survive, return the publication), and
 * {@link #consume}, which the protocol's message-driven bean calls, hands a message to the
 * {@link IngestPipeline} with the bean as its mapper.
 */
public abstract class ProtocolIngest implements EventMapper {

    private final Protocol protocol;

    @Inject
    IngestPipeline pipeline;

    protected ProtocolIngest(Protocol protocol) {
        this.protocol = protocol;
    }

    public void consume(Message message) {
        pipeline.consume(protocol, message, this);
    }

    /** A string property of the message (null when absent); one JMS cannot read as a string makes it malformed. */
    protected static String stringProperty(Message message, String name) throws MalformedEventException {
        try {
            return message.getStringProperty(name);
        } catch (JMSException e) {
            throw new MalformedEventException("the \"" + name + "\" property is not a string", e);
        }
    }
}
