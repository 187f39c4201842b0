package io.herald.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.ingest.ProtocolIngest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Message;

/**
 * What Herald does with a message of the Wazo queue: one bus event, addressed by its
 * {@code tenant_uuid} and {@code user_uuid} properties (see {@link WazoEventMapper}), published to
 * the connections allowed to see it. Nothing is stored: Wazo clients get live events only, and a
 * message redelivered after a crash reaches them twice.
 */
@ApplicationScoped
public class WazoIngest extends ProtocolIngest {

    @Inject
    WazoEventMapper mapper;

    public WazoIngest() {
        super(Protocol.WAZO);
    }

    @Override
    public Publication<WazoEvent> map(String body, Message message) throws MalformedEventException {
        return mapper.map(body, stringProperty(message, WazoEventMapper.TENANT_PROPERTY),
                stringProperty(message, WazoEventMapper.USER_PROPERTY));
    }
}
