package io.herald.protocol.wazo;

import java.time.Instant;
import java.util.List;

/** Tokens and events the Wazo tests share. */
final class WazoFixtures {

    static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    private WazoFixtures() {
    }

    static WazoPrincipal user(String userUuid, String tenantUuid, String... acl) {
        return WazoPrincipal.of(new WazoToken("tok-" + userUuid, userUuid, tenantUuid, List.of(acl), EXPIRY, false));
    }

    static WazoPrincipal admin(String tenantUuid, String... acl) {
        return WazoPrincipal.of(new WazoToken("tok-admin", "admin-user", tenantUuid, List.of(acl), EXPIRY, true));
    }

    static WazoEvent event(RequiredAcl acl, String tenantUuid, UserScope users) {
        return new WazoEvent("call_created", "{\"name\":\"call_created\"}", acl, tenantUuid, users);
    }
}
