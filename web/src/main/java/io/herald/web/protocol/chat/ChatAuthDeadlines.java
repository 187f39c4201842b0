package io.herald.web.protocol.chat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A chat socket must authenticate within {@code herald.chat.auth-timeout} seconds (10 by default)
 * of its upgrade, which always succeeds, or be closed: otherwise anyone could hold sockets open
 * for free. One timer per socket on the server's shared scheduler, cancelled when the socket goes.
 */
@ApplicationScoped
public class ChatAuthDeadlines {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "herald.chat.auth-timeout", defaultValue = "10")
    long authTimeoutSeconds;

    /** Sets the deadline of a socket that just opened; cancel the returned future when it closes. */
    public Future<?> watch(ChatConnection connection) {
        return scheduler.schedule(connection::authDeadlinePassed, Math.max(1, authTimeoutSeconds), TimeUnit.SECONDS);
    }
}
