package io.herald.persistence.loom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** One event an app has acknowledged in an organization. */
@Entity
@Table(name = "loom_ack", uniqueConstraints = @UniqueConstraint(name = "uk_loom_ack",
        columnNames = {"organization_id", "app_id", "event_id"}))
@NamedQuery(name = LoomAck.ACKED_AMONG, query = "select a.eventId from LoomAck a where a.organizationId = :org"
        + " and a.appId = :app and a.eventId in :ids")
public class LoomAck {

    public static final String ACKED_AMONG = "LoomAck.ackedAmong";
    /** Size of each id column (organization, app, event), in characters. */
    public static final int ID_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(name = "organization_id", nullable = false, length = ID_LENGTH)
    private String organizationId;

    @Column(name = "app_id", nullable = false, length = ID_LENGTH)
    private String appId;

    @Column(name = "event_id", nullable = false, length = ID_LENGTH)
    private String eventId;

    protected LoomAck() {
    }

    public LoomAck(String organizationId, String appId, String eventId) {
        this.organizationId = organizationId;
        this.appId = appId;
        this.eventId = eventId;
    }
}
