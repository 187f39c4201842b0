package io.herald.persistence.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A device registered for push notifications: its FCM registration token, the user signed in on
 * it, and its platform ({@code IOS} or {@code ANDROID}), which decides the push format.
 */
@Entity
@Table(name = "chat_device", indexes = @Index(name = "ix_chat_device_user", columnList = "user_id"))
@NamedQuery(name = ChatDevice.OF_USER,
        query = "select d from ChatDevice d where d.userId = :userId order by d.registeredAt, d.fcmToken")
public class ChatDevice {

    public static final String OF_USER = "ChatDevice.ofUser";

    /** A token names one app install, so it belongs to at most one user at a time. */
    @Id
    @Column(name = "fcm_token", length = 1000)
    private String fcmToken;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 10)
    private String platform;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected ChatDevice() {
    }

    public ChatDevice(String fcmToken, long userId, String platform, Instant registeredAt) {
        this.fcmToken = fcmToken;
        this.userId = userId;
        this.platform = platform;
        this.registeredAt = registeredAt;
    }

    public String getFcmToken() {
        return fcmToken;
    }

    public long getUserId() {
        return userId;
    }

    public String getPlatform() {
        return platform;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    /** The token moved to another user or platform (an app reinstalled, another account signed in). */
    public void reassign(long userId, String platform, Instant registeredAt) {
        this.userId = userId;
        this.platform = platform;
        this.registeredAt = registeredAt;
    }
}
