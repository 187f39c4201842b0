package io.herald.ingest;

import io.herald.core.Publication;
import jakarta.jms.Message;

/**
 * Turns one protocol's JMS message into the publication the router fans out, storing on the way
 * what the protocol keeps; each protocol's ingest bean is one. {@link IngestTransaction} calls it
 * inside the transaction that commits before the message is acknowledged.
 */
@FunctionalInterface
public interface EventMapper {

    /**
     * @param body the message text (the JSON the producer sent)
     * @param message the message itself, for its properties
     */
    Publication<?> map(String body, Message message) throws MalformedEventException;
}
