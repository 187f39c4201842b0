package io.herald.ingest;

/** A JMS message Herald cannot turn into an event: wrong message type, bad JSON, missing field. */
public class MalformedEventException extends Exception {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
