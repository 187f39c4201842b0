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
public class LayeredWazoTokens implements WazoTokens {

    @Inject
    WazoTokenDirectory directory;

    @Inject
    ExternalWazoAuth external;

    @Override
    public Optional<WazoToken> find(String token) {
        // Herald issues no longer token, so such a token is only the external service's to know.
        if (token.length() > WazoAuthToken.ID_LENGTH) {
            return external.find(token);
        }
        Optional<WazoTokenDirectory.StoredToken> own = directory.presented(token);
        if (own.isPresent()) {
            // A token Herald revoked stays refused, whatever the external service says.
            return own.filter(stored -> !stored.revoked()).map(stored -> stored.as(token));
        }
        return external.find(token);
    }
}
