package io.herald.incontainer;

/** Producer messages of each protocol, as the README's "Producing events" describes them. */
final class Events {

    private Events() {
    }

    static String loom(String organization, String id, String name) {
        return "{\"organization\":\"" + organization + "\",\"id\":\"" + id + "\",\"name\":\"" + name
                + "\",\"timestamp\":\"2026-11-22T10:00:00Z\",\"version\":\"1.0\",\"payload\":{\"job\":\"" + id + "\"}}";
    }

    static String notification(String notificationId, String type) {
        return "{\"notification\":{\"notificationId\":\"" + notificationId + "\",\"type\":\"" + type
                + "\",\"orderId\":\"QmOrder\"}}";
    }

    static String openBazaarMessage(String peerId, String messageId, String subject, String text) {
        return "{\"message\":{\"peerId\":\"" + peerId + "\",\"messageId\":\"" + messageId + "\",\"subject\":\""
                + subject + "\",\"message\":\"" + text + "\"}}";
    }

    static String chatMessage(long sender, long recipient, long seqId, String text) {
        String topic = "p2p" + Math.min(sender, recipient) + "_" + Math.max(sender, recipient);
        return "{\"type\":\"message\",\"to\":" + recipient + ",\"packet\":{\"topic_id\":\"" + topic + "\",\"seq_id\":"
                + seqId + ",\"from_id\":" + sender + ",\"name\":\"sender\",\"content\":{\"type\":\"text/plain\","
                + "\"payload\":{\"text\":\"" + text + "\"}},\"status\":{\"" + recipient + "\":false},"
                + "\"ts\":\"2018-10-08T08:30:39.657Z\"}}";
    }

    static String chatTyping(long sender, long recipient) {
        String topic = "p2p" + Math.min(sender, recipient) + "_" + Math.max(sender, recipient);
        return "{\"type\":\"typing\",\"to\":" + recipient + ",\"packet\":{\"from_id\":" + sender + ",\"topic_id\":\""
                + topic + "\",\"ts\":\"2018-10-08T08:30:39.657Z\"}}";
    }

    static String wazo(String name) {
        return "{\"name\":\"" + name + "\",\"required_acl\":null,\"data\":{\"call_id\":\"1700000000.1\"}}";
    }
}
