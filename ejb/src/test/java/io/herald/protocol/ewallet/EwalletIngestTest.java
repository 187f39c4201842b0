package io.herald.protocol.ewallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.core.Fanout;
import io.herald.core.Protocol;
import io.herald.core.Publication;
import io.herald.ingest.MalformedEventException;
import io.herald.testing.HostileJson;
import io.herald.testing.InMemoryEwalletDirectory;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real path of an eWallet message, against an in-memory directory. */
class EwalletIngestTest {

    private final InMemoryEwalletDirectory directory = new InMemoryEwalletDirectory();
    private final EwalletIngest ingest = new EwalletIngest();

    EwalletIngestTest() {
        ingest.directory = directory;
    }

    @Test
    void mapsAFinalizedConsumptionToOnePublicationOnAllItsTopics() throws MalformedEventException {
        Publication<EwalletEvent> publication = ingest.map("""
                {"event":"transaction_consumption_finalized",
                 "topics":["address:addr-1","transaction_request:txr_1","transaction_consumption:txc_1"],
                 "success":true,
                 "data":{"object":"transaction_consumption","id":"txc_1","amount":100},
                 "error":null}
                """, null);

        assertEquals(Protocol.EWALLET, publication.protocol());
        assertEquals(Fanout.PER_TOPIC, publication.fanout());
        assertEquals(Set.of("address:addr-1", "transaction_request:txr_1", "transaction_consumption:txc_1"),
                publication.topics());
        EwalletEvent event = publication.payload();
        assertEquals("transaction_consumption_finalized", event.event());
        assertEquals(List.of("address:addr-1", "transaction_request:txr_1", "transaction_consumption:txc_1"),
                event.topics());
        assertTrue(event.success());
        assertEquals("txc_1", event.data().asJsonObject().getString("id"));
        assertEquals(100, event.data().asJsonObject().getInt("amount"));
        assertNull(event.error());
    }

    @Test
    void keepsTheErrorOfAFailedFinalization() throws MalformedEventException {
        EwalletEvent event = event("""
                {"event":"transaction_consumption_finalized","topics":["user:usr_1"],"success":false,
                 "data":{"id":"txc_1"},
                 "error":{"object":"error","code":"transaction:insufficient_funds",
                          "description":"The specified wallet does not contain enough funds.","messages":null}}
                """);

        assertFalse(event.success());
        assertEquals(EwalletError.of("transaction:insufficient_funds",
                "The specified wallet does not contain enough funds."), event.error());
        assertEquals("txc_1", event.data().asJsonObject().getString("id"));
    }

    @Test
    void absentDataAndErrorAreNull() throws MalformedEventException {
        EwalletEvent event = event("{\"event\":\"transaction_consumption_request\",\"topics\":[\"account:acc_1\"],\"success\":true}");

        assertEquals(JsonValue.NULL, event.data());
        assertNull(event.error());
    }

