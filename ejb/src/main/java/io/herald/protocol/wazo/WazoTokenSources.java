package io.herald.protocol.wazo;

import io.herald.persistence.wazo.WazoAuthToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Where a presented token is looked up: Herald's own table first, then, when
 * {@code herald.wazo.auth-url} is set, the external wazo-auth compatible service.
 */
@ApplicationScoped
public class WazoTokenSources implements WazoTokens {

    @Inject
    WazoTokenDirectory directory;

    @Inject
    ExternalWazoAuth external;

    @Override
    public Optional<WazoToken> find(String tokenId) {
        // The table holds no longer id, so such a token is only the external service's to know.
        if (tokenId.length() > WazoAuthToken.ID_LENGTH) {
            return external.find(tokenId);
        }
        Optional<WazoTokenDirectory.StoredToken> own = directory.stored(tokenId);
        if (own.isPresent()) {
            // A token Herald revoked stays refused, whatever the external service says.
            return own.filter(stored -> !stored.revoked()).map(WazoTokenDirectory.StoredToken::token);
        }
        return external.find(tokenId);
    }
}
