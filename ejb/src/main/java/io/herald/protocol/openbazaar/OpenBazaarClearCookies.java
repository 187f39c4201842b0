package io.herald.protocol.openbazaar;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Converts, at deploy time, nodes written before Herald hashed auth cookies: the schema update
 * only adds the hash column, so their cookies are hashed here before any node connects. Every
 * cookie keeps working.
 */
@Singleton
@Startup
public class OpenBazaarClearCookies {

    private static final Logger LOG = Logger.getLogger(OpenBazaarClearCookies.class.getName());

    @Inject
    OpenBazaarNodes nodes;

    @PostConstruct
    void hash() {
        int converted = nodes.hashClearCookies();
        if (converted > 0) {
            LOG.info(() -> converted + " OpenBazaar auth cookies stored in clear were replaced by their SHA-256");
        }
    }
}
