package io.herald.ingest;

import io.herald.core.StrictJson;
import jakarta.json.JsonObject;

/** The JSON object of a queue message's body, read strictly: anything else is a malformed message. */
public final class EventJson {

    private EventJson() {
    }

    public static JsonObject object(String body) throws MalformedEventException {
        try {
            return StrictJson.readObject(body);
        } catch (StrictJson.Unreadable e) {
            throw new MalformedEventException("the body is " + e.getMessage());
        }
    }
}
