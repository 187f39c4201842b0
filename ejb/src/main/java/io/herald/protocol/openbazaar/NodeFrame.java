package io.herald.protocol.openbazaar;

/**
 * One socket message for one node, exactly as the producer wrote it.
 *
 * @param kind the top-level key ({@code notification}, {@code wallet}, ...) or {@code lookup} for
 *             the flat, {@code id}-correlated lookup results
 * @param text the JSON text sent to the node's clients, byte for byte
 */
public record NodeFrame(String nodeId, String kind, String text) {

    public static final String LOOKUP = "lookup";

    public static String topic(String nodeId) {
        return "node:" + nodeId;
    }
}
