package io.herald.protocol.wazo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Converts, at deploy time, a token table written before Herald hashed Wazo tokens: the schema
 * update only adds the hash column, so the clear rows are rewritten here before any client
 * connects. Every token keeps working; afterwards the admin API names it by its handle.
 */
@Singleton
@Startup
public class WazoClearTokens {

    private static final Logger LOG = Logger.getLogger(WazoClearTokens.class.getName());

    @Inject
    WazoTokenDirectory tokens;

    @PostConstruct
    void hash() {
        int converted = tokens.hashClearTokens();
        if (converted > 0) {
            LOG.info(() -> converted + " Wazo tokens stored in clear were replaced by their SHA-256");
        }
    }
}
