package io.herald.persistence.openbazaar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Marks one stored OpenBazaar notification as read. The notification itself stays in the event
 * store untouched; only this marker changes, so history is never rewritten.
 */
@Entity
@Table(name = "ob_notification_read",
        uniqueConstraints = @UniqueConstraint(name = "uk_ob_read", columnNames = {"stream", "notification_id"}))
@NamedQuery(name = NotificationRead.KEYS_AMONG,
        query = "select r.notificationId from NotificationRead r where r.stream = :stream and r.notificationId in :ids")
@NamedQuery(name = NotificationRead.COUNT,
        query = "select count(r) from NotificationRead r where r.stream = :stream")
@NamedQuery(name = NotificationRead.DELETE_ONE,
        query = "delete from NotificationRead r where r.stream = :stream and r.notificationId = :id")
public class NotificationRead {

    public static final String KEYS_AMONG = "NotificationRead.keysAmong";
    public static final String COUNT = "NotificationRead.count";
    public static final String DELETE_ONE = "NotificationRead.deleteOne";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 400)
    private String stream;

    @Column(name = "notification_id", nullable = false, length = 200)
    private String notificationId;

    protected NotificationRead() {
    }

    public NotificationRead(String stream, String notificationId) {
        this.stream = stream;
        this.notificationId = notificationId;
    }

    public String getNotificationId() {
        return notificationId;
    }
}
