package io.herald.persistence.wazo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A wazo-auth style token Herald accepts on its Wazo endpoint: who it was issued to, the tenant
 * whose events it sees, its ACL entries in their given order, when it expires, and whether it
 * was revoked (a revoked token is kept for the record but never accepted again). The token itself
 * is never stored: only its SHA-256, and a short handle derived from it that names it in the admin API.
 */
@Entity
@Table(name = "wazo_token")
@NamedQuery(name = WazoAuthToken.STILL_CLEAR, query = "select t from WazoAuthToken t where t.tokenSha256 is null")
public class WazoAuthToken {

    /** Size of the id column, in characters. */
    public static final int ID_LENGTH = 200;

    /** Rows written before tokens were hashed: their id is the token itself. */
    public static final String STILL_CLEAR = "WazoAuthToken.stillClear";

    /** The token's handle (not a secret); in rows written before hashing, the token itself. */
    @Id
    @Column(length = ID_LENGTH)
    private String id;

    /**
     * Hex SHA-256 of the token: a stolen table does not give working tokens. Nullable in the schema
     * only because the deploy-time schema update adds it to tables whose rows predate it.
     */
    @Column(name = "token_sha256", length = 64, unique = true)
    private String tokenSha256;

    /** Null for a token not issued to a user. */
    @Column(name = "user_uuid", length = 100)
    private String userUuid;

    @Column(name = "tenant_uuid", length = 100, nullable = false)
    private String tenantUuid;

    // Read on every authentication, so it comes with the token.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wazo_token_acl", joinColumns = @JoinColumn(name = "token_id"))
    @OrderColumn(name = "acl_order")
    @Column(name = "entry", length = 500, nullable = false)
    private List<String> acl = new ArrayList<>();

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean admin;

    @Column(nullable = false)
    private boolean revoked;

    protected WazoAuthToken() {
    }

    public WazoAuthToken(String id, String tokenSha256) {
        this.id = id;
        this.tokenSha256 = tokenSha256;
    }

    public String getId() {
        return id;
    }

    /** Null only in a row written before tokens were hashed. */
    public String getTokenSha256() {
        return tokenSha256;
    }

    public String getUserUuid() {
        return userUuid;
    }

    public void setUserUuid(String userUuid) {
        this.userUuid = userUuid;
    }

    public String getTenantUuid() {
        return tenantUuid;
    }

    public void setTenantUuid(String tenantUuid) {
        this.tenantUuid = tenantUuid;
    }

    public List<String> getAcl() {
        return acl;
    }

    public void setAcl(List<String> acl) {
        this.acl = new ArrayList<>(acl);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void setAdmin(boolean admin) {
        this.admin = admin;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void setRevoked(boolean revoked) {
        this.revoked = revoked;
    }
}
