package io.herald.protocol.ewallet;

import io.herald.persistence.ewallet.EwalletTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * eWallet identities to connect with at once, loaded at deploy time when {@code herald.demo} is
 * true. Loading is an upsert, so restarts change nothing. The README lists every credential here,
 * so a deploy with demo mode off disables the demo keys and revokes the demo token (the user,
 * account and transactions stay: without a credential nobody can use them).
 */
@Singleton
@Startup
public class EwalletDemoData {

    public static final String ACCESS_KEY = "demo-access-key";
    public static final String SECRET_KEY = "demo-secret-key";
    public static final String API_KEY = "demo-api-key";
    public static final String USER_ID = "usr_demo";
    public static final String PROVIDER_USER_ID = "demo-user";
    public static final String AUTHENTICATION_TOKEN = "demo-auth-token";
    public static final String USER_ADDRESS = "demo-wallet-address";
    public static final String ACCOUNT_ID = "acc_demo";
    public static final String ACCOUNT_ADDRESS = "demo-account-address";
    public static final String TRANSACTION_REQUEST_ID = "txr_demo";
    public static final String TRANSACTION_CONSUMPTION_ID = "txc_demo";

    private static final Logger LOG = Logger.getLogger(EwalletDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "herald.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    JpaEwalletDirectory identities;

    @PostConstruct
    void load() {
        if (!enabled) {
            if (disableDemoCredentials()) {
                LOG.info("Herald demo mode is off: eWallet demo keys disabled and demo token revoked");
            }
            return;
        }
        identities.putProviderKey(ACCESS_KEY, SECRET_KEY, true);
        identities.putApiKey(API_KEY, true);
        identities.putUser(USER_ID, PROVIDER_USER_ID, List.of(USER_ADDRESS));
        identities.issueToken(USER_ID, AUTHENTICATION_TOKEN, null);
        identities.putAccount(ACCOUNT_ID, List.of(ACCOUNT_ADDRESS));
        identities.putTransaction(EwalletTransaction.Kind.REQUEST, TRANSACTION_REQUEST_ID, USER_ADDRESS);
        identities.putTransaction(EwalletTransaction.Kind.CONSUMPTION, TRANSACTION_CONSUMPTION_ID, USER_ADDRESS);
        LOG.info("Herald eWallet demo data loaded (see README: demo credentials)");
    }

    /** @return whether any of them worked until now */
    private boolean disableDemoCredentials() {
        boolean providerKey = identities.providerKeyEnabled(ACCESS_KEY).orElse(false);
        boolean apiKey = identities.apiKeyEnabled(API_KEY).orElse(false);
        if (providerKey) {
            identities.putProviderKey(ACCESS_KEY, SECRET_KEY, false);
        }
        if (apiKey) {
            identities.putApiKey(API_KEY, false);
        }
        return identities.revokeTokensOf(USER_ID) > 0 | providerKey | apiKey;
    }
}
