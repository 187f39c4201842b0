package io.herald.it;

/**
 * Producer messages for the chat queue and the frames the protocol document says clients receive
 * for them, for any sender and recipient.
 */
final class ChatPackets {

    static final String TS = "2018-10-08T08:30:39.657Z";

    private ChatPackets() {
    }

    static String topic(long sender, long recipient) {
        return "p2p" + Math.min(sender, recipient) + "_" + Math.max(sender, recipient);
    }

    /** The message packet's members, as the document orders them. */
    static String message(long sender, long recipient, long seqId, String text) {
        return "{\"topic_id\":\"" + topic(sender, recipient) + "\",\"seq_id\":" + seqId + ",\"from_id\":" + sender
                + ",\"name\":\"abdullah_zagat\",\"content\":{\"type\":\"text/plain\",\"payload\":{\"text\":\"" + text
                + "\"}},\"status\":{\"" + recipient + "\":false},\"ts\":\"" + TS + "\"}";
    }

    static String event(String type, long recipient, String packet) {
        return "{\"type\":\"" + type + "\",\"to\":" + recipient + ",\"packet\":" + packet + "}";
    }

    static String messageEvent(long sender, long recipient, long seqId, String text) {
        return event("message", recipient, message(sender, recipient, seqId, text));
    }

    static String messageFrame(long sender, long recipient, long seqId, String text) {
        return "{\"message\":" + message(sender, recipient, seqId, text) + "}";
    }

    static String readsEvent(long sender, long recipient) {
        return event("reads", recipient, "{\"from_id\":" + sender + ",\"topic_id\":\"" + topic(sender, recipient)
                + "\",\"seq_ids\":[1519011921221,1519011921893],\"ts\":\"" + TS + "\"}");
    }

    static String readsFrame(long sender, long recipient) {
        return "{\"reads\":{\"from_id\":" + sender + ",\"topic_id\":\"" + topic(sender, recipient)
                + "\",\"seq_ids\":[1519011921221,1519011921893],\"ts\":\"" + TS + "\"}}";
    }

    static String typingEvent(String type, long sender, long recipient) {
        return event(type, recipient, "{\"from_id\":" + sender + ",\"topic_id\":\"" + topic(sender, recipient)
                + "\",\"ts\":\"" + TS + "\"}");
    }

    static String typingFrame(long sender, long recipient) {
        return "{\"pres\":{\"what\":\"typing\",\"from_id\":" + sender + ",\"topic_id\":\"" + topic(sender, recipient)
                + "\",\"ts\":\"" + TS + "\"}}";
    }

    static String stopTypingFrame(long sender, long recipient) {
        return "{\"pres\":{\"from_id\":" + sender + ",\"what\":\"stop_typing\",\"topic_id\":\""
                + topic(sender, recipient) + "\",\"ts\":\"" + TS + "\"}}";
    }
}
