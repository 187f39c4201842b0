package io.herald.web.protocol.wazo;

import io.herald.core.Protocol;
import io.herald.core.Router;
import io.herald.protocol.wazo.WazoAuthenticator;
import io.herald.protocol.wazo.WazoClock;
import io.herald.protocol.wazo.WazoLiveTokens;
import io.herald.web.delivery.OutboundQueues;
import io.herald.web.inbound.MessageSizeLimits;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.time.Clock;

/** What every Wazo connection is built from; the endpoint opens its sockets here. */
@ApplicationScoped
public class WazoSockets {

    @Inject
    Router router;

    @Inject
    OutboundQueues outboundQueues;

    @Inject
    WazoAuthenticator authenticator;

    @Inject
    WazoLiveTokens liveTokens;

    @Inject
    @WazoClock
    Clock clock;

    @Resource
    ManagedScheduledExecutorService timers;

    @Inject
    MessageSizeLimits limits;

    /** A new connection around the session; the caller then calls {@link WazoSocket#opened}. */
    WazoSocket open(Session session) {
        WazoConnection connection = new WazoConnection(router, authenticator,
                outboundQueues.open(Protocol.WAZO, session), clock);
        return new WazoSocket(connection, limits.assembler(Protocol.WAZO, connection::onOversize), liveTokens, timers,
                clock, () -> outboundQueues.closed(Protocol.WAZO));
    }
}
