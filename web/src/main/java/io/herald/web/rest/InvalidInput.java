package io.herald.web.rest;

/** A request whose field {@code field} is missing or wrong; answered with 400 and a JSON error. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
