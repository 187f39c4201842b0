package io.herald.web.protocol.loom;

/**
 * What an ActionCable client sends: {@code {"command":..,"identifier":..}} plus {@code data} for
 * {@code message}. The identifier is kept as the exact string the client sent, since ActionCable
 * keys subscriptions by it and echoes it byte for byte.
 */
public sealed interface Command {

    String identifier();

    record Subscribe(String identifier) implements Command {
    }

    record Unsubscribe(String identifier) implements Command {
    }

    /** {@code data} is itself a JSON text; Herald reads an {@code action} from it (see {@link Action}). */
    record Message(String identifier, String data) implements Command {
    }
}
