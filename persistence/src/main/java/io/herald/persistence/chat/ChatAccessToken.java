package io.herald.persistence.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access token of a chat user, as the HTTP login hands it out; revocable, with an optional expiry. */
@Entity
@Table(name = "chat_access_token", indexes = @Index(name = "ix_chat_token_user", columnList = "user_id"))
@NamedQuery(name = ChatAccessToken.OF_USER,
        query = "select t from ChatAccessToken t where t.userId = :userId order by t.createdAt, t.tokenSha256")
@NamedQuery(name = ChatAccessToken.ALL,
        query = "select t from ChatAccessToken t order by t.userId, t.createdAt, t.tokenSha256")
public class ChatAccessToken {

    public static final String OF_USER = "ChatAccessToken.ofUser";
    public static final String ALL = "ChatAccessToken.all";

    /** Hex SHA-256 of the token: a stolen table does not give working tokens. */
    @Id
    @Column(name = "token_sha256", length = 64)
    private String tokenSha256;

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** Null when the token never expires. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(nullable = false)
    private boolean revoked;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatAccessToken() {
    }

    public ChatAccessToken(String tokenSha256, long userId, Instant expiresAt, Instant createdAt) {
        this.tokenSha256 = tokenSha256;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    public String getTokenSha256() {
        return tokenSha256;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void revoke() {
        this.revoked = true;
    }
}
