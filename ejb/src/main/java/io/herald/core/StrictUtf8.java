package io.herald.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that must be UTF-8. {@code new String(bytes, UTF_8)} would put U+FFFD in place of
 * bad bytes, and Herald would then pass on a text its sender never wrote.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    public static String decode(ByteBuffer bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes).toString();
    }
}
