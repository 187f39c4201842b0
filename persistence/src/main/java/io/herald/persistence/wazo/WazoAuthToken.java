package io.herald.persistence.wazo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A wazo-auth style token Herald accepts on its Wazo endpoint: who it was issued to, the tenant
 * whose events it sees, its ACL entries in their given order, when it expires, and whether it
 * was revoked (a revoked token is kept for the record but never accepted again).
 */
@Entity
@Table(name = "wazo_token")
public class WazoAuthToken {

    /** Size of the token id column, in characters. */
    public static final int ID_LENGTH = 200;

    /** The token id clients present. */
    @Id
    @Column(length = ID_LENGTH)
    private String id;

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

    public WazoAuthToken(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
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
