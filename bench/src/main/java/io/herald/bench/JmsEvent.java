package io.herald.bench;

import java.util.Map;

/** One producer message: the queue it goes to, its JSON body and its JMS string properties. */
public record JmsEvent(String queue, String body, Map<String, String> properties) {
}
