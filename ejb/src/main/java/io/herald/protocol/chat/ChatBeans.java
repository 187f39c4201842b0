package io.herald.protocol.chat;

import io.herald.core.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Makes the chat rules CDI beans, wired to the JPA-backed ports: the {@link ChatPolicy} (so the
 * router finds it), the one {@link Presence} tracker shared by the endpoint and the MDB, the
 * {@link ChatAuthenticator} and the {@link OfflinePushes} rule. The classes themselves stay plain
 * Java, testable without a container.
 */
@ApplicationScoped
public class ChatBeans {

    @Produces
    @Singleton
    ChatPolicy policy(ChatPeers connections) {
        return new ChatPolicy(connections);
    }

    @Produces
    @Singleton
    Presence presence(Router router) {
        return new Presence(new PresenceAnnouncer(router, Clock.systemUTC()));
    }

    @Produces
    @Singleton
    ChatAuthenticator authenticator(ChatAccessTokens tokens) {
        return new ChatAuthenticator(tokens, Clock.systemUTC());
    }

    @Produces
    @Singleton
    OfflinePushes offlinePushes(Presence presence, ChatDevices devices) {
        return new OfflinePushes(presence, devices);
    }
}
