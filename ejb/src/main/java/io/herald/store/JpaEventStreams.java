package io.herald.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;

/** {@link EventStreams} over the JPA {@link EventStore}. */
@ApplicationScoped
public class JpaEventStreams implements EventStreams {

    @Inject
    EventStore store;

    @Override
    public OptionalLong sequenceOf(String stream, String eventKey) {
        return store.sequenceOf(stream, eventKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String stream, String eventKey, String kind, String body) {
        return store.append(stream, eventKey, kind, body).getSeq();
    }
}
