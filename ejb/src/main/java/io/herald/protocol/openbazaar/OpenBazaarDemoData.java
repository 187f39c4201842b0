package io.herald.protocol.openbazaar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities a newcomer can connect with at once, loaded at deploy time when {@code herald.demo}
 * is true (the README's run command sets it). Loading is an upsert, so restarts change nothing.
 * The README lists every credential created here, so with demo mode off a deploy removes them: a
 * server once started as a demo keeps no documented credential in its database.
 */
@Singleton
@Startup
@DependsOn("OpenBazaarClearCookies")
public class OpenBazaarDemoData {

    private static final Logger LOG = Logger.getLogger(OpenBazaarDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    OpenBazaarNodes openBazaarNodes;

    static final String NODE = "demo-node";
    static final String COOKIE_NODE = "demo-cookie-node";

    @PostConstruct
    void load() {
        if (!enabled) {
            if (openBazaarNodes.delete(NODE) | openBazaarNodes.delete(COOKIE_NODE)) {
                LOG.info("Herald demo mode is off: OpenBazaar demo nodes removed");
            }
            return;
        }
        openBazaarNodes.put(new OpenBazaarNodes.NodeSettings(NODE, true, "demo", "demo-password", null, List.of()));
        openBazaarNodes.put(new OpenBazaarNodes.NodeSettings(COOKIE_NODE, true, null, null, "demo-cookie", List.of()));
        LOG.info("Herald demo data loaded (see README: demo credentials)");
    }
}
