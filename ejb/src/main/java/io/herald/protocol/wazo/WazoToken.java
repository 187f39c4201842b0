package io.herald.protocol.wazo;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An authentication token as the token directory knows it.
 *
 * @param id the token clients present (a secret: {@link #toString} leaves it out)
 * @param userUuid the user the token was issued to; null for a token without a user
 * @param tenantUuid the tenant whose events the token may see
 * @param acl the token's ACL entries, as written ({@code !} for denials)
 * @param expiresAt when the token stops being valid
 * @param admin whether it sees all of its tenant's events rather than only its user's
 */
public record WazoToken(String id, String userUuid, String tenantUuid, List<String> acl, Instant expiresAt,
                        boolean admin) {

    public WazoToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantUuid, "tenantUuid");
        acl = List.copyOf(acl);
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The token's name in the admin API and in the live-token registry. */
    public String handle() {
        return WazoTokenHandle.of(id);
    }

    @Override
    public String toString() {
        return "WazoToken[handle=" + handle() + ", userUuid=" + userUuid + ", tenantUuid=" + tenantUuid + ", acl=" + acl
                + ", expiresAt=" + expiresAt + ", admin=" + admin + "]";
    }
}
