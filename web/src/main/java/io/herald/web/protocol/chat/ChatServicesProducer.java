package io.herald.web.protocol.chat;

import io.herald.core.Router;
import io.herald.protocol.chat.ChatAuthenticator;
import io.herald.protocol.chat.ChatPolicy;
import io.herald.protocol.chat.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one {@link ChatServices} every chat connection shares, from the engine's chat beans. */
@ApplicationScoped
public class ChatServicesProducer {

    @Produces
    @Singleton
    ChatServices services(Router router, ChatPolicy policy, ChatAuthenticator authenticator, Presence presence) {
        return new ChatServices(router, policy, authenticator, presence, Clock.systemUTC());
    }
}
