package io.herald.web.protocol.chat;

import io.herald.core.Router;
import io.herald.core.TopicPolicy;
import io.herald.protocol.chat.ChatAuthenticator;
import io.herald.protocol.chat.ChatPacket;
import io.herald.protocol.chat.ChatPrincipal;
import io.herald.protocol.chat.Presence;
import java.time.Clock;
import java.util.Objects;

/**
 * What every chat connection shares: the router, the chat topic policy (asked directly only to
 * answer an unlisten of a topic the connection is not on), the token check, the presence tracker
 * and the clock for {@code ts}.
 */
public record ChatServices(Router router, TopicPolicy<ChatPrincipal, ChatPacket> policy,
                           ChatAuthenticator authenticator, Presence presence, Clock clock) {

    public ChatServices {
        Objects.requireNonNull(router, "router");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(clock, "clock");
    }
}
