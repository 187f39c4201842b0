package io.herald.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.ingest.Ingest;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Reads the Wazo queue: each message is one bus event, addressed by its {@code tenant_uuid} and
 * {@code user_uuid} properties (see {@link WazoEventMapper}). Nothing is stored: Wazo clients get
 * live events only.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/herald.wazo"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        // One consumer keeps every client's events in the order they were produced.
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class WazoEventConsumer implements MessageListener {

    @Resource
    MessageDrivenContext context;

    @Inject
    Ingest ingest;

    @Inject
    WazoEventMapper mapper;

    @Override
    public void onMessage(Message message) {
        ingest.consume(Protocol.WAZO, message, context, mapper);
    }
}
