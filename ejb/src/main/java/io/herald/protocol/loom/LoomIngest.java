package io.herald.protocol.loom;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.ProtocolIngest;
import io.herald.store.EventStreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * What Herald does with a message of the Loom queue: the event is stored in its organization's
 * stream (rewind and at-least-once replay read it there) and published with its sequence number.
 * A message carrying an event id the stream already holds (a producer's retry, or a redelivery
 * after a crash) is published again with the stored sequence number, but not stored twice.
 */
@ApplicationScoped
public class LoomIngest extends ProtocolIngest {

    @Inject
    LoomEventMapper mapper;

    @Inject
    EventStreams streams;

    public LoomIngest() {
        super(Protocol.LOOM);
    }

    /** Runs in the ingest transaction, which the event store's append requires. */
    @Override
    public Publication<LoomEvent> map(String body, Message message) throws MalformedEventException {
        LoomEvent event = mapper.parse(body);
        long sequence = streams.appendOnce(LoomTopics.stream(event.organization()), event.id(), event.name(),
                LoomStoredForm.of(event));
        return mapper.publication(event.withSequence(sequence));
    }
}
