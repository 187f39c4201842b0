package io.herald.core;

/** The five wire protocols Herald speaks, each fed by its own JMS queue. */
public enum Protocol {
    EWALLET("herald.ewallet"),
    CHAT("herald.chat"),
    OPENBAZAAR("herald.openbazaar"),
    LOOM("herald.loom"),
    WAZO("herald.wazo");

    private final String queue;

    Protocol(String queue) {
        this.queue = queue;
    }

    /** The JMS queue name producers send this protocol's events to. */
    public String queue() {
        return queue;
    }

    /** Lower-case name used in metrics and logs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
