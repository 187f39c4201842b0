package io.herald.protocol.wazo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayeredWazoTokensTest {

    private final List<String> askedTable = new ArrayList<>();
    private final List<String> askedExternal = new ArrayList<>();
    private final LayeredWazoTokens sources = new LayeredWazoTokens();

    LayeredWazoTokensTest() {
        sources.directory = new WazoTokenDirectory() {
            @Override
            public Optional<StoredToken> presented(String token) {
                askedTable.add(token);
                return Optional.empty();
            }
        };
        sources.external = new ExternalWazoAuth() {
            @Override
            public Optional<WazoToken> find(String tokenId) {
                askedExternal.add(tokenId);
                return Optional.of(new WazoToken(tokenId, null, "t-1", List.of("websocketd"), Instant.MAX, false));
            }
        };
    }

    @Test
    void aTokenLongerThanTheTableHoldsGoesStraightToTheExternalService() {
        String tooLong = "t".repeat(201);
        assertEquals(tooLong, sources.find(tooLong).orElseThrow().id());
        assertEquals(List.of(), askedTable);
        assertEquals(List.of(tooLong), askedExternal);
    }

    @Test
    void aTokenThatFitsIsLookedUpInTheTableFirst() {
        String longest = "t".repeat(200);
        sources.find(longest);
        assertEquals(List.of(longest), askedTable);
        assertEquals(List.of(longest), askedExternal);
    }
}
