package io.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.protocol.chat.ChatEventMapper;
import io.herald.protocol.ewallet.EwalletEventMapper;
import io.herald.protocol.loom.LoomEventMapper;
import io.herald.protocol.openbazaar.OpenBazaarEventMapper;
import io.herald.protocol.wazo.WazoEventMapper;
import io.herald.testing.HostileJson;
import jakarta.jms.BytesMessage;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protocol's mapper turns every body the JSON parser refuses into a
 * {@link MalformedEventException}, the one outcome that dead-letters a message at once; a bare
 * runtime exception would make the broker retry it and dead-letter it without a reason.
 */
class MalformedBodiesTest {

    /** A mapper reduced to what the test needs: the body in, a publication or a malformed event out. */
    private interface BodyMapper {
        void map(String body) throws MalformedEventException;
    }

    private static final Map<String, BodyMapper> MAPPERS = Map.of(
            "chat", ChatEventMapper::read,
            "ewallet", EwalletEventMapper::readMessage,
            "loom", body -> new LoomEventMapper().parse(body),
            "openbazaar", body -> OpenBazaarEventMapper.map("node-1", body),
            "wazo", body -> new WazoEventMapper().map(body, "tenant-1", "*"));

    private static final Map<String, String> BODIES = Map.of(
            "5,000 nested arrays", HostileJson.DEEP_ARRAYS,
            "5,000 nested objects", HostileJson.DEEP_OBJECTS,
            "an object nesting 5,000 arrays", "{\"event\":" + HostileJson.DEEP_ARRAYS + "}",
            "truncated JSON", "{\"name\":\"call_created\",\"data\":{\"a\":",
            "a 2,000-digit number", "{\"id\":" + "1".repeat(2_000) + "}",
            "a huge exponent", "{\"id\":1e99999999999}",
            "text after the object", "{\"name\":\"call_created\"} {}",
            "an empty body", "");

    static Stream<Arguments> everyMapperAndBadBody() {
        return MAPPERS.keySet().stream().sorted()
                .flatMap(mapper -> BODIES.keySet().stream().sorted().map(body -> Arguments.of(mapper, body)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyMapperAndBadBody")
    void everyUnreadableBodyIsMalformed(String mapper, String body) {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> MAPPERS.get(mapper).map(BODIES.get(body)));
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    @Test
    void aBytesMessageThatIsNotUtf8IsMalformedNotReplacementCharacters() {
        byte[] latin1 = "{\"name\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> IngestPipeline.text(bytesMessage(latin1)));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aBytesMessageInUtf8IsItsText() throws Exception {
        String body = "{\"name\":\"caf\u00e9 \u2603\"}";
        assertEquals(body, IngestPipeline.text(bytesMessage(body.getBytes(StandardCharsets.UTF_8))));
    }

    /** Only what {@link IngestPipeline#text} reads of a BytesMessage: its length and its bytes. */
    private static BytesMessage bytesMessage(byte[] body) {
        return (BytesMessage) Proxy.newProxyInstance(BytesMessage.class.getClassLoader(),
                new Class<?>[] {BytesMessage.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBodyLength" -> (long) body.length;
                    case "readBytes" -> {
                        byte[] into = (byte[]) args[0];
                        System.arraycopy(body, 0, into, 0, body.length);
                        yield body.length;
                    }
                    case "reset" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
