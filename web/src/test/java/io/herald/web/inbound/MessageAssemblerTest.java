package io.herald.web.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessageAssemblerTest {

    private final AtomicInteger refusals = new AtomicInteger();
    private final MessageAssembler assembler = new MessageAssembler(10, refusals::incrementAndGet);

    @Test
    void aMessageInOnePartComesOutAsItIs() {
        assertEquals(Optional.of("0123456789"), assembler.text("0123456789", true));
        assertEquals(0, refusals.get());
    }

    @Test
    void partsAreJoinedAndEachMessageHasTheWholeLimit() {
        assertEquals(Optional.empty(), assembler.text("01234", false));
        assertEquals(Optional.empty(), assembler.text("", false));
        assertEquals(Optional.of("0123456789"), assembler.text("56789", true));
        assertEquals(Optional.empty(), assembler.text("abcde", false));
        assertEquals(Optional.of("abcdefghij"), assembler.text("fghij", true));
        assertEquals(0, refusals.get());
    }

    @Test
    void theFirstPartOverTheLimitRefusesOnceAndNothingIsTakenAfterIt() {
        assertEquals(Optional.empty(), assembler.text("012345", false));
        assertEquals(Optional.empty(), assembler.text("6789x", false));
        assertEquals(1, refusals.get());
        assertTrue(assembler.refused());
        assertEquals(Optional.empty(), assembler.text("more", true));
        assertEquals(Optional.empty(), assembler.text("small", true));
        assertEquals(Optional.empty(), assembler.binary(ByteBuffer.wrap(new byte[1]), true));
        assertEquals(1, refusals.get());
    }

    @Test
    void aSinglePartOverTheLimitIsRefusedEvenAsTheLastOne() {
        assertEquals(Optional.empty(), assembler.text("0123456789x", true));
        assertEquals(1, refusals.get());
    }

    @Test
    void theLimitCountsUtf8BytesNotCharacters() {
        // Five two-byte letters fill the ten bytes; a sixth does not fit.
        assertEquals(Optional.of("ééééé"), assembler.text("ééééé", true));
        assertEquals(Optional.empty(), assembler.text("éééééé", true));
        assertEquals(1, refusals.get());
    }

    @Test
    void utf8LengthMatchesTheEncoder() {
        for (String text : new String[] {"", "ascii", "é", "€uro", "\uD83D\uDE00 emoji", "mixed é€\uD83D\uDE00"}) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, MessageAssembler.utf8Length(text), text);
        }
    }

    @Test
    void binaryPartsAreJoinedUpToTheLimit() {
        assertEquals(Optional.empty(), assembler.binary(ByteBuffer.wrap(new byte[] {1, 2, 3}), false));
        Optional<ByteBuffer> whole = assembler.binary(ByteBuffer.wrap(new byte[] {4, 5, 6, 7, 8, 9, 10}), true);
        assertTrue(whole.isPresent());
        byte[] bytes = new byte[whole.get().remaining()];
        whole.get().get(bytes);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, bytes);
        assertFalse(assembler.refused());
        assertEquals(Optional.empty(), assembler.binary(ByteBuffer.wrap(new byte[11]), false));
        assertEquals(1, refusals.get());
    }

    @Test
    void aLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new MessageAssembler(0, () -> { }));
    }
}
