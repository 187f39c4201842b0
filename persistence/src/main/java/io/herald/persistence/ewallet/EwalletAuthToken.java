package io.herald.persistence.ewallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's authentication token for client apps; revocable, with an optional expiry. */
@Entity
@Table(name = "ewallet_auth_token")
public class EwalletAuthToken {

    /** Hex SHA-256 of the token: a stolen table does not give working tokens. */
    @Id
    @Column(name = "token_sha256", length = 64)
    private String tokenSha256;

    @Column(name = "user_id", nullable = false, length = 200)
    private String userId;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    protected EwalletAuthToken() {
    }

    public EwalletAuthToken(String tokenSha256, String userId, Instant expiresAt) {
        this.tokenSha256 = tokenSha256;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    public String getTokenSha256() {
        return tokenSha256;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void revoke() {
        this.revoked = true;
    }
}
