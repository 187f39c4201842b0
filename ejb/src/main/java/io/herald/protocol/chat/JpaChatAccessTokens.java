package io.herald.protocol.chat;

import io.herald.core.Secrets;
import io.herald.persistence.chat.ChatAccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Chat access tokens, stored with JPA by their SHA-256 only; the token itself is shown once, when issued. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaChatAccessTokens implements ChatAccessTokens {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Optional<AccessToken> find(String accessToken) {
        return Optional.ofNullable(em.find(ChatAccessToken.class, Secrets.sha256Hex(accessToken)))
                .map(token -> new AccessToken(token.getUserId(), token.getExpiresAt(), token.isRevoked()));
    }

    /** A token as the admin API shows it: named by its hash, never by itself. */
    public record TokenView(String id, long userId, Instant expiresAt, boolean revoked, Instant createdAt) {
        static TokenView of(ChatAccessToken token) {
            return new TokenView(token.getTokenSha256(), token.getUserId(), token.getExpiresAt(), token.isRevoked(),
                    token.getCreatedAt());
        }
    }

    /** A newly issued token: the only time its text is known to anyone but its user. */
    public record Issued(String token, TokenView view) {
        @Override
        public String toString() {
            return "Issued[token=" + Secrets.REDACTED + ", view=" + view + "]";
        }
    }

    /**
     * Issues {@code token}, or a random one when it is null.
     *
     * @return empty when that token was issued before (to anyone)
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Issued> issue(long userId, String token, Instant expiresAt) {
        String text = token != null ? token : Secrets.randomToken();
        String hash = Secrets.sha256Hex(text);
        if (em.find(ChatAccessToken.class, hash) != null) {
            return Optional.empty();
        }
        ChatAccessToken stored = new ChatAccessToken(hash, userId, expiresAt, clock.instant());
        em.persist(stored);
        return Optional.of(new Issued(text, TokenView.of(stored)));
    }

    /** @return the revoked token, or empty when there is none with that id */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<TokenView> revoke(String id) {
        ChatAccessToken token = em.find(ChatAccessToken.class, id);
        if (token == null) {
            return Optional.empty();
        }
        token.revoke();
        return Optional.of(TokenView.of(token));
    }

    public Optional<TokenView> byId(String id) {
        return Optional.ofNullable(em.find(ChatAccessToken.class, id)).map(TokenView::of);
    }

    /** The tokens of one user, or of everyone when {@code userId} is null. */
    public List<TokenView> list(Long userId) {
        var query = userId == null
                ? em.createNamedQuery(ChatAccessToken.ALL, ChatAccessToken.class)
                : em.createNamedQuery(ChatAccessToken.OF_USER, ChatAccessToken.class).setParameter("userId", userId);
        return query.getResultStream().map(TokenView::of).toList();
    }

}
