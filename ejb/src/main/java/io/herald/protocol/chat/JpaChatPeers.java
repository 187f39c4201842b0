package io.herald.protocol.chat;

import io.herald.persistence.chat.ChatPeerLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The p2p connections between chat users, stored with JPA, one row per pair. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaChatPeers implements ChatPeers {

    @PersistenceContext(unitName = "herald")
    EntityManager em;

    /** One connection, smaller user id first. */
    public record Link(long userId, long peerId) {
    }

    @Override
    public boolean connected(long userId, long peerId) {
        return userId != peerId && find(userId, peerId).isPresent();
    }

    /** Connects two different users; connecting them again changes nothing. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Link link(long userId, long peerId) {
        if (userId == peerId) {
            throw new IllegalArgumentException("a user has no p2p connection with themself");
        }
        ChatPeerLink link = find(userId, peerId).orElseGet(() -> {
            ChatPeerLink created = new ChatPeerLink(userId, peerId);
            em.persist(created);
            return created;
        });
        return view(link);
    }

    /** @return false when the two were not connected */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean unlink(long userId, long peerId) {
        return find(userId, peerId).map(link -> {
            em.remove(link);
            return true;
        }).orElse(false);
    }

    /** The connections of one user, or all of them when {@code userId} is null. */
    public List<Link> list(Long userId) {
        var query = userId == null
                ? em.createNamedQuery(ChatPeerLink.ALL, ChatPeerLink.class)
                : em.createNamedQuery(ChatPeerLink.OF_USER, ChatPeerLink.class).setParameter("userId", userId);
        return query.getResultStream().map(JpaChatPeers::view).toList();
    }

    private Optional<ChatPeerLink> find(long userId, long peerId) {
        return em.createNamedQuery(ChatPeerLink.BETWEEN, ChatPeerLink.class)
                .setParameter("low", Math.min(userId, peerId))
                .setParameter("high", Math.max(userId, peerId))
                .getResultStream().findFirst();
    }

    private static Link view(ChatPeerLink link) {
        return new Link(link.getLowUserId(), link.getHighUserId());
    }
}
