package io.herald.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number handed out in one event stream. Appending locks this row until the
 * transaction ends, so sequence order is also commit order: a reader that has seen seq N will
 * never later discover a committed event below N (what a gap-free rewind depends on).
 */
@Entity
@Table(name = "herald_stream_head")
public class StreamHead {

    @Id
    @Column(length = 400)
    private String stream;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    protected StreamHead() {
    }

    public StreamHead(String stream) {
        this.stream = stream;
    }

    public String getStream() {
        return stream;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public long next() {
        return ++lastSeq;
    }
}
