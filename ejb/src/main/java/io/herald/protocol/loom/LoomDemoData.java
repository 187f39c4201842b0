package io.herald.protocol.loom;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Loom demo app (see the README for its token), loaded when {@code herald.demo} is true, and
 * removed at a deploy with demo mode off: the README's token for it must not work outside a demo.
 */
@Singleton
@Startup
public class LoomDemoData {

    public static final String APP = "demo-app";
    /** The HS256 secret the README's demo token is signed with, used in demo mode only (LoomAuthenticator). */
    static final String SECRET = "herald-demo-loom-secret-0123456789abcdef";

    private static final Logger LOG = Logger.getLogger(LoomDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    JpaLoomApps apps;

    @PostConstruct
    void load() {
        if (enabled) {
            apps.put(APP, Set.of("mission_control.job_added", "procurement.order_placed"));
        } else if (apps.delete(APP)) {
            LOG.info("Herald demo mode is off: Loom demo app removed");
        }
    }
}
