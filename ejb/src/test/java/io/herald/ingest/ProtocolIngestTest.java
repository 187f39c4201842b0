package io.herald.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.herald.core.Protocol;
import io.herald.protocol.chat.ChatIngest;
import io.herald.protocol.ewallet.EwalletIngest;
import io.herald.protocol.loom.LoomIngest;
import io.herald.protocol.openbazaar.OpenBazaarIngest;
import io.herald.protocol.wazo.WazoIngest;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every protocol's ingest bean does with the message its message-driven bean hands it. */
class ProtocolIngestTest {

    /** A pipeline that only records what it is handed. */
    private static final class RecordingPipeline extends IngestPipeline {

        private record Handed(Protocol protocol, Message message, EventMapper mapper) {
        }

        final List<Handed> handed = new ArrayList<>();

        @Override
        public void consume(Protocol protocol, Message message, EventMapper mapper) {
            handed.add(new Handed(protocol, message, mapper));
        }
    }

    static Stream<Arguments> everyProtocolsIngest() {
        return Stream.of(
                Arguments.of(Protocol.CHAT, new ChatIngest()),
                Arguments.of(Protocol.EWALLET, new EwalletIngest()),
                Arguments.of(Protocol.LOOM, new LoomIngest()),
                Arguments.of(Protocol.OPENBAZAAR, new OpenBazaarIngest()),
                Arguments.of(Protocol.WAZO, new WazoIngest()));
    }

    @Test
    void everyProtocolHasOne() {
        assertEquals(Set.copyOf(Arrays.asList(Protocol.values())),
                everyProtocolsIngest().map(arguments -> (Protocol) arguments.get()[0]).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProtocolsIngest")
    void consumeHandsTheMessageToThePipelineUnderItsProtocolWithTheBeanAsMapper(Protocol protocol, ProtocolIngest ingest) {
        RecordingPipeline pipeline = new RecordingPipeline();
        ingest.pipeline = pipeline;
        Message message = TestMessages.withProperties(Map.of());

        ingest.consume(message);

        assertEquals(List.of(new RecordingPipeline.Handed(protocol, message, ingest)), pipeline.handed);
        assertSame(ingest, pipeline.handed.get(0).mapper());
    }

    @Test
    void aStringPropertyIsReadAndAnAbsentOneIsNull() throws MalformedEventException {
        Message message = TestMessages.withProperties(Map.of("node", "node-1"));
        assertEquals("node-1", ProtocolIngest.stringProperty(message, "node"));
        assertNull(ProtocolIngest.stringProperty(message, "tenant_uuid"));
    }

    @Test
    void aPropertyJmsCannotReadAsAStringMakesTheMessageMalformed() {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> ProtocolIngest.stringProperty(TestMessages.withUnreadableProperties(), "node"));
        assertEquals("the \"node\" property is not a string", e.getMessage());
    }
}
