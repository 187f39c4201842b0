package io.herald.persistence;

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
 * One event kept for history: a stream (for example one Loom organization or one OpenBazaar node)
 * holds its events in the order of {@code seq}, which grows by one per event and never repeats.
 */
@Entity
@Table(name = "herald_event",
        uniqueConstraints = @UniqueConstraint(name = "uk_event_stream_seq", columnNames = {"stream", "seq"}),
        indexes = @Index(name = "ix_event_stream_key", columnList = "stream, event_key"))
@NamedQuery(name = StoredEvent.AFTER_SEQ,
        query = "select e from StoredEvent e where e.stream = :stream and e.seq > :after order by e.seq")
@NamedQuery(name = StoredEvent.AFTER_SEQ_OF_KINDS,
        query = "select e from StoredEvent e where e.stream = :stream and e.seq > :after and e.kind in :kinds order by e.seq")
@NamedQuery(name = StoredEvent.FIRST_STORED_SINCE,
        query = "select min(e.seq) from StoredEvent e where e.stream = :stream and e.storedAt >= :since")
@NamedQuery(name = StoredEvent.NEWEST_FIRST,
        query = "select e from StoredEvent e where e.stream = :stream and e.seq < :before order by e.seq desc")
@NamedQuery(name = StoredEvent.NEWEST_OF_KINDS_FIRST,
        query = "select e from StoredEvent e where e.stream = :stream and e.seq < :before and e.kind in :kinds"
                + " order by e.seq desc")
@NamedQuery(name = StoredEvent.COUNT,
        query = "select count(e) from StoredEvent e where e.stream = :stream")
@NamedQuery(name = StoredEvent.COUNT_OF_KINDS,
        query = "select count(e) from StoredEvent e where e.stream = :stream and e.kind in :kinds")
@NamedQuery(name = StoredEvent.BY_KEY,
        query = "select e from StoredEvent e where e.stream = :stream and e.eventKey = :key")
@NamedQuery(name = StoredEvent.SEQ_BY_KEY,
        query = "select e.seq from StoredEvent e where e.stream = :stream and e.eventKey = :key")
public class StoredEvent {

    public static final String AFTER_SEQ = "StoredEvent.afterSeq";
    public static final String BY_KEY = "StoredEvent.byKey";
    public static final String SEQ_BY_KEY = "StoredEvent.seqByKey";
    public static final String AFTER_SEQ_OF_KINDS = "StoredEvent.afterSeqOfKinds";
    public static final String FIRST_STORED_SINCE = "StoredEvent.firstStoredSince";
    public static final String NEWEST_FIRST = "StoredEvent.newestFirst";
    public static final String NEWEST_OF_KINDS_FIRST = "StoredEvent.newestOfKindsFirst";
    public static final String COUNT = "StoredEvent.count";
    public static final String COUNT_OF_KINDS = "StoredEvent.countOfKinds";

    /** Column sizes, in characters: what ingest checks producers' fields against before storing them. */
    public static final int STREAM_LENGTH = 400;
    public static final int EVENT_KEY_LENGTH = 200;
    public static final int KIND_LENGTH = 100;
    /**
     * The length that leaves a text column unbounded: longer than any VARCHAR, so Hibernate gives it the
     * database's long text type (PostgreSQL {@code text}, H2 {@code clob}) and reads and writes
     * it as a plain string. Not a LOB: on PostgreSQL a LOB is a large object kept apart from its row, left
     * behind when the row is deleted, and unreadable outside a transaction (migration V2).
     */
    public static final int UNBOUNDED_TEXT = Integer.MAX_VALUE;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = STREAM_LENGTH)
    private String stream;

    @Column(nullable = false)
    private long seq;

    /** The producer's own identifier for the event (a notification id, a Loom event id), when it has one. */
    @Column(name = "event_key", length = EVENT_KEY_LENGTH)
    private String eventKey;

    @Column(nullable = false, length = KIND_LENGTH)
    private String kind;

    @Column(nullable = false, length = UNBOUNDED_TEXT)
    private String body;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredEvent() {
    }

    public StoredEvent(String stream, long seq, String eventKey, String kind, String body, Instant storedAt) {
        this.stream = stream;
        this.seq = seq;
        this.eventKey = eventKey;
        this.kind = kind;
        this.body = body;
        this.storedAt = storedAt;
    }

    public Long getId() {
        return id;
    }

    public String getStream() {
        return stream;
    }

    public long getSeq() {
        return seq;
    }

    public String getEventKey() {
        return eventKey;
    }

    public String getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public Instant getStoredAt() {
        return storedAt;
    }
}
