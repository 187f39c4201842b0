package io.herald.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchEventTest {

    @Test
    void theSendTimeIsFoundInTheFrameItWasWrittenInto() {
        ByteBuffer frame = ByteBuffer.wrap(BenchEvent.openBazaarStatus(7, 1_795_000_000_123_456L).getBytes(StandardCharsets.UTF_8));
        assertEquals(1_795_000_000_123_456L, BenchEvent.findSentMicros(frame));
        assertEquals(0, frame.position(), "the frame is left as it was");
    }

    @Test
    void aFrameWithoutSendTimeIsNotABenchmarkEvent() {
        ByteBuffer frame = ByteBuffer.wrap("{\"status\":\"publishing\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(-1, BenchEvent.findSentMicros(frame));
    }

    @Test
    void onlyTheFramesBytesAreSearched() {
        byte[] bytes = "xx{\"sentMicros\":42}yy".getBytes(StandardCharsets.UTF_8);
        assertEquals(42, BenchEvent.findSentMicros(ByteBuffer.wrap(bytes, 2, bytes.length - 4)));
        assertEquals(-1, BenchEvent.findSentMicros(ByteBuffer.wrap(bytes, 5, 4)));
    }
}
