package io.herald.ingest;

import io.herald.core.Publication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.transaction.Transactional;

/**
 * The one transaction of an ingested message: the protocol's ingest bean, as its
 * {@link EventMapper}, stores what must survive (Loom's events, OpenBazaar's history, chat's push
 * outbox, eWallet's directory) and the publication is fired; the router sends it only once this
 * transaction has committed. A malformed message rolls back whatever was written before it was
 * noticed.
 */
@ApplicationScoped
public class IngestTransaction {

    @Inject
    Event<Publication<?>> publications;

    @Transactional(value = Transactional.TxType.REQUIRED, rollbackOn = MalformedEventException.class)
    public void mapAndPublish(String body, Message message, EventMapper mapper) throws MalformedEventException {
        publications.fire(mapper.map(body, message));
    }
}
