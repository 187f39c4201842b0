package io.herald.persistence.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * A p2p connection (a conversation) between two chat users. It is symmetric, so it is stored once,
 * with the smaller user id first.
 */
@Entity
@Table(name = "chat_peer_link",
        uniqueConstraints = @UniqueConstraint(name = "uk_chat_peer_link", columnNames = {"low_user_id", "high_user_id"}),
        indexes = @Index(name = "ix_chat_peer_link_high", columnList = "high_user_id"))
@NamedQuery(name = ChatPeerLink.BETWEEN,
        query = "select l from ChatPeerLink l where l.lowUserId = :low and l.highUserId = :high")
@NamedQuery(name = ChatPeerLink.OF_USER,
        query = "select l from ChatPeerLink l where l.lowUserId = :userId or l.highUserId = :userId"
                + " order by l.lowUserId, l.highUserId")
@NamedQuery(name = ChatPeerLink.ALL,
        query = "select l from ChatPeerLink l order by l.lowUserId, l.highUserId")
public class ChatPeerLink {

    public static final String BETWEEN = "ChatPeerLink.between";
    public static final String OF_USER = "ChatPeerLink.ofUser";
    public static final String ALL = "ChatPeerLink.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "low_user_id", nullable = false)
    private long lowUserId;

    @Column(name = "high_user_id", nullable = false)
    private long highUserId;

    protected ChatPeerLink() {
    }

    /** The link between two different users, in either order. */
    public ChatPeerLink(long userId, long peerId) {
        this.lowUserId = Math.min(userId, peerId);
        this.highUserId = Math.max(userId, peerId);
    }

    public long getLowUserId() {
        return lowUserId;
    }

    public long getHighUserId() {
        return highUserId;
    }
}