    @Test
    void repeatedTopicsCountOnce() throws MalformedEventException {
        Publication<EwalletEvent> publication = ingest.map("{\"event\":\"e\",\"topics\":[\"user:u\",\"user:u\"],\"success\":true}", null);

        assertEquals(Set.of("user:u"), publication.topics());
        assertEquals(List.of("user:u"), publication.payload().topics());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[1,2]",
            "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":true",
            "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":true} {}",
            "{\"topics\":[\"user:u\"],\"success\":true}",
            "{\"event\":\"\",\"topics\":[\"user:u\"],\"success\":true}",
            "{\"event\":7,\"topics\":[\"user:u\"],\"success\":true}",
            "{\"event\":\"phx_reply\",\"topics\":[\"user:u\"],\"success\":true}",
            "{\"event\":\"e\",\"success\":true}",
            "{\"event\":\"e\",\"topics\":[],\"success\":true}",
            "{\"event\":\"e\",\"topics\":\"user:u\",\"success\":true}",
            "{\"event\":\"e\",\"topics\":[\"foo:1\"],\"success\":true}",
            "{\"event\":\"e\",\"topics\":[42],\"success\":true}",
            "{\"event\":\"e\",\"topics\":[\"user:u\"]}",
            "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":\"yes\"}",
            "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":false,\"error\":\"boom\"}",
            "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":false,\"error\":{\"code\":\"x\"}}"
    })
    void refusesMalformedMessagesWithAReason(String body) {
        MalformedEventException e = assertThrows(MalformedEventException.class, () -> ingest.map(body, null));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void refusesAbsurdNesting() {
        String body = "{\"event\":\"e\",\"topics\":[\"user:u\"],\"success\":true,\"data\":"
                + HostileJson.nestedArrays(100_000) + "}";
        assertThrows(MalformedEventException.class, () -> ingest.map(body, null));
    }

    @Test
    void namesTheOffendingTopic() {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> ingest.map("{\"event\":\"e\",\"topics\":[\"user:u\",\"foo:1\"],\"success\":true}", null));
        assertTrue(e.getMessage().contains("foo:1"), e.getMessage());
    }

    @Test
    void aDirectoryOnlyMessageStoresItsEntriesAndPublishesOnNoTopic() throws MalformedEventException {
        Publication<EwalletEvent> publication = ingest.map("""
                {"directory":{"users":[{"id":"usr_1","provider_user_id":"p1","addresses":["addr-1"]}],
                              "accounts":[{"id":"acc_1","addresses":["addr-2"]}],
                              "transaction_requests":[{"id":"txr_1","address":"addr-1"}],
                              "transaction_consumptions":[{"id":"txc_1","address":"addr-2"}]}}
                """, null);

        assertEquals(Set.of(), publication.topics());
        assertEquals(Map.of("usr_1", "p1"), directory.users);
        assertEquals(Set.of("addr-1"), directory.walletAddresses("usr_1"));
        assertTrue(directory.accountExists("acc_1"));
        assertTrue(directory.addressExists("addr-2"));
        assertEquals("addr-1", directory.transactionRequestAddress("txr_1").orElseThrow());
        assertEquals("addr-2", directory.transactionConsumptionAddress("txc_1").orElseThrow());
    }

    @Test
    void entriesAreStoredAndTheEventOfTheSameMessagePublished() throws MalformedEventException {
        Publication<EwalletEvent> publication = ingest.map("""
                {"directory":{"transaction_consumptions":[{"id":"txc_1","address":"addr-1"}]},
                 "event":"transaction_consumption_request","topics":["transaction_consumption:txc_1"],"success":true}
                """, null);

        assertEquals(Set.of("transaction_consumption:txc_1"), publication.topics());
        assertEquals("addr-1", directory.transactionConsumptionAddress("txc_1").orElseThrow());
    }

    @Test
    void aMessageWhoseEventIsMalformedStoresNoneOfItsEntries() {
        assertThrows(MalformedEventException.class, () -> ingest.map("""
                {"directory":{"users":[{"id":"usr_1"}]},"event":"e","topics":["foo:1"],"success":true}
                """, null));
        assertEquals(Map.of(), directory.users);
    }

    @Test
    void aProviderUserIdHeldByAnotherUserMakesTheMessageMalformed() throws MalformedEventException {
        ingest.map("{\"directory\":{\"users\":[{\"id\":\"usr_1\",\"provider_user_id\":\"p1\"}]}}", null);

        MalformedEventException e = assertThrows(MalformedEventException.class, () -> ingest.map(
                "{\"directory\":{\"users\":[{\"id\":\"usr_2\",\"provider_user_id\":\"p1\"}]}}", null));
        assertEquals("provider_user_id p1 belongs to user usr_1", e.getMessage());
    }

    private EwalletEvent event(String body) throws MalformedEventException {
        return ingest.map(body, null).payload();
    }
}
