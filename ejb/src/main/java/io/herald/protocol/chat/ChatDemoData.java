package io.herald.protocol.chat;

import io.herald.core.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two chat users a newcomer can try the chat with, loaded at deploy time when {@code herald.demo}
 * is true: users 1 and 2, each with a token that never expires, and a p2p connection between them.
 * Loading again changes nothing. With demo mode off a deploy revokes the two tokens, which the
 * README publishes; the link stays, as users 1 and 2 may be real users of a production chat.
 */
@Singleton
@Startup
public class ChatDemoData {

    private static final Logger LOG = Logger.getLogger(ChatDemoData.class.getName());

    static final String USER_1_TOKEN = "demo-chat-token-1";
    static final String USER_2_TOKEN = "demo-chat-token-2";

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    JpaChatAccessTokens tokens;

    @Inject
    JpaChatPeers links;

    @PostConstruct
    void load() {
        if (!enabled) {
            if (revoke(USER_1_TOKEN) | revoke(USER_2_TOKEN)) {
                LOG.info("Herald demo mode is off: chat demo tokens revoked");
            }
            return;
        }
        tokens.issue(1, USER_1_TOKEN, null);
        tokens.issue(2, USER_2_TOKEN, null);
        links.link(1, 2);
        LOG.info("Herald chat demo users 1 and 2 loaded (see README: demo credentials)");
    }

    /** @return whether the token was live until now */
    private boolean revoke(String token) {
        return tokens.byId(Secrets.sha256Hex(token)).filter(view -> !view.revoked()).isPresent()
                && tokens.revoke(Secrets.sha256Hex(token)).isPresent();
    }
}
