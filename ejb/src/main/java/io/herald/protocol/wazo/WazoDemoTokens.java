package io.herald.protocol.wazo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wazo tokens a newcomer can connect with at once, loaded at deploy time when {@code herald.demo}
 * is true. Each deploy renews them for a year, so the demo never meets an expired token; a deploy
 * with demo mode off deletes them, as the README publishes them.
 */
@Singleton
@Startup
@DependsOn("WazoClearTokens")
public class WazoDemoTokens {

    public static final String TENANT = "00000000-0000-4000-8000-0000000000d0";
    public static final String USER = "00000000-0000-4000-8000-0000000000d1";
    static final String USER_TOKEN = "demo-wazo-user";
    static final String ADMIN_TOKEN = "demo-wazo-admin";

    private static final Logger LOG = Logger.getLogger(WazoDemoTokens.class.getName());

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    WazoTokenDirectory tokens;

    @PostConstruct
    void load() {
        if (!enabled) {
            if (tokens.delete(WazoTokenHandle.of(USER_TOKEN)) | tokens.delete(WazoTokenHandle.of(ADMIN_TOKEN))) {
                LOG.info("Herald demo mode is off: Wazo demo tokens removed");
            }
            return;
        }
        Instant expiry = Instant.now().plus(Duration.ofDays(365));
        // A user's token: its own events and the events of every user of the tenant.
        tokens.put(new WazoToken(USER_TOKEN, USER, TENANT,
                List.of("websocketd", "events.#", "!events.admin.#"), expiry, false));
        // An administrator's token: every event of the tenant.
        tokens.put(new WazoToken(ADMIN_TOKEN, null, TENANT, List.of("websocketd", "#"), expiry, true));
        LOG.info("Wazo demo tokens loaded (see README: demo credentials)");
    }
}
