package io.herald.persistence.chat;

import io.herald.persistence.StoredEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One FCM request waiting to be sent: written in the transaction that ingested the chat message,
 * removed once FCM accepted it (or said its device token is gone). A failed attempt only moves
 * {@code nextAttemptAt}, so a push survives FCM outages and server restarts.
 */
@Entity
@Table(name = "chat_fcm_outbox", indexes = @Index(name = "ix_chat_fcm_outbox_due", columnList = "next_attempt_at"),
        uniqueConstraints = @UniqueConstraint(name = "uk_chat_fcm_outbox_push_key", columnNames = "push_key"))
@NamedQuery(name = FcmOutboxPush.WAITING_WITH_KEY,
        query = "select count(p) from FcmOutboxPush p where p.pushKey = :key")
@NamedQuery(name = FcmOutboxPush.DUE,
        query = "select p from FcmOutboxPush p where p.nextAttemptAt <= :now order by p.nextAttemptAt, p.id")
@NamedQuery(name = FcmOutboxPush.ALL,
        query = "select p from FcmOutboxPush p order by p.nextAttemptAt, p.id")
public class FcmOutboxPush {

    public static final String WAITING_WITH_KEY = "FcmOutboxPush.waitingWithKey";
    public static final String DUE = "FcmOutboxPush.due";
    public static final String ALL = "FcmOutboxPush.all";
    /** A SHA-256 in hex. */
    public static final int PUSH_KEY_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /**
     * What makes two rows the same push (the message and the device, hashed), so a redelivered
     * message does not enqueue it twice. Null in rows written before Herald kept it.
     */
    @Column(name = "push_key", length = PUSH_KEY_LENGTH)
    private String pushKey;

    /** The recipient, for operators reading the outbox. */
    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "fcm_token", nullable = false, length = 1000)
    private String fcmToken;

    @Column(nullable = false, length = 10)
    private String platform;

    /** The request body, encoded once at ingest. */
    @Column(nullable = false, length = StoredEvent.UNBOUNDED_TEXT)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected FcmOutboxPush() {
    }

    public FcmOutboxPush(long userId, String pushKey, String fcmToken, String platform, String body, Instant createdAt) {
        this.userId = userId;
        this.pushKey = pushKey;
        this.fcmToken = fcmToken;
        this.platform = platform;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getPushKey() {
        return pushKey;
    }

    public long getUserId() {
        return userId;
    }

    public String getFcmToken() {
        return fcmToken;
    }

    public String getPlatform() {
        return platform;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public String getLastError() {
        return lastError;
    }

    /** Records a failed attempt and when to try again. */
    public void failed(String error, Instant retryAt) {
        failedAttempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        nextAttemptAt = retryAt;
    }
}
