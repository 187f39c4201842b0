package io.herald.persistence.loom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * An app that asked for at-least-once delivery in an organization: from {@code fromSeq} of the
 * organization's stream on, its unacknowledged events are delivered again after a reconnect.
 */
@Entity
@Table(name = "loom_enrollment")
@IdClass(LoomEnrollment.Key.class)
public class LoomEnrollment {

    @Id
    @Column(name = "organization_id", length = LoomAck.ID_LENGTH)
    private String organizationId;

    @Id
    @Column(name = "app_id", length = LoomAck.ID_LENGTH)
    private String appId;

    @Column(name = "from_seq", nullable = false)
    private long fromSeq;

    protected LoomEnrollment() {
    }

    public LoomEnrollment(String organizationId, String appId, long fromSeq) {
        this.organizationId = organizationId;
        this.appId = appId;
        this.fromSeq = fromSeq;
    }

    public long getFromSeq() {
        return fromSeq;
    }

    /** Organization and app. */
    public static class Key implements Serializable {
        private String organizationId;
        private String appId;

        public Key() {
        }

        public Key(String organizationId, String appId) {
            this.organizationId = organizationId;
            this.appId = appId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(organizationId, k.organizationId) && Objects.equals(appId, k.appId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organizationId, appId);
        }
    }
}
